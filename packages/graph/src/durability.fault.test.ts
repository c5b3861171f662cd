import { appendFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openGraph } from './graph.ts';
import { sampleRow } from './testing/factories.ts';
import { writeThenKill } from './testing/kill-writer.ts';

/** SIGKILLs in one run; `KOBLING_FAULT_KILLS` changes it. */
const KILLS = Number(process.env.KOBLING_FAULT_KILLS ?? '200');

/** Deterministic kill points (1–25 acknowledged writes per run), so a failure can be replayed. */
function* killPoints(seed: number): Generator<number> {
  let state = seed;
  for (;;) {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    yield 1 + (state % 25);
  }
}

describe('fault run: SIGKILL during writes to the embedded store', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kobling-fault-kill-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(
    `keeps every acknowledged write through ${KILLS} kills, and each write whole`,
    { timeout: KILLS * 10_000 },
    async () => {
      const path = join(dir, 'graph.lbug');
      const checkFile = join(dir, 'acknowledged.txt');
      writeFileSync(checkFile, '');
      const topic = sampleRow('Topic');
      const setup = await openGraph({ engine: 'ladybug', path });
      await setup.runner.write((tx) => setup.topics.nodes.create(tx, topic));
      await setup.close();

      let acknowledged = 0;
      const points = killPoints(KILLS);
      for (let kill = 0; kill < KILLS; kill += 1) {
        const run = await writeThenKill(path, topic.id, points.next().value as number, checkFile);
        // Reopened after the previous kill, the store still had every write acknowledged so far.
        expect(run.missing, `after kill ${kill}`).toEqual([]);
        expect(run.checked).toBe(acknowledged);
        appendFileSync(checkFile, run.acknowledged.map((id) => `${id}\n`).join(''));
        acknowledged += run.acknowledged.length;
      }

      const reopened = await openGraph({ engine: 'ladybug', path });
      try {
        const stored = await reopened.runner.read((tx) => reopened.actors.nodes.count(tx));
        // At most one write per kill committed without its acknowledgement being read.
        expect(stored).toBeGreaterThanOrEqual(acknowledged);
        expect(stored - acknowledged).toBeLessThanOrEqual(KILLS);
        // Whole transactions: each stored actor has its topic link and its three change events
        // (its creation; the link, naming both ends), plus the topic's creation.
        const links = await reopened.runner.read((tx) =>
          reopened.actors.topics.incoming(tx, [topic.id]),
        );
        expect(links[0]).toHaveLength(stored);
        expect((await reopened.outbox.pendingStats(Date.now())).pending).toBe(3 * stored + 1);
        console.info(
          `fault run: ${KILLS} SIGKILLs, ${acknowledged} acknowledged writes all found, ${stored} stored`,
        );
      } finally {
        await reopened.close();
      }
    },
  );
});
