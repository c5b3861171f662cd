import type { SearchDocument, SearchDocumentType } from '../document.ts';
import { searchDocumentId } from '../document.ts';

let sequence = 0;

/** A valid search document; every call gets a fresh entity id unless one is given. */
export function buildSearchDocument(
  overrides: Partial<SearchDocument> & { type?: SearchDocumentType } = {},
): SearchDocument {
  sequence += 1;
  const type = overrides.type ?? 'actor';
  const entityId = overrides.entityId ?? `e${sequence.toString().padStart(6, '0')}`;
  return {
    id: searchDocumentId(type, entityId),
    type,
    entityId,
    title: `Document ${sequence}`,
    body: '',
    topics: [],
    topicNames: [],
    synthetic: false,
    updatedAt: 1_700_000_000_000 + sequence,
    ...overrides,
  };
}
