import { Link } from 'react-router';
import type { Route } from './+types/opportunity';
import { SourceBadge, SyntheticNote } from '../../components/source-badge.tsx';
import { TopicList } from '../../components/topic-list.tsx';
import { api, ApiError } from '../../lib/api.server.ts';
import { formatDate } from '../../lib/i18n/index.ts';
import { useLang, useT } from '../../lib/i18n/use-t.ts';
import { enumLabel } from '../../lib/labels.ts';
import { metaLang, pageMeta, summary } from '../../lib/meta.ts';
import { notFound } from '../../lib/not-found.server.ts';

interface OpportunityDetail {
  __typename: string;
  id: string;
  kind: string;
  title: string;
  body: string | null;
  status: string;
  visibility: string;
  createdAt: string;
  expiresAt: string | null;
  postedBy: { name: string; slug: string; source: string } | null;
  topics: { weight: number; topic: { name: string; nameNb: string; slug: string } }[];
}

const QUERY = /* GraphQL */ `
  query OpportunityPage($id: ID!) {
    node(id: $id) {
      __typename
      ... on Opportunity {
        id
        kind
        title
        body
        status
        visibility
        createdAt
        expiresAt
        postedBy {
          name
          slug
          source
        }
        topics {
          weight
          topic {
            name
            nameNb
            slug
          }
        }
      }
    }
  }
`;

export async function loader({ request, context, params }: Route.LoaderArgs) {
  try {
    const { data } = await api<{ node: OpportunityDetail | null }>({ request, context }, QUERY, {
      id: params.id,
    });
    if (!data.node || data.node.__typename !== 'Opportunity') notFound();
    return { opportunity: data.node };
  } catch (error) {
    // A malformed or foreign id is the API's validation error: to the visitor, no such page.
    if (error instanceof ApiError) notFound();
    throw error;
  }
}

export const meta: Route.MetaFunction = ({ loaderData, matches }) => {
  const lang = metaLang(matches);
  if (!loaderData) return pageMeta(lang, '404');
  return pageMeta(lang, loaderData.opportunity.title, summary(loaderData.opportunity.body));
};

export default function OpportunityPage({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const lang = useLang();
  const { opportunity: o } = loaderData;
  return (
    <article aria-labelledby="opp-title">
      <p className="card__meta">
        <span className={`tag tag--${o.kind.toLowerCase()}`}>
          {enumLabel(t, 'oppKind', o.kind)}
        </span>{' '}
        <span className="tag">{enumLabel(t, 'opp.status', o.status)}</span>
      </p>
      <h1 id="opp-title">{o.title}</h1>
      {o.postedBy?.source === 'synthetic' ? <SyntheticNote /> : null}
      {o.body ? <p className="lead">{o.body}</p> : null}
      <TopicList topics={o.topics} />
      <dl className="facts">
        {o.postedBy ? (
          <>
            <dt>{t('opp.postedBy')}</dt>
            <dd>
              <Link to={`/actors/${o.postedBy.slug}`}>{o.postedBy.name}</Link>{' '}
              <SourceBadge source={o.postedBy.source} />
            </dd>
          </>
        ) : null}
        <dt>{t('opp.created')}</dt>
        <dd>
          <time dateTime={o.createdAt}>{formatDate(lang, o.createdAt)}</time>
        </dd>
        {o.expiresAt ? (
          <>
            <dt>{t('opp.expires')}</dt>
            <dd>
              <time dateTime={o.expiresAt}>{formatDate(lang, o.expiresAt)}</time>
            </dd>
          </>
        ) : null}
      </dl>
      {o.kind !== 'OFFER' ? (
        <p>
          <Link className="button" to={`/partners?opportunity=${encodeURIComponent(o.id)}`}>
            {t('opp.findPartners')}
          </Link>
        </p>
      ) : null}
    </article>
  );
}
