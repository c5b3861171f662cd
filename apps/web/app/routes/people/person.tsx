import { Link } from 'react-router';
import type { Route } from './+types/person';
import { TopicList } from '../../components/topic-list.tsx';
import { api, ApiError } from '../../lib/api.server.ts';
import { useT } from '../../lib/i18n/use-t.ts';
import { metaLang, pageMeta, summary } from '../../lib/meta.ts';
import { notFound } from '../../lib/not-found.server.ts';
import { SourceBadge, SyntheticNote } from '../../components/source-badge.tsx';

interface PersonProfile {
  __typename: string;
  id: string;
  name: string;
  title: string | null;
  expertise: string | null;
  listed: boolean;
  source: string;
  sourceRef: string | null;
  topics: { weight: number; topic: { name: string; nameNb: string; slug: string } }[];
  worksAt: { name: string; slug: string; source: string }[];
}

const PERSON_QUERY = /* GraphQL */ `
  query PersonPage($id: ID!) {
    node(id: $id) {
      __typename
      ... on Person {
        id
        name
        title
        expertise
        listed
        source
        sourceRef
        topics {
          weight
          topic {
            name
            nameNb
            slug
          }
        }
        worksAt {
          name
          slug
          source
        }
      }
    }
  }
`;

export async function loader({ request, context, params }: Route.LoaderArgs) {
  try {
    const { data } = await api<{ node: PersonProfile | null }>({ request, context }, PERSON_QUERY, {
      id: params.id,
    });
    if (!data.node || data.node.__typename !== 'Person') notFound();
    return { person: data.node };
  } catch (error) {
    // A malformed id or a person not listed: to the visitor, no such page.
    if (error instanceof ApiError) notFound();
    throw error;
  }
}

export const meta: Route.MetaFunction = ({ loaderData, matches }) => {
  const lang = metaLang(matches);
  if (!loaderData) return pageMeta(lang, '404');
  return pageMeta(
    lang,
    loaderData.person.name,
    summary(loaderData.person.expertise ?? loaderData.person.title),
  );
};

export default function PersonPage({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const { person } = loaderData;
  const synthetic = person.source === 'synthetic';
  return (
    <article aria-labelledby="person-name">
      <p className="card__meta">{person.title}</p>
      <h1 id="person-name">{person.name}</h1>
      {synthetic ? (
        <SyntheticNote />
      ) : (
        <SourceBadge source={person.source} sourceRef={person.sourceRef} />
      )}
      <dl className="facts">
        <dt>{t('person.worksAt')}</dt>
        <dd>
          {person.worksAt.length === 0 ? t('common.none') : null}
          {person.worksAt.map((a, i) => (
            <span key={a.slug}>
              {i > 0 ? ', ' : ''}
              <Link to={`/actors/${a.slug}`}>{a.name}</Link> <SourceBadge source={a.source} />
            </span>
          ))}
        </dd>
        {person.expertise ? (
          <>
            <dt>{t('person.expertise')}</dt>
            <dd>{person.expertise}</dd>
          </>
        ) : null}
      </dl>
      <TopicList topics={person.topics} />
    </article>
  );
}
