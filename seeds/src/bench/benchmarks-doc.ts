import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const HEADER = `# Benchmarks

Produced by \`npm run bench\` (\`seeds/src/bench/run.ts\`; one suite: \`npm run bench -- --only store\`).

Method: every latency is measured as repeated runs of sequential calls; each run yields its own
p50 and p95, and the table reports the **median over runs** of those percentiles. Each suite also
measures a **baseline in the same run** (e.g. a \`RETURN 1\` round-trip through the same runner),
and reports ratios to it, because absolute numbers on shared machines are noisy.
Machine: 2 cores / 24 GiB RAM, Node 24, LadybugDB 0.19.1 (embedded).

Each suite owns one \`##\` section below and replaces only that section when it runs again.
`;

/**
 * Replaces (or appends) one `## section` of docs/benchmarks.md, leaving the others alone (the
 * benchmarks of seeds, the API and e2e write through this). The heading is matched as a whole
 * line, so a `### section` of the same name is not taken for it.
 */
export function writeSection(path: string, section: string, body: string): void {
  const current = existsSync(path) ? readFileSync(path, 'utf8') : HEADER;
  const heading = `## ${section}`;
  const block = `${heading}\n\n${body.trim()}\n`;
  const line = current.indexOf(`\n${heading}\n`);
  const start = line === -1 ? -1 : line + 1;
  let next: string;
  if (start === -1) {
    next = `${current.trimEnd()}\n\n${block}`;
  } else {
    const after = current.indexOf('\n## ', start + heading.length);
    next = current.slice(0, start) + block + (after === -1 ? '' : `\n${current.slice(after + 1)}`);
  }
  writeFileSync(path, next.endsWith('\n') ? next : `${next}\n`);
}
