import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openGraph } from './graph.ts';
import { sampleRow } from './testing/factories.ts';
import { DURABILITY_WRITER, writeThenKill } from './testing/kill-writer.ts';

describe('durability of the embedded store', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it(
    'keeps every acknowledged write after SIGKILL, consistently',
    { timeout: 180_000 },
    async () => {
      dir = mkdtempSync(join(tmpdir(), 'kobling-durability-'));
      const path = join(dir, 'graph.lbug');
      const topic = sampleRow('Topic');
      const setup = await openGraph({ engine: 'ladybug', path });
      await setup.runner.write((tx) => setup.topics.nodes.create(tx, topic));
      await setup.close();

      const acknowledged: string[] = [];
      for (const acks of [40, 75, 120]) {
        acknowledged.push(...(await writeThenKill(path, topic.id, acks)).acknowledged);
      }

      const reopened = await openGraph({ engine: 'ladybug', path });
      try {
        const actors = await reopened.runner.read((tx) =>
          reopened.actors.nodes.getMany(tx, acknowledged),
        );
        expect(actors.filter((a) => a === null)).toHaveLength(0);
        const stored = await reopened.runner.read((tx) => reopened.actors.nodes.count(tx));
        // At most one write per run can have committed without its acknowledgement being read.
        expect(stored - acknowledged.length).toBeGreaterThanOrEqual(0);
        expect(stored - acknowledged.length).toBeLessThanOrEqual(3);
        // Consistency: each actor's transaction wrote its topic link and its change events too —
        // the actor's creation, and the link naming both its ends (plus the topic's creation).
        const links = await reopened.runner.read((tx) =>
          reopened.actors.topics.incoming(tx, [topic.id]),
        );
        expect(links[0]).toHaveLength(stored);
        expect((await reopened.outbox.pendingStats(Date.now())).pending).toBe(3 * stored + 1);
      } finally {
        await reopened.close();
      }
    },
  );

  it(
    'a second opener is refused with a message naming the holder',
    { timeout: 60_000 },
    async () => {
      dir = mkdtempSync(join(tmpdir(), 'kobling-lock-'));
      const path = join(dir, 'graph.lbug');
      const topic = sampleRow('Topic');
      const setup = await openGraph({ engine: 'ladybug', path });
      await setup.runner.write((tx) => setup.topics.nodes.create(tx, topic));
      await setup.close();
      const child = spawn(process.execPath, [DURABILITY_WRITER, path, topic.id], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
      try {
        await expect(openGraph({ engine: 'ladybug', path })).rejects.toThrow(
          new RegExp(`in use by process ${child.pid}`),
        );
      } finally {
        child.kill('SIGKILL');
        await new Promise((resolve) => child.on('exit', resolve));
      }
    },
  );
});
