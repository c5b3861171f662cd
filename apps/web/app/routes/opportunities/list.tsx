import { OPPORTUNITY_KINDS } from '@kobling/domain';
import { Link, useSearchParams } from 'react-router';
import type { Route } from './+types/list';
import { SourceBadge } from '../../components/source-badge.tsx';
import { TopicList, TopicListFragment } from '../../components/topic-list.tsx';
import { api } from '../../lib/api.server.ts';
import { graphql } from '../../lib/graphql.ts';
import { formatDate } from '../../lib/i18n/index.ts';
import { useLang, useT } from '../../lib/i18n/use-t.ts';
import { enumLabel } from '../../lib/labels.ts';
import { keyMeta } from '../../lib/meta.ts';

const OpportunitiesQuery = graphql(
  `
    query Opportunities($filter: OpportunityFilter, $after: String) {
      opportunities(first: 30, after: $after, filter: $filter) {
        edges {
          node {
            id
            kind
            title
            body
            status
            createdAt
            expiresAt
            source
            postedBy {
              name
              slug
            }
            topics {
              ...TopicList
            }
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  `,
  [TopicListFragment],
);

export async function loader({ request, context }: Route.LoaderArgs) {
  const url = new URL(request.url);
  const kind = url.searchParams.get('kind');
  const after = url.searchParams.get('after');
  const kinds = OPPORTUNITY_KINDS.filter((k) => k === kind);
  const { data } = await api({ request, context }, OpportunitiesQuery, {
    filter: { kinds, statuses: ['OPEN'] },
    after,
  });
  return {
    items: data.opportunities.edges.map((e) => e.node),
    pageInfo: data.opportunities.pageInfo,
    kind: kinds[0] ?? null,
  };
}

export const meta: Route.MetaFunction = ({ matches }) => keyMeta(matches, 'opp.title', 'opp.lead');

export default function Opportunities({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const lang = useLang();
  const [params] = useSearchParams();
  const { items, pageInfo, kind } = loaderData;
  const tab = (k: string | null) => (k ? `?kind=${k}` : '?');
  return (
    <>
      <div className="page-head">
        <h1>{t('opp.title')}</h1>
        <p>
          <Link className="button" to="/opportunities/new">
            {t('opp.post')}
          </Link>
        </p>
      </div>
      <p className="lead">{t('opp.lead')}</p>
      <nav aria-label={t('opp.filterKind')}>
        <ul className="tabs">
          <li>
            <Link to={tab(null)} aria-current={kind === null ? 'page' : undefined}>
              {t('opp.all')}
            </Link>
          </li>
          {OPPORTUNITY_KINDS.map((k) => (
            <li key={k}>
              <Link to={tab(k)} aria-current={kind === k ? 'page' : undefined}>
                {enumLabel(t, 'oppKind', k)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {items.length === 0 ? <p className="muted">{t('opp.empty')}</p> : null}
      <ul className="card-list">
        {items.map((o) => (
          <li key={o.id} className="card">
            <p className="card__meta">
              <span className={`tag tag--${o.kind.toLowerCase()}`}>
                {enumLabel(t, 'oppKind', o.kind)}
              </span>{' '}
              <time dateTime={o.createdAt}>{formatDate(lang, o.createdAt)}</time>
              {o.postedBy ? (
                <>
                  {' · '}
                  <Link to={`/actors/${o.postedBy.slug}`}>{o.postedBy.name}</Link>
                </>
              ) : null}
            </p>
            <h2 className="card__title">
              <Link to={`/opportunities/${encodeURIComponent(o.id)}`}>{o.title}</Link>{' '}
              <SourceBadge source={o.source} />
            </h2>
            {o.body ? (
              <p className="card__body">
                {o.body.length > 240 ? `${o.body.slice(0, 239)}…` : o.body}
              </p>
            ) : null}
            <TopicList topics={o.topics} />
          </li>
        ))}
      </ul>
      {pageInfo.hasNextPage && pageInfo.endCursor ? (
        <p>
          <Link
            className="button button--quiet"
            to={`?${new URLSearchParams({ ...Object.fromEntries(params), after: pageInfo.endCursor }).toString()}`}
          >
            {t('common.more')}
          </Link>
        </p>
      ) : null}
    </>
  );
}
