import { api } from '../../lib/api.server.ts';
import type { ApiArgs } from '../../lib/api.server.ts';
import { graphql } from '../../lib/graphql.ts';
import { notFound } from '../../lib/not-found.server.ts';
import { ActorProfileFragment } from './actor-profile.tsx';

/* One operation: the profile with its technologies (Actor.technologies), no second round. */
const ActorPageQuery = graphql(
  `
    query ActorPage($slug: String!) {
      actor(slug: $slug) {
        name
        description
        ...ActorProfile
      }
    }
  `,
  [ActorProfileFragment],
);

export async function loadActor(args: ApiArgs, slug: string) {
  const { data } = await api(args, ActorPageQuery, { slug });
  if (!data.actor) notFound();
  const { name, description } = data.actor;
  return { name, description, actor: data.actor };
}
