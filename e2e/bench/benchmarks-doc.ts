/**
 * docs/benchmarks.md holds one `##` section per benchmark; a run replaces only its own section
 * (or appends it), so other suites' figures and anyone's edits elsewhere in the file stay.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const DOC = fileURLToPath(new URL('../../docs/benchmarks.md', import.meta.url));

export function writeSection(section: string, markdown: string): void {
  const doc = readFileSync(DOC, 'utf8');
  const heading = `## ${section}`;
  const start = doc.indexOf(`\n${heading}\n`) + 1;
  const block = `${heading}\n\n${markdown.trim()}\n`;
  if (start === 0) {
    writeFileSync(DOC, `${doc.trimEnd()}\n\n${block}`);
    return;
  }
  const next = doc.indexOf('\n## ', start + heading.length);
  writeFileSync(DOC, `${doc.slice(0, start)}${block}${next < 0 ? '' : `\n${doc.slice(next + 1)}`}`);
}
