/**
 * Child process for the durability test: opens a file-backed store and writes forever, one
 * transaction per actor (the actor, its topic link, and the outbox event), printing each id
 * only after its commit returned. The parent kills it with SIGKILL at a random moment.
 */
import { openGraph } from '../graph.ts';
import { sampleRow } from './factories.ts';

const path = process.argv[2];
const topicId = process.argv[3];
if (!path || !topicId) throw new Error('usage: durability-writer <store path> <topic id>');

const graph = await openGraph({ engine: 'ladybug', path, bufferPoolBytes: 256 * 1024 * 1024 });
process.stdout.write('ready\n');
for (let i = 0; ; i++) {
  const actor = sampleRow('Actor', { name: `durable ${i}` });
  await graph.runner.write(async (tx) => {
    await graph.actors.nodes.create(tx, actor);
    await graph.actors.topics.merge(tx, [{ fromKey: actor.id, toKey: topicId, weight: 1 }]);
  });
  process.stdout.write(`ack ${actor.id}\n`);
}
