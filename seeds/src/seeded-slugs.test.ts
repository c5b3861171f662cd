import { describe, expect, it } from 'vitest';
import { generateGraph } from './generator/index.ts';
import { regionSeedGraph } from './region/index.ts';

/*
 * Seeded ids and slugs are upsert keys and public URLs, and most are made by slugify from a
 * name. They are pinned here so a change to slugify (packages/domain) cannot move them
 * unnoticed. The list was first written by the seeds' own slugify copies, before the seeds used
 * the domain's (issue 13); update it (`vitest -u`) only when moving the ids is intended.
 */

const line = (label: string, row: Readonly<Record<string, unknown>>): string =>
  [label, row['id'] ?? row['code'], row['slug'] ?? ''].map(String).join(' ').trimEnd();

describe('seeded ids and slugs', () => {
  it('the region seed keeps its ids and slugs', async () => {
    const lines = Object.entries(regionSeedGraph().nodes).flatMap(([label, rows]) =>
      rows.map((row) => line(label, row)),
    );
    await expect(`${lines.join('\n')}\n`).toMatchFileSnapshot('__snapshots__/region-seed-ids.txt');
  });

  it('the generated graph keeps its slugs (every topic of the vocabulary, 200 actors)', async () => {
    const lines: string[] = [];
    for (const chunk of generateGraph({ actors: 200, topics: 100_000 }).chunks()) {
      if (chunk.kind !== 'node') continue;
      for (const row of chunk.rows) if ('slug' in row) lines.push(line(chunk.label, row));
    }
    await expect(`${lines.join('\n')}\n`).toMatchFileSnapshot(
      '__snapshots__/generated-graph-slugs.txt',
    );
  });
});
