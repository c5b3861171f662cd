import type { Route } from './+types/actor';
import { metaLang, pageMeta, summary } from '../../lib/meta.ts';
import { ActorProfile } from './actor-profile.tsx';
import { loadActor } from './actor.server.ts';

export async function loader({ request, context, params }: Route.LoaderArgs) {
  return loadActor({ request, context }, params.slug);
}

export const meta: Route.MetaFunction = ({ loaderData, matches }) => {
  const lang = metaLang(matches);
  if (!loaderData) return pageMeta(lang, '404');
  return pageMeta(lang, loaderData.name, summary(loaderData.description));
};

export default function ActorPage({ loaderData }: Route.ComponentProps) {
  return <ActorProfile actor={loaderData.actor} />;
}
