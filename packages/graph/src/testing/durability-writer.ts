/**
 * Child process for the durability tests: opens a file-backed store and writes forever, one
 * transaction per actor (the actor, its topic link, and the outbox event), printing each id
 * only after its commit returned. The parent kills it with SIGKILL at a moment of its choosing.
 *
 * Usage: durability-writer <store path> <topic id> [<file of acknowledged ids to check first>]
 * With the third argument it first looks up every id in the file (one per line) and prints
 * `missing <id>` for each one the store lost, then `checked <n>`, before writing.
 */
import { readFileSync } from 'node:fs';
import { openGraph } from '../graph.ts';
import { sampleRow } from './factories.ts';

const [path, topicId, acknowledgedFile] = process.argv.slice(2);
if (!path || !topicId) throw new Error('usage: durability-writer <store path> <topic id> [ids]');

const graph = await openGraph({ engine: 'ladybug', path, bufferPoolBytes: 256 * 1024 * 1024 });
if (acknowledgedFile) {
  const ids = readFileSync(acknowledgedFile, 'utf8').split('\n').filter(Boolean);
  const rows = await graph.runner.read((tx) => graph.actors.nodes.getMany(tx, ids));
  rows.forEach((row, i) => {
    if (row === null) process.stdout.write(`missing ${ids[i]}\n`);
  });
  process.stdout.write(`checked ${ids.length}\n`);
}
process.stdout.write('ready\n');
for (let i = 0; ; i++) {
  const actor = sampleRow('Actor', { name: `durable ${i}` });
  await graph.runner.write(async (tx) => {
    await graph.actors.nodes.create(tx, actor);
    await graph.actors.topics.merge(tx, [{ fromKey: actor.id, toKey: topicId, weight: 1 }]);
  });
  process.stdout.write(`ack ${actor.id}\n`);
}
