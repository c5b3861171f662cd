import { createEmbeddedSearchIndex } from './embedded/embedded-index.ts';
import { searchIndexContract } from './search-index.contract.ts';

searchIndexContract('embedded', async () => {
  const index = createEmbeddedSearchIndex();
  return { index, cleanup: () => index.close() };
});
