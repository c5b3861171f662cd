import { describeCatalogLint } from './testing/lint-catalog.ts';

describeCatalogLint(1, 2);
