import { HELICES } from '@kobling/domain';
import { useMemo, useState } from 'react';
import { Form, Link } from 'react-router';
import type { Route } from './+types/cluster';
import { FormAlert, SelectField } from '../../components/field.tsx';
import { HelixTag } from '../../components/helix-tag.tsx';
import { HelixTrend } from '../../components/helix-trend.tsx';
import {
  GROUP_COLOURS,
  groupColour,
  NetworkGraph,
  NO_GROUP_COLOUR,
  OTHER_GROUP_COLOUR,
} from '../../components/network-graph.tsx';
import type { ColourBy } from '../../components/network-graph.tsx';
import { SourceBadge } from '../../components/source-badge.tsx';
import { formatNumber } from '../../lib/i18n/index.ts';
import { useLang, useT } from '../../lib/i18n/use-t.ts';
import { enumLabel } from '../../lib/labels.ts';
import { metaLang, pageMeta, summary } from '../../lib/meta.ts';
import { loadCluster, requestMembershipAction } from './cluster.server.ts';

export async function loader({ request, context, params }: Route.LoaderArgs) {
  return loadCluster({ request, context }, params.slug);
}

export async function action({ request, context }: Route.ActionArgs) {
  return requestMembershipAction({ request, context });
}

export const meta: Route.MetaFunction = ({ loaderData, matches }) => {
  const lang = metaLang(matches);
  if (!loaderData) return pageMeta(lang, '404');
  return pageMeta(
    lang,
    loaderData.cluster.name,
    summary(loaderData.cluster.description ?? loaderData.cluster.theme),
  );
};

function percent(n: number): string {
  return String(Math.round(n * 100));
}

const round = (n: number) => Math.round(n * 100) / 100;

