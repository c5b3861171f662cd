import { TECHNOLOGY_STAGES } from '@kobling/domain';
import { Form, Link } from 'react-router';
import type { Route } from './+types/pipeline';
import { SourceBadge } from '../../components/source-badge.tsx';
import { api } from '../../lib/api.server.ts';
import { graphql } from '../../lib/graphql.ts';
import { useT } from '../../lib/i18n/use-t.ts';
import { enumLabel } from '../../lib/labels.ts';
import { keyMeta } from '../../lib/meta.ts';

const PipelineQuery = graphql(`
  query Pipeline($filter: TechnologyFilter) {
    technologies(first: 100, filter: $filter) {
      edges {
        node {
          id
          slug
          title
          stage
          trl
          origins {
            name
            slug
            source
          }
        }
      }
    }
  }
`);

const REACHED = new Set(['LICENSING', 'SPIN_OFF', 'FUNDED', 'ON_MARKET']);

function trlParam(value: string | null): number | null {
  const n = Number(value);
  return value && Number.isInteger(n) && n >= 1 && n <= 9 ? n : null;
}

export async function loader({ request, context }: Route.LoaderArgs) {
  const url = new URL(request.url);
  const trlMin = trlParam(url.searchParams.get('trlMin'));
  const trlMax = trlParam(url.searchParams.get('trlMax'));
  const filter = { ...(trlMin ? { trlMin } : {}), ...(trlMax ? { trlMax } : {}) };
  const { data } = await api({ request, context }, PipelineQuery, { filter });
  const items = data.technologies.edges.map((e) => e.node);
  const live = items.filter((i) => i.stage !== 'DROPPED');
  const reached = live.filter((i) => REACHED.has(i.stage)).length;
  return {
    items,
    trlMin,
    trlMax,
    conversion: live.length === 0 ? null : reached / live.length,
  };
}

export const meta: Route.MetaFunction = ({ matches }) =>
  keyMeta(matches, 'comm.title', 'comm.lead');

export default function Pipeline({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const { items, trlMin, trlMax, conversion } = loaderData;
  const trlOptions = [1, 2, 3, 4, 5, 6, 7, 8, 9];
  return (
    <>
      <h1>{t('comm.title')}</h1>
      <p className="lead">{t('comm.lead')}</p>
      <Form method="get" className="filters">
        <div className="field">
          <label htmlFor="trlMin">{t('comm.trlMin')}</label>
          <select id="trlMin" name="trlMin" defaultValue={trlMin ?? ''}>
            <option value="">–</option>
            {trlOptions.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="trlMax">{t('comm.trlMax')}</label>
          <select id="trlMax" name="trlMax" defaultValue={trlMax ?? ''}>
            <option value="">–</option>
            {trlOptions.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button--quiet">
          {t('search.apply')}
        </button>
      </Form>
      <p>
        {t('comm.count', { count: items.length })}
        {conversion !== null
          ? ` · ${t('comm.conversion', { pct: Math.round(conversion * 100) })}`
          : null}
      </p>
      <h2 className="visually-hidden">{t('comm.byStage')}</h2>
      <div className="board" role="list">
        {TECHNOLOGY_STAGES.map((stage) => {
          const column = items.filter((i) => i.stage === stage);
          return (
            <section
              key={stage}
              className="board__col"
              role="listitem"
              aria-labelledby={`col-${stage}`}
            >
              <h3 id={`col-${stage}`} className="board__title">
                <span>{enumLabel(t, 'stage', stage)}</span>{' '}
                <span className="tag">{column.length}</span>
              </h3>
              {column.length === 0 ? (
                <p className="muted">{t('comm.empty')}</p>
              ) : (
                <ul className="card-list">
                  {column.map((i) => (
                    <li key={i.id} className="card">
                      <p className="card__title">
                        <Link to={`/technologies/${i.slug}`}>{i.title}</Link>
                      </p>
                      <p className="card__meta">TRL {i.trl}</p>
                      {i.origins.map((o) => (
                        <p key={o.slug} className="card__body">
                          <Link to={`/actors/${o.slug}`}>{o.name}</Link>{' '}
                          <SourceBadge source={o.source} />
                        </p>
                      ))}
                    </li>
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      </div>
    </>
  );
}
