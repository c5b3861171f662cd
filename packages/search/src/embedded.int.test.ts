import { createEmbeddedSearchIndex } from './embedded/orama-index.ts';
import { searchIndexContract } from './search-index.contract.ts';

searchIndexContract('embedded (Orama)', async () => {
  const index = createEmbeddedSearchIndex();
  return { index, cleanup: () => index.close() };
});