export default function ClusterPage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const lang = useLang();
  const { cluster, members, network, myActors, signedIn } = loaderData;
  const { health } = network;
  const totalActive = Math.max(1, health.active);
  const labelOf = new Map(network.nodes.map((n) => [n.id, n]));
  const [colourBy, setColourBy] = useState<ColourBy>('group');
  // The picture is drawn anew when its ties change, not when the colouring does.
  const edges = useMemo(
    () =>
      network.ties.map((tie) => ({
        source: tie.source,
        target: tie.target,
        weight: tie.projects.length * 2 + tie.topics.length,
      })),
    [network.ties],
  );
  const brokers = network.nodes
    .filter((n) => n.broker)
    .sort((a, b) => (b.betweenness ?? 0) - (a.betweenness ?? 0));
  return (
    <article aria-labelledby="cluster-name">
      <div className="page-head">
        <div>
          <p className="card__meta">
            <span className="tag">{enumLabel(t, 'level', cluster.level)}</span>
            {cluster.theme ? ` · ${cluster.theme}` : null}
          </p>
          <h1 id="cluster-name">{cluster.name}</h1>
        </div>
        {cluster.viewerManages ? (
          <p>
            <Link className="button" to={`/clusters/${cluster.slug}/manage`}>
              {t('cluster.manage')}
            </Link>
          </p>
        ) : null}
      </div>
      {cluster.description ? <p className="lead">{cluster.description}</p> : null}
      <dl className="facts">
        {cluster.startYear ? (
          <>
            <dt>{t('cluster.period')}</dt>
            <dd>
              {cluster.startYear}–{cluster.endYear ?? ''}
            </dd>
          </>
        ) : null}
        {cluster.reportedMembers ? (
          <>
            <dt>{t('cluster.reportedMembers')}</dt>
            <dd>{formatNumber(lang, cluster.reportedMembers)}</dd>
          </>
        ) : null}
        {cluster.facilitators.length > 0 ? (
          <>
            <dt>{t('cluster.facilitators')}</dt>
            <dd>
              {cluster.facilitators.map((f) => (
                <Link key={f.slug} to={`/actors/${f.slug}`}>
                  {f.name}
                </Link>
              ))}
            </dd>
          </>
        ) : null}
        {cluster.website ? (
          <>
            <dt>{t('common.website')}</dt>
            <dd>
              <a href={cluster.website} rel="noopener noreferrer">
                {cluster.website.replace(/^https?:\/\//, '')}
              </a>
            </dd>
          </>
        ) : null}
      </dl>

      <section aria-labelledby="health-h" className="section">
        <h2 id="health-h">{t('cluster.health')}</h2>
        <div className="kpi-grid">
          <div className="kpi">
            <h3 className="kpi__label">{t('cluster.membersByHelix')}</h3>
            <div className="bar" aria-hidden="true">
              {HELICES.map((h) => (
                <span
                  key={h}
                  className={h.toLowerCase()}
                  style={{ width: `${((health.byHelix[h] ?? 0) / totalActive) * 100}%` }}
                />
              ))}
            </div>
            <ul className="plain">
              {HELICES.map((h) => (
                <li key={h}>
                  <HelixTag helix={h} />: <strong>{health.byHelix[h] ?? 0}</strong>{' '}
                  <span className="muted">
                    (
                    {t('cluster.helixShare', {
                      pct: percent((health.byHelix[h] ?? 0) / totalActive),
                    })}
                    )
                  </span>
                </li>
              ))}
            </ul>
          </div>
          <div className="kpi">
            <h3 className="kpi__label">{t('cluster.crossHelixShare')}</h3>
            <p className="kpi__big">
              {health.crossHelixShare === null ? '–' : `${percent(health.crossHelixShare)} %`}
            </p>
            <p className="muted">
              {health.crossHelixTies} / {health.ties} {t('cluster.ties').toLowerCase()}.{' '}
              {t('cluster.healthNote')}
            </p>
            {health.externalPartners > 0 ? (
              <p className="muted">
                {t('cluster.externalTiesNote', {
                  partners: health.externalPartners,
                  ties: health.externalTies,
                })}
              </p>
            ) : null}
          </div>
          <div className="kpi">
            <h3 className="kpi__label">{t('cluster.activeVsPending')}</h3>
            <p className="kpi__big">
              {health.active} / {health.pending}
            </p>
          </div>
        </div>
      </section>

      <section aria-labelledby="network-h" className="section">
        <h2 id="network-h">{t('cluster.network')}</h2>
        <p>{t('cluster.networkLead')}</p>
        <p>{t('cluster.analyticsLead')}</p>
        <p data-testid="network-analytics">
          {network.groups.length === 0
            ? t('cluster.noGroups')
            : t(network.groups.length === 1 ? 'cluster.oneGroupSummary' : 'cluster.groupsSummary', {
                count: network.groups.length,
                modularity: formatNumber(lang, round(network.modularity ?? 0)),
              })}{' '}
          {brokers.length === 0
            ? t('cluster.noBrokers')
            : t('cluster.brokersSummary', { names: brokers.map((b) => b.label).join(', ') })}
        </p>
        <ul className="network__legend" aria-hidden="true">
          {colourBy === 'group' ? (
            <>
              {network.groups.slice(0, GROUP_COLOURS.length).map((g) => (
                <li key={g.number}>
                  <span className="swatch" style={{ background: groupColour(g.number) }} />
                  {t('cluster.groupLegend', { n: g.number, size: g.size })}
                </li>
              ))}
              {network.groups.length > GROUP_COLOURS.length ? (
                <li>
                  <span className="swatch" style={{ background: OTHER_GROUP_COLOUR }} />
                  {t('cluster.otherGroups')}
                </li>
              ) : null}
              <li>
                <span className="swatch" style={{ background: NO_GROUP_COLOUR }} />
                {t('cluster.noGroupLegend')}
              </li>
            </>
          ) : (
            HELICES.map((h) => (
              <li key={h}>
                <HelixTag helix={h} />
              </li>
            ))
          )}
          <li>{t('cluster.brokerLegend')}</li>
          <li className="muted">{t('cluster.pendingLegend')}</li>
          {health.externalPartners > 0 ? (
            <li className="muted">{t('cluster.externalLegend')}</li>
          ) : null}
        </ul>
        <NetworkGraph
          nodes={network.nodes}
          edges={edges}
          label={`${t('cluster.network')}: ${cluster.name}. ${t('cluster.networkFallback')} ↓`}
          loadingText={t('cluster.networkLoading')}
          colourBy={colourBy}
          controls={
            <fieldset className="field">
              <legend>{t('cluster.colourBy')}</legend>
              <div className="checks">
                {(['group', 'helix'] as const).map((by) => (
                  <label key={by} className="check">
                    <input
                      type="radio"
                      name="colourBy"
                      value={by}
                      checked={colourBy === by}
                      onChange={() => setColourBy(by)}
                    />
                    {t(by === 'group' ? 'cluster.group' : 'common.helix')}
                  </label>
                ))}
              </div>
            </fieldset>
          }
        />
        <details className="details" open={network.nodes.length <= 12}>
          <summary>{t('cluster.networkFallback')}</summary>
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">{t('cluster.nodesTableCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('common.name')}</th>
                  <th scope="col">{t('common.helix')}</th>
                  <th scope="col">{t('common.status')}</th>
                  <th scope="col" className="num">
                    {t('cluster.degree')}
                  </th>
                  <th scope="col">{t('cluster.group')}</th>
                  <th scope="col">{t('cluster.broker')}</th>
                </tr>
              </thead>
              <tbody>
                {[...network.nodes]
                  .sort((a, b) => b.degree - a.degree || a.label.localeCompare(b.label))
                  .map((n) => (
                    <tr key={n.id}>
                      <th scope="row">
                        <Link to={`/actors/${n.slug}`}>{n.label}</Link>
                      </th>
                      <td>
                        <HelixTag helix={n.helix} />
                      </td>
                      <td>{enumLabel(t, 'membership', n.status)}</td>
                      <td className="num">{n.degree}</td>
                      <td>{n.group === null ? '–' : t('cluster.groupN', { n: n.group })}</td>
                      <td>
                        {n.betweenness === null
                          ? '–'
                          : t('cluster.brokerBetweenness', {
                              value: formatNumber(lang, round(n.betweenness)),
                            })}
                      </td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </div>
          {network.ties.length === 0 ? (
            <p className="muted">{t('cluster.noTies')}</p>
          ) : (
            <div className="table-wrap">
              <table className="table">
                <caption className="visually-hidden">{t('cluster.ties')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('cluster.tieFrom')}</th>
                    <th scope="col">{t('cluster.tieTo')}</th>
                    <th scope="col">{t('cluster.tieReason')}</th>
                  </tr>
                </thead>
                <tbody>
                  {network.ties.map((tie) => (
                    <tr key={`${tie.source}-${tie.target}`}>
                      <td>{labelOf.get(tie.source)?.label}</td>
                      <td>{labelOf.get(tie.target)?.label}</td>
                      <td>
                        {tie.projects.length > 0 ? (
                          <>
                            {t('cluster.sharedProjects')}: {tie.projects.join(', ')}.{' '}
                          </>
                        ) : null}
                        {tie.topics.length > 0 ? (
                          <>
                            {t('cluster.sharedTopics')}: {tie.topics.join(', ')}.
                          </>
                        ) : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </details>
      </section>

      <section aria-labelledby="trend-h" className="section">
        <h2 id="trend-h">{t('cluster.trend')}</h2>
        <p>{t('cluster.trendLead')}</p>
        <HelixTrend data={network.trend} scope={cluster.name} />
      </section>

      <section aria-labelledby="members-h" className="section">
        <h2 id="members-h">{t('cluster.members')}</h2>
        <div className="two-col">
          {HELICES.map((h) => {
            const list = members.filter((m) => m.actor.helix === h && m.status === 'ACTIVE');
            return (
              <div key={h}>
                <h3>
                  <HelixTag helix={h} /> ({list.length})
                </h3>
                <ul>
                  {list.map((m) => (
                    <li key={m.actor.slug}>
                      <Link to={`/actors/${m.actor.slug}`}>{m.actor.name}</Link>{' '}
                      <SourceBadge source={m.actor.source} />
                    </li>
                  ))}
                </ul>
              </div>
            );
          })}
        </div>
      </section>

      <section aria-labelledby="join-h" className="section">
        <h2 id="join-h">{t('cluster.requestMembership')}</h2>
        {actionData?.ok ? <FormAlert tone="ok" message={t('cluster.requested')} /> : null}
        {!signedIn ? (
          <p>
            <Link to={`/login?redirectTo=/clusters/${cluster.slug}`}>
              {t('cluster.signInToRequest')}
            </Link>
          </p>
        ) : myActors.length === 0 ? (
          <p className="muted">{t('cluster.alreadyMember')}</p>
        ) : (
          <Form method="post" className="form">
            <FormAlert
              message={actionData && !actionData.ok ? actionData.errors.form : undefined}
            />
            <input type="hidden" name="clusterId" value={cluster.id} />
            <SelectField
              label={t('cluster.requestAs')}
              name="actorId"
              options={myActors.map((a) => ({ value: a.id, label: a.name }))}
              error={actionData && !actionData.ok ? actionData.errors.fields.actorId : undefined}
            />
            <p>
              <button type="submit">{t('cluster.requestMembership')}</button>
            </p>
          </Form>
        )}
      </section>
    </article>
  );
}
