import { Link } from 'react-router';
import type { Route } from './+types/person';
import { TopicList, TopicListFragment } from '../../components/topic-list.tsx';
import { api, ApiError } from '../../lib/api.server.ts';
import { graphql } from '../../lib/graphql.ts';
import { useT } from '../../lib/i18n/use-t.ts';
import { metaLang, pageMeta, summary } from '../../lib/meta.ts';
import { notFound } from '../../lib/not-found.server.ts';
import { SourceBadge, SyntheticNote } from '../../components/source-badge.tsx';

const PersonPageQuery = graphql(
  `
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
            ...TopicList
          }
          worksAt {
            name
            slug
            source
          }
        }
      }
    }
  `,
  [TopicListFragment],
);

export async function loader({ request, context, params }: Route.LoaderArgs) {
  try {
    const { data } = await api({ request, context }, PersonPageQuery, { id: params.id });
    if (data.node?.__typename !== 'Person') notFound();
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
