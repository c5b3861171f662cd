import { api } from '../../lib/api.server.ts';
import type { ApiArgs } from '../../lib/api.server.ts';
import { notFound } from '../../lib/not-found.server.ts';

interface TopicLink {
  weight: number;
  topic: { name: string; nameNb: string; slug: string };
}

export interface ActorProfile {
  id: string;
  kind: string;
  helix: string;
  name: string;
  slug: string;
  description: string | null;
  website: string | null;
  orgNumber: string | null;
  naceCode: string | null;
  employees: number | null;
  foundedYear: number | null;
  isTech: boolean | null;
  stage: string | null;
  source: string;
  sourceRef: string | null;
  viewerCanEdit: boolean;
  municipality: { name: string } | null;
  topics: TopicLink[];
  memberships: { status: string; role: string | null; cluster: { name: string; slug: string } }[];
  partOf: { name: string; slug: string } | null;
  parts: { name: string; slug: string; kind: string }[];
  people: { id: string; name: string; title: string | null; listed: boolean }[];
  projects: {
    role: string;
    project: {
      id: string;
      title: string;
      startYear: number | null;
      endYear: number | null;
      funder: string | null;
    };
  }[];
  opportunities: { id: string; kind: string; title: string; status: string; createdAt: string }[];
}

const ACTOR_QUERY = /* GraphQL */ `
  query ActorPage($slug: String!) {
    actor(slug: $slug) {
      id
      kind
      helix
      name
      slug
      description
      website
      orgNumber
      naceCode
      employees
      foundedYear
      isTech
      stage
      source
      sourceRef
      viewerCanEdit
      municipality {
        name
      }
      topics {
        weight
        topic {
          name
          nameNb
          slug
        }
      }
      memberships {
        status
        role
        cluster {
          name
          slug
        }
      }
      partOf {
        name
        slug
      }
      parts {
        name
        slug
        kind
      }
      people {
        id
        name
        title
        listed
      }
      projects {
        role
        project {
          id
          title
          startYear
          endYear
          funder
        }
      }
      opportunities {
        id
        kind
        title
        status
        createdAt
      }
    }
  }
`;

const TECHNOLOGIES_QUERY = /* GraphQL */ `
  query ActorTechnologies($id: ID!) {
    technologies(first: 50, filter: { origins: [$id] }) {
      edges {
        node {
          slug
          title
          stage
          trl
        }
      }
    }
  }
`;

export async function loadActor(args: ApiArgs, slug: string) {
  const { data } = await api<{ actor: ActorProfile | null }>(args, ACTOR_QUERY, { slug });
  if (!data.actor) notFound();
  const tech = await api<{
    technologies: {
      edges: { node: { slug: string; title: string; stage: string; trl: number } }[];
    };
  }>(args, TECHNOLOGIES_QUERY, { id: data.actor.id });
  return { actor: data.actor, technologies: tech.data.technologies.edges.map((e) => e.node) };
}
