import { api } from '../../lib/api.server.ts';
import type { ApiArgs } from '../../lib/api.server.ts';
import { ACTOR_KINDS, HELICES } from '../../lib/labels.ts';

/*
 * Search over the API's list fields (actors, technologies, clusters by text), with facets
 * counted over the hits. The API's full-text `search` field replaces this when it lands.
 */

export const SEARCH_TYPES = ['ACTOR', 'TECHNOLOGY', 'CLUSTER'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

export interface SearchHit {
  readonly type: SearchType;
  readonly id: string;
  readonly title: string;
  readonly href: string;
  readonly snippet: string | null;
  readonly helix?: string;
  readonly kind?: string;
  readonly stage?: string;
  readonly source?: string;
}

export interface SearchParams {
  readonly q: string;
  readonly types: readonly SearchType[];
  readonly helices: readonly string[];
  readonly kinds: readonly string[];
}

export function parseSearchParams(url: URL): SearchParams {
  const pick = <T extends string>(name: string, allowed: readonly T[]) =>
    url.searchParams.getAll(name).filter((v): v is T => (allowed as readonly string[]).includes(v));
  return {
    q: (url.searchParams.get('q') ?? '').trim().slice(0, 200),
    types: pick('type', SEARCH_TYPES),
    helices: pick('helix', HELICES),
    kinds: pick('kind', ACTOR_KINDS),
  };
}

// One query per type: together they would pass the API's query cost limit.
const ACTORS_QUERY = /* GraphQL */ `
  query SearchActors($text: String!) {
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
  }
`;
const TECHNOLOGIES_QUERY = /* GraphQL */ `
  query SearchTechnologies($text: String!) {
    technologies(first: 100, filter: { text: $text }) {
      edges {
        node {
          id
          slug
          title
          summary
          stage
          trl
        }
      }
    }
  }
`;
const CLUSTERS_QUERY = /* GraphQL */ `
  query SearchClusters($text: String!) {
    clusters(first: 100, filter: { text: $text, activeOnly: true }) {
      edges {
        node {
          id
          slug
          name
          theme
          description
          level
        }
      }
    }
  }
`;

interface SearchQueryResult {
  actors: {
    edges: {
      node: {
        id: string;
        name: string;
        slug: string;
        helix: string;
        kind: string;
        description: string | null;
        source: string;
      };
    }[];
  };
  technologies: {
    edges: {
      node: {
        id: string;
        slug: string;
        title: string;
        summary: string | null;
        stage: string;
        trl: number;
      };
    }[];
  };
  clusters: {
    edges: {
      node: {
        id: string;
        slug: string;
        name: string;
        theme: string | null;
        description: string | null;
        level: string;
      };
    }[];
  };
}

export interface Facet {
  readonly value: string;
  readonly count: number;
}

function count(values: readonly string[], all: readonly string[]): Facet[] {
  return all.map((value) => ({ value, count: values.filter((v) => v === value).length }));
}

function snippet(text: string | null, q: string): string | null {
  if (!text) return null;
  const at = text.toLowerCase().indexOf(q.toLowerCase());
  if (at < 0 || text.length <= 200) return text.length <= 200 ? text : `${text.slice(0, 199)}…`;
  const start = Math.max(0, at - 60);
  return `${start > 0 ? '…' : ''}${text.slice(start, start + 200)}${start + 200 < text.length ? '…' : ''}`;
}

export async function runSearch(args: ApiArgs, params: SearchParams) {
  if (params.q === '') return null;
  const vars = { text: params.q };
  const [a, x, c] = await Promise.all([
    api<Pick<SearchQueryResult, 'actors'>>(args, ACTORS_QUERY, vars),
    api<Pick<SearchQueryResult, 'technologies'>>(args, TECHNOLOGIES_QUERY, vars),
    api<Pick<SearchQueryResult, 'clusters'>>(args, CLUSTERS_QUERY, vars),
  ]);
  const data: SearchQueryResult = { ...a.data, ...x.data, ...c.data };
  const actors = data.actors.edges.map((e) => e.node);
  const hitsAll: SearchHit[] = [
    ...actors.map((a) => ({
      type: 'ACTOR' as const,
      id: a.id,
      title: a.name,
      href: `/actors/${a.slug}`,
      snippet: snippet(a.description, params.q),
      helix: a.helix,
      kind: a.kind,
      source: a.source,
    })),
    ...data.technologies.edges.map(({ node: x }) => ({
      type: 'TECHNOLOGY' as const,
      id: x.id,
      title: x.title,
      href: `/technologies/${x.slug}`,
      snippet: snippet(x.summary, params.q),
      stage: x.stage,
    })),
    ...data.clusters.edges.map(({ node: c }) => ({
      type: 'CLUSTER' as const,
      id: c.id,
      title: c.name,
      href: `/clusters/${c.slug}`,
      snippet: snippet(c.theme ?? c.description, params.q),
    })),
  ];
  const typeOk = (h: SearchHit) => params.types.length === 0 || params.types.includes(h.type);
  const actorOk = (h: SearchHit) =>
    h.type !== 'ACTOR' ||
    ((params.helices.length === 0 || params.helices.includes(h.helix ?? '')) &&
      (params.kinds.length === 0 || params.kinds.includes(h.kind ?? '')));
  // Each facet counts the hits that pass every other facet (the usual drill-down behaviour).
  const facets = {
    type: count(
      hitsAll.filter(actorOk).map((h) => h.type),
      SEARCH_TYPES,
    ),
    helix: count(
      hitsAll
        .filter(
          (h) =>
            h.type === 'ACTOR' &&
            typeOk(h) &&
            (params.kinds.length === 0 || params.kinds.includes(h.kind ?? '')),
        )
        .map((h) => h.helix ?? ''),
      HELICES,
    ),
    kind: count(
      hitsAll
        .filter(
          (h) =>
            h.type === 'ACTOR' &&
            typeOk(h) &&
            (params.helices.length === 0 || params.helices.includes(h.helix ?? '')),
        )
        .map((h) => h.kind ?? ''),
      ACTOR_KINDS,
    ),
  };
  const hits = hitsAll.filter((h) => typeOk(h) && actorOk(h));
  return { hits, facets, total: hits.length };
}
