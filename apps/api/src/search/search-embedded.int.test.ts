import { createEmbeddedSearchIndex } from '@kobling/search';
import { describeSearchApi, describeWithoutSearch } from './search-api.contract.ts';

describeSearchApi('the embedded index', 'embedded', async () => {
  const index = createEmbeddedSearchIndex();
  return { index, close: () => index.close() };
});

describeWithoutSearch();
