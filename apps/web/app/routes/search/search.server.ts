import {
  ACTOR_KINDS,
  COMPANY_STAGES,
  HELICES,
  OPPORTUNITY_KINDS,
  TECHNOLOGY_STAGES,
  isOneOf,
} from '@kobling/domain';
import type { Helix } from '@kobling/domain';
import type { ResultOf } from 'gql.tada';
import { api, ApiError } from '../../lib/api.server.ts';
import type { ApiArgs } from '../../lib/api.server.ts';
import { graphql } from '../../lib/graphql.ts';

/*
 * Search: the API's full-text `search` (typo-tolerant, bokmål and English, facet counts and
 * highlights). When the API answers that search is unavailable, the page falls back to name
 * matches over the list fields, so it never goes blank.
 */

export const SEARCH_TYPES = [
  'ACTOR',
  'PERSON',
  'TECHNOLOGY',
  'CLUSTER',
  'OPPORTUNITY',
  'TOPIC',
] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

export interface SearchParams {
  readonly q: string;
  readonly types: readonly SearchType[];
  readonly helices: readonly Helix[];
  readonly kinds: readonly string[];
  readonly topics: readonly string[];
  readonly stages: readonly string[];
  /** Municipality codes (kommunenummer). */
  readonly municipalities: readonly string[];
  readonly after: string | null;
}

export function parseSearchParams(url: URL): SearchParams {
  const pick = <T extends string>(name: string, allowed: readonly T[]) =>
    url.searchParams.getAll(name).filter((v): v is T => isOneOf(allowed, v));
  return {
    q: (url.searchParams.get('q') ?? '').trim().slice(0, 200),
    types: pick('type', SEARCH_TYPES),
    helices: pick('helix', HELICES),
    kinds: pick('kind', [...ACTOR_KINDS, ...OPPORTUNITY_KINDS]),
    topics: url.searchParams
      .getAll('topic')
      .filter((s) => /^[a-z0-9-]{1,80}$/.test(s))
      .slice(0, 10),
    stages: pick('stage', [...COMPANY_STAGES, ...TECHNOLOGY_STAGES]),
    municipalities: url.searchParams
      .getAll('municipality')
      .filter((s) => /^\d{4}$/.test(s))
      .slice(0, 10),
    after: url.searchParams.get('after'),
  };
}

export interface SearchHit {
  readonly type: SearchType;
  readonly id: string;
  readonly title: string;
  readonly href: string;
  /** HTML-safe from the API: escaped text with <mark> around the matches. */
  readonly titleHtml: string | null;
  readonly bodyHtml: string | null;
  /** Plain text when there are no engine highlights (fallback). */
  readonly snippet: string | null;
  readonly helix?: Helix;
  readonly kind?: string;
  readonly stage?: string;
  readonly source?: string;
}

export interface Facet {
  readonly value: string;
  readonly count: number;
  /** For topic facets: the topic's names (the value is its slug). */
  readonly topic?: { readonly name: string; readonly nameNb: string };
  /** For municipality facets: its name (the value is its code). */
  readonly name?: string;
}

export interface SearchOutcome {
  readonly hits: SearchHit[];
  readonly total: number;
  readonly facets: {
    type: Facet[];
    helix: Facet[];
    kind: Facet[];
    topic: Facet[];
    stage: Facet[];
    municipality: Facet[];
  };
  readonly nextCursor: string | null;
  readonly engine: 'search' | 'fallback';
}

/* One operation: the hits with their facets, and the names the facets show (topics, municipalities). */
const SearchQuery = graphql(`
  query SiteSearch(
    $query: String!
    $types: [SearchType!]
    $filters: SearchFilters
    $after: String
  ) {
    search(
      query: $query
      types: $types
      filters: $filters
      after: $after
      first: 20
      facets: [TYPE, HELIX, KIND, TOPICS, STAGE, MUNICIPALITY]
    ) {
      totalCount
      facets {
        name
        values {
          value
          count
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        type
        title
        highlights {
          title
          body(length: 220)
        }
        node {
          __typename
          id
          ... on Actor {
            slug
            helix
            kind
            source
          }
          ... on Technology {
            slug
            stage
          }
          ... on Cluster {
            slug
          }
          ... on Opportunity {
            opportunityKind: kind
          }
          ... on Topic {
            slug
            name
          }
        }
      }
    }
    region {
      municipalities {
        code
        name
      }
    }
    topics(first: 100) {
      edges {
        node {
          slug
          name
          nameNb
        }
      }
    }
  }
`);

type SearchEdge = ResultOf<typeof SearchQuery>['search']['edges'][number];
type SearchFacets = ResultOf<typeof SearchQuery>['search']['facets'];

/** The page's hit from the API's: where it links and the facts shown beside its title. */
function hitOf(edge: SearchEdge): SearchHit {
  const base = {
    type: edge.type,
    id: edge.node.id,
    title: edge.title,
    titleHtml: edge.highlights.title,
    bodyHtml: edge.highlights.body || null,
    snippet: null,
  };
  const n = edge.node;
  switch (n.__typename) {
    case 'Actor':
      return {
        ...base,
        href: `/actors/${n.slug}`,
        helix: n.helix,
        kind: n.kind,
        source: n.source,
      };
    case 'Technology':
      return { ...base, href: `/technologies/${n.slug}`, stage: n.stage };
    case 'Cluster':
      return { ...base, href: `/clusters/${n.slug}` };
    case 'Opportunity':
      return {
        ...base,
        href: `/opportunities/${encodeURIComponent(n.id)}`,
        kind: n.opportunityKind,
      };
    case 'Topic':
      return { ...base, href: `/search?q=&topic=${encodeURIComponent(n.slug)}` };
    default:
      return { ...base, href: `/people/${encodeURIComponent(n.id)}` };
  }
}

