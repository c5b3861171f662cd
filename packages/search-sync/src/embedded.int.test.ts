import { createEmbeddedSearchIndex } from '@kobling/search';
import { describeSearchSync } from './search-sync.contract.ts';

describeSearchSync(
  'the embedded index',
  async () => ({ index: createEmbeddedSearchIndex(), close: async () => undefined }),
  // In-process: a crash takes the index with it, and start-up rebuilds it from the graph.
  { crashable: false },
);
