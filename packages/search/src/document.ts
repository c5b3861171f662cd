/**
 * The one flat document shape both adapters index. Mappers in `documents/` build it from graph
 * rows with public fields only; the index never holds anything a visitor may not see.
 */

export const searchDocumentTypes = [
  'actor',
  'person',
  'cluster',
  'technology',
  'opportunity',
  'topic',
] as const;
export type SearchDocumentType = (typeof searchDocumentTypes)[number];

export interface SearchDocument {
  /** Type-prefixed and unique across the index, e.g. "actor:0192…". */
  readonly id: string;
  readonly type: SearchDocumentType;
  /** Id of the graph node the document projects. */
  readonly entityId: string;
  readonly title: string;
  readonly body: string;
  readonly slug?: string;
  /** Actor kind (COMPANY, …) or opportunity kind (NEED, OFFER, CHALLENGE). */
  readonly kind?: string;
  readonly helix?: string;
  /** Kommunenummer: a stable filter and facet key. */
  readonly municipality?: string;
  /** Municipality name, searchable. */
  readonly municipalityName?: string;
  /** Topic slugs: the stable filter and facet key. */
  readonly topics: readonly string[];
  /** Topic names in both languages (English and bokmål), searchable. */
  readonly topicNames: readonly string[];
  /** Names of the clusters an actor is an active member of, searchable. */
  readonly clusters?: readonly string[];
  /**
   * What an actor works on in its own work: its projects' and technologies' titles and its listed
   * people's expertise. Searchable with the least weight, never shown: a need worded like a
   * project finds the actor that ran it.
   */
  readonly work?: readonly string[];
  /** Company stage (actors) or technology stage (technologies). */
  readonly stage?: string;
  readonly trl?: number;
  /** Cluster level: ARENA, ARENA_PRO, NCE, GCE or OTHER. */
  readonly level?: string;
  readonly isTech?: boolean;
  /** Generated demo data, never mixed up with real facts. */
  readonly synthetic: boolean;
  /** Epoch ms of the last change of the projected entity: the reconciler's version stamp. */
  readonly updatedAt: number;
}

/**
 * The text fields a query searches, in priority order: a match in the title counts more than one
 * in the body. Both adapters index exactly these, in this order.
 */
export const searchableTextFields = [
  'title',
  'topicNames',
  'clusters',
  'municipalityName',
  'body',
  'work',
] as const;

/** The id a document of this type and entity gets. */
export function searchDocumentId(type: SearchDocumentType, entityId: string): string {
  return `${type}:${entityId}`;
}
