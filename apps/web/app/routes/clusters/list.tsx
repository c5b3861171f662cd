import { HELICES } from '@kobling/domain';
import { Link } from 'react-router';
import type { Route } from './+types/list';
import { api } from '../../lib/api.server.ts';
import { graphql } from '../../lib/graphql.ts';
import { formatNumber } from '../../lib/i18n/index.ts';
import { useLang, useT } from '../../lib/i18n/use-t.ts';
import { enumLabel } from '../../lib/labels.ts';
import { keyMeta } from '../../lib/meta.ts';
import { HelixTag } from '../../components/helix-tag.tsx';
import { HelixTrend, HelixTrendFragment, trendYears } from '../../components/helix-trend.tsx';

/*
 * activeOnly: the store's cluster.list fails on LadybugDB when it is false (an empty list
 * parameter has no type). The region's helix balance by year sits here, beside the clusters that
 * carry its ties, rather than on the home page, which is kept light.
 */
const ClustersQuery = graphql(
  `
    query Clusters($from: Int!, $to: Int!) {
      clusters(first: 100, filter: { activeOnly: true }) {
        edges {
          node {
            id
            slug
            name
            level
            theme
            startYear
            endYear
            reportedMembers
            members(statuses: [ACTIVE]) {
              actor {
                helix
              }
            }
          }
        }
      }
      region {
        helixTrend(from: $from, to: $to) {
          ...HelixTrend
        }
      }
    }
  `,
  [HelixTrendFragment],
);

export async function loader({ request, context }: Route.LoaderArgs) {
  const { data } = await api({ request, context }, ClustersQuery, trendYears(new Date()));
  return {
    regionTrend: data.region.helixTrend,
    clusters: data.clusters.edges.map(({ node: { members, ...card } }) => {
      const byHelix: Record<string, number> = {};
      for (const m of members) byHelix[m.actor.helix] = (byHelix[m.actor.helix] ?? 0) + 1;
      return { ...card, memberCount: members.length, byHelix };
    }),
  };
}

export const meta: Route.MetaFunction = ({ matches }) =>
  keyMeta(matches, 'cluster.listTitle', 'cluster.listLead');

export default function Clusters({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const lang = useLang();
  return (
    <>
      <h1>{t('cluster.listTitle')}</h1>
      <p className="lead">{t('cluster.listLead')}</p>
      <ul className="card-list card-list--grid">
        {loaderData.clusters.map((c) => (
          <li key={c.id} className="card">
            <h2 className="card__title">
              <Link to={`/clusters/${c.slug}`}>{c.name}</Link>
            </h2>
            <p className="card__meta">
              <span className="tag">{enumLabel(t, 'level', c.level)}</span>
              {c.startYear ? ` · ${c.startYear}–${c.endYear ?? ''}` : null}
            </p>
            {c.theme ? <p className="card__body">{c.theme}</p> : null}
            <p className="card__body">
              {t('cluster.members')}: {formatNumber(lang, c.memberCount)}
              {c.reportedMembers ? (
                <span className="muted">
                  {' '}
                  ({t('cluster.reportedMembers').toLowerCase()}:{' '}
                  {formatNumber(lang, c.reportedMembers)})
                </span>
              ) : null}
            </p>
            <div className="bar" aria-hidden="true">
              {HELICES.map((h) => (
                <span
                  key={h}
                  className={h.toLowerCase()}
                  style={{ width: `${((c.byHelix[h] ?? 0) / Math.max(1, c.memberCount)) * 100}%` }}
                />
              ))}
            </div>
            <ul className="plain plain--inline">
              {HELICES.map((h) => (
                <li key={h}>
                  <HelixTag helix={h} />: {c.byHelix[h] ?? 0}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      <section aria-labelledby="region-trend-h" className="section">
        <h2 id="region-trend-h">{t('cluster.regionTrend')}</h2>
        <p>{t('cluster.regionTrendLead')}</p>
        <HelixTrend data={loaderData.regionTrend} scope={t('cluster.regionScope')} />
      </section>
    </>
  );
}