/** The facet's counted values, with the selected ones kept even when nothing matches them. */
function facetValues(facets: SearchFacets, name: string, selected: readonly string[]): Facet[] {
  const values = facets.find((f) => f.name === name)?.values ?? [];
  const shown = values.map((v) => ({ value: v.value, count: v.count }));
  for (const s of selected)
    if (!shown.some((v) => v.value === s)) shown.push({ value: s, count: 0 });
  return shown;
}

export async function runSearch(
  args: ApiArgs,
  params: SearchParams,
): Promise<SearchOutcome | null> {
  if (params.q === '' && params.topics.length === 0) return null;
  const filters = {
    ...(params.helices.length ? { helix: [...params.helices] } : {}),
    ...(params.kinds.length ? { kind: [...params.kinds] } : {}),
    ...(params.topics.length ? { topics: [...params.topics] } : {}),
    ...(params.stages.length ? { stage: [...params.stages] } : {}),
    ...(params.municipalities.length ? { municipality: [...params.municipalities] } : {}),
  };
  try {
    const { data } = await api(args, SearchQuery, {
      query: params.q,
      types: params.types.length ? [...params.types] : null,
      filters,
      after: params.after,
    });
    const topics = data.topics.edges.map((e) => e.node);
    const topicNames = new Map(topics.map((t) => [t.slug, t]));
    const municipalityNames = new Map(data.region.municipalities.map((m) => [m.code, m.name]));
    const r = data.search;
    return {
      engine: 'search',
      total: r.totalCount,
      nextCursor: r.pageInfo.hasNextPage ? r.pageInfo.endCursor : null,
      hits: r.edges.map(hitOf),
      facets: {
        type: facetValues(r.facets, 'TYPE', params.types),
        helix: facetValues(r.facets, 'HELIX', params.helices),
        kind: facetValues(r.facets, 'KIND', params.kinds),
        stage: facetValues(r.facets, 'STAGE', params.stages),
        topic: facetValues(r.facets, 'TOPICS', params.topics)
          .slice(0, 12)
          .map((f) => {
            const t = topicNames.get(f.value);
            return t ? { ...f, topic: { name: t.name, nameNb: t.nameNb } } : f;
          }),
        municipality: facetValues(r.facets, 'MUNICIPALITY', params.municipalities).map((f) => {
          const name = municipalityNames.get(f.value);
          return name ? { ...f, name } : f;
        }),
      },
    };
  } catch (error) {
    if (
      error instanceof ApiError &&
      error.errors.some((e) => e.extensions?.code === 'SEARCH_UNAVAILABLE')
    ) {
      return fallbackSearch(args, params);
    }
    throw error;
  }
}

/* The fallback: name matches over actors, technologies and clusters. */

const FallbackQuery = graphql(`
  query FallbackSearch($text: String!) {
    actors(first: 100, filter: { text: $text }) {
      edges {
        node {
          id
          name
          slug
          helix
          kind
          description
          source
        }
      }
    }
    technologies(first: 100, filter: { text: $text }) {
      edges {
        node {
          id
          slug
          title
          summary
          stage
        }
      }
    }
    clusters(first: 100, filter: { text: $text }) {
      edges {
        node {
          id
          slug
          name
          theme
        }
      }
    }
  }
`);

function count(values: readonly string[]): Facet[] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].map(([value, n]) => ({ value, count: n })).sort((a, b) => b.count - a.count);
}

async function fallbackSearch(args: ApiArgs, params: SearchParams): Promise<SearchOutcome> {
  const { data } = await api(args, FallbackQuery, { text: params.q });
  const all: SearchHit[] = [
    ...data.actors.edges.map(({ node: n }) => ({
      type: 'ACTOR' as const,
      id: n.id,
      title: n.name,
      href: `/actors/${n.slug}`,
      titleHtml: null,
      bodyHtml: null,
      snippet: n.description,
      helix: n.helix,
      kind: n.kind,
      source: n.source,
    })),
    ...data.technologies.edges.map(({ node: n }) => ({
      type: 'TECHNOLOGY' as const,
      id: n.id,
      title: n.title,
      href: `/technologies/${n.slug}`,
      titleHtml: null,
      bodyHtml: null,
      snippet: n.summary,
      stage: n.stage,
    })),
    ...data.clusters.edges.map(({ node: n }) => ({
      type: 'CLUSTER' as const,
      id: n.id,
      title: n.name,
      href: `/clusters/${n.slug}`,
      titleHtml: null,
      bodyHtml: null,
      snippet: n.theme,
    })),
  ];
  const hits = all.filter(
    (h) =>
      (params.types.length === 0 || params.types.includes(h.type)) &&
      (params.helices.length === 0 ||
        (h.helix !== undefined && params.helices.includes(h.helix))) &&
      (params.kinds.length === 0 || params.kinds.includes(h.kind ?? '')) &&
      (params.stages.length === 0 || params.stages.includes(h.stage ?? '')),
  );
  return {
    engine: 'fallback',
    hits,
    total: hits.length,
    nextCursor: null,
    facets: {
      type: count(all.map((h) => h.type)),
      helix: count(all.flatMap((h) => (h.helix ? [h.helix] : []))),
      kind: count(all.flatMap((h) => (h.kind ? [h.kind] : []))),
      stage: count(all.flatMap((h) => (h.stage ? [h.stage] : []))),
      topic: [],
      municipality: [],
    },
  };
}
