import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeSection } from './benchmarks-doc.ts';

describe('writeSection', () => {
  let dir: string;
  let doc: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'kobling-benchmarks-doc-'));
    doc = join(dir, 'benchmarks.md');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('replaces its own section only, and not a sub-section of the same name', () => {
    writeFileSync(doc, '# Benchmarks\n\n## A\n\n### B\n\nkept\n\n## B\n\nold\n\n## C\n\nc\n');
    writeSection(doc, 'B', 'new');
    expect(readFileSync(doc, 'utf8')).toBe(
      '# Benchmarks\n\n## A\n\n### B\n\nkept\n\n## B\n\nnew\n\n## C\n\nc\n',
    );
  });

  it('appends a section the file does not have yet', () => {
    writeFileSync(doc, '# Benchmarks\n\n## A\n\na\n');
    writeSection(doc, 'B', 'b');
    expect(readFileSync(doc, 'utf8')).toBe('# Benchmarks\n\n## A\n\na\n\n## B\n\nb\n');
  });
});
