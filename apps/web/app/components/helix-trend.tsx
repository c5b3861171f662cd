import { readFragment } from 'gql.tada';
import type { FragmentOf, ResultOf } from 'gql.tada';
import { graphql } from '../lib/graphql.ts';
import { formatNumber } from '../lib/i18n/index.ts';
import { useLang, useT } from '../lib/i18n/use-t.ts';
import { TrendChart } from './trend-chart.tsx';

/*
 * The triple-helix balance over the years (issue 15), for a cluster or the region: a chart of the
 * E-I index and one of the synergy T(UIG), server-rendered, each described in words, and the same
 * numbers in a table beside them.
 */

export const HelixTrendFragment = graphql(`
  fragment HelixTrend on HelixTrendPoint {
    year
    ties
    coParticipations
    eiIndex
    synergy
  }
`);

type Point = ResultOf<typeof HelixTrendFragment>;

/** The years a trend chart shows: the last ten, this year included. */
export const TREND_YEARS = 10;

export function trendYears(now: Date): { from: number; to: number } {
  const to = now.getUTCFullYear();
  return { from: to - TREND_YEARS + 1, to };
}

const round = (n: number) => Math.round(n * 100) / 100;

export function HelixTrend({
  data,
  scope,
}: {
  data: readonly FragmentOf<typeof HelixTrendFragment>[];
  /** What the trend is of (the cluster's name, the region), for the charts' titles. */
  scope: string;
}) {
  const points = readFragment(HelixTrendFragment, data);
  const t = useT();
  const lang = useLang();
  const fmt = (n: number) => formatNumber(lang, round(n));
  const known = (pick: (p: Point) => number | null) =>
    points.flatMap((p) => {
      const value = pick(p);
      return value === null ? [] : [{ year: p.year, value }];
    });
  const describe = (pick: (p: Point) => number | null, meaning: string) => {
    const values = known(pick);
    const first = values[0];
    const last = values.at(-1);
    if (!first || !last) return `${t('trend.noValues')} ${meaning}`;
    return `${t('trend.fromTo', {
      first: fmt(first.value),
      firstYear: first.year,
      last: fmt(last.value),
      lastYear: last.year,
    })} ${meaning}`;
  };
  if (points.every((p) => p.eiIndex === null && p.synergy === null)) {
    return <p className="muted">{t('trend.none')}</p>;
  }
  return (
    <>
      <div className="kpi-grid">
        <figure className="kpi">
          <figcaption>
            <span className="kpi__label">{t('trend.ei')}</span>
            <span className="kpi__sub">{t('trend.eiMeaning')}</span>
          </figcaption>
          <TrendChart
            title={`${t('trend.ei')} – ${scope}`}
            description={describe((p) => p.eiIndex, t('trend.eiMeaning'))}
            points={points.map((p) => ({ year: p.year, value: p.eiIndex }))}
            extent={1}
            zeroLabel={t('trend.eiZero')}
            format={fmt}
          />
        </figure>
        <figure className="kpi">
          <figcaption>
            <span className="kpi__label">{t('trend.synergy')}</span>
            <span className="kpi__sub">{t('trend.synergyMeaning')}</span>
          </figcaption>
          <TrendChart
            title={`${t('trend.synergy')} – ${scope}`}
            description={describe((p) => p.synergy, t('trend.synergyMeaning'))}
            points={points.map((p) => ({ year: p.year, value: p.synergy }))}
            extent={0.1}
            zeroLabel={t('trend.synergyZero')}
            format={fmt}
          />
        </figure>
      </div>
      <details className="details">
        <summary>{t('trend.table')}</summary>
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{`${t('trend.table')}: ${scope}`}</caption>
            <thead>
              <tr>
                <th scope="col">{t('common.year')}</th>
                <th scope="col" className="num">
                  {t('trend.ei')}
                </th>
                <th scope="col" className="num">
                  {t('trend.synergy')}
                </th>
                <th scope="col" className="num">
                  {t('cluster.ties')}
                </th>
                <th scope="col" className="num">
                  {t('trend.projects')}
                </th>
              </tr>
            </thead>
            <tbody>
              {points.map((p) => (
                <tr key={p.year}>
                  <th scope="row">{p.year}</th>
                  <td className="num">{p.eiIndex === null ? '–' : fmt(p.eiIndex)}</td>
                  <td className="num">{p.synergy === null ? '–' : fmt(p.synergy)}</td>
                  <td className="num">{p.ties}</td>
                  <td className="num">{p.coParticipations}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </>
  );
}
