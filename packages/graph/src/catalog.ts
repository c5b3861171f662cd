/**
 * The query catalogue: importing this module defines every query the product runs, so the
 * lint test and the contract suite see all of them.
 */
import './migrate.ts';
import './model-queries.ts';
import './outbox-queries.ts';
import './graph.ts';
import './bulk/index.ts';
import './export/projection-tables.ts';
import { registeredQueries } from './query.ts';

export const queryCatalog = registeredQueries;
