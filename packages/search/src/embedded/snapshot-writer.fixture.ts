import { generateSearchDocuments } from '../bench/generate-documents.ts';
import { createEmbeddedSearchIndex } from './embedded-index.ts';

/**
 * A process that keeps rewriting the embedded index's snapshot until it is killed (the snapshot
 * test in durable.test.ts kills it at random moments): every round changes documents and closes
 * the index, which writes the snapshot, then opens it again.
 */
const path = process.argv[2] as string;
const documents = [...generateSearchDocuments(3_000)];
for (let round = 0; ; round++) {
  const index = createEmbeddedSearchIndex({ path });
  const batch = documents.slice((round * 200) % 3_000, ((round * 200) % 3_000) + 200);
  await index.upsert(batch.map((doc) => ({ ...doc, updatedAt: doc.updatedAt + round })));
  await index.delete(batch.slice(0, 20).map((doc) => doc.id));
  await index.close();
  if (round === 0) process.stdout.write('ready\n');
}
