import { Form, Link } from 'react-router';
import type { Route } from './+types/route';
import { KpiChart } from '../../components/kpi-chart.tsx';
import { SourceBadge } from '../../components/source-badge.tsx';
import { formatDate, formatNumber, translate } from '../../lib/i18n/index.ts';
import type { MessageKey } from '../../lib/i18n/index.ts';
import { useLang, useT } from '../../lib/i18n/use-t.ts';
import { metaLang, pageMeta } from '../../lib/meta.ts';
import { loadHome } from './home.server.ts';

export async function loader({ request, context }: Route.LoaderArgs) {
  return loadHome({ request, context });
}

export const meta: Route.MetaFunction = ({ matches }) => {
  const lang = metaLang(matches);
  return pageMeta(lang, translate(lang, 'home.title'), translate(lang, 'site.description'));
};

function pct(value: number, goal: number): string {
  return String(Math.round((value / goal) * 100));
}

export default function Home({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const lang = useLang();
  const { region, featured, opportunities } = loaderData;
  const { goals } = region;
  const fmt = (n: number) => formatNumber(lang, n);
  const companies = region.kpis
    .filter((k) => k.techCompanies !== null)
    .map((k) => ({ year: k.year, value: k.techCompanies as number, note: k.note }));
  const employees = region.kpis
    .filter((k) => k.techEmployees !== null)
    .map((k) => ({ year: k.year, value: k.techEmployees as number, note: k.note }));
  const latestCompanies = companies.at(-1);
  const latestEmployees = employees.at(-1);
  const describe = (points: typeof companies, goal: number) =>
    points.map((p) => `${p.year}: ${fmt(p.value)}`).join(', ') +
    `. ${t('home.kpiGoalLine', { year: goals.year })}: ${fmt(goal)}.`;
  return (
    <>
      <section className="hero" aria-labelledby="home-heading">
        <h1 id="home-heading">{t('home.heading')}</h1>
        <p className="lead">{t('home.lead')}</p>
        <Form method="get" action="/search" role="search" className="search-box">
          <label htmlFor="home-q" className="visually-hidden">
            {t('home.searchLabel')}
          </label>
          <input
            id="home-q"
            type="search"
            name="q"
            placeholder={t('home.searchPlaceholder')}
            autoComplete="off"
          />
          <button type="submit" className="button">
            {t('common.search')}
          </button>
        </Form>
        <p>
          <Link to="/partners" className="link-arrow">
            {t('home.findPartnersCta')}
          </Link>
        </p>
      </section>

      <section aria-labelledby="kpi-heading" className="section">
        <h2 id="kpi-heading">{t('home.kpiHeading')}</h2>
        <p>
          {t('home.kpiLead', {
            year: goals.year,
            companies: fmt(goals.techCompanies),
            employees: fmt(goals.techEmployees),
          })}{' '}
          <a href={goals.sourceRef} rel="noopener noreferrer">
            {t('source.label')}
          </a>
        </p>
        <div className="kpi-grid">
          <figure className="kpi">
            <figcaption>
              <span className="kpi__label">{t('home.kpiCompanies')}</span>
              {latestCompanies ? (
                <span className="kpi__value">
                  {t('home.kpiOfGoal', {
                    value: fmt(latestCompanies.value),
                    goal: fmt(goals.techCompanies),
                    pct: pct(latestCompanies.value, goals.techCompanies),
                  })}
                  <span className="kpi__sub">
                    {t('home.kpiLatest', { year: latestCompanies.year })}
                  </span>
                </span>
              ) : null}
              <meter
                min={0}
                max={goals.techCompanies}
                value={latestCompanies?.value ?? 0}
                aria-label={t('home.kpiCompanies')}
              />
            </figcaption>
            <KpiChart
              title={`${t('home.kpiCompanies')} – ${t('home.kpiChartTitle')}`}
              description={describe(companies, goals.techCompanies)}
              points={companies}
              goal={{
                year: goals.year,
                value: goals.techCompanies,
                label: t('home.kpiGoalLine', { year: goals.year }),
              }}
              pathLabel={t('home.kpiGoalLine', { year: goals.year })}
              format={fmt}
            />
          </figure>
          <figure className="kpi">
            <figcaption>
              <span className="kpi__label">{t('home.kpiEmployees')}</span>
              {latestEmployees ? (
                <span className="kpi__value">
                  {t('home.kpiOfGoal', {
                    value: fmt(latestEmployees.value),
                    goal: fmt(goals.techEmployees),
                    pct: pct(latestEmployees.value, goals.techEmployees),
                  })}
                  <span className="kpi__sub">
                    {t('home.kpiLatest', { year: latestEmployees.year })}
                  </span>
                </span>
              ) : null}
              <meter
                min={0}
                max={goals.techEmployees}
                value={latestEmployees?.value ?? 0}
                aria-label={t('home.kpiEmployees')}
              />
            </figcaption>
            <KpiChart
              title={`${t('home.kpiEmployees')} – ${t('home.kpiChartTitle')}`}
              description={describe(employees, goals.techEmployees)}
              points={employees}
              goal={{
                year: goals.year,
                value: goals.techEmployees,
                label: t('home.kpiGoalLine', { year: goals.year }),
              }}
              pathLabel={t('home.kpiGoalLine', { year: goals.year })}
              format={fmt}
            />
          </figure>
        </div>
        <details className="details">
          <summary>{t('home.kpiTableCaption')}</summary>
          <table className="table">
            <caption className="visually-hidden">{t('home.kpiTableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('common.year')}</th>
                <th scope="col">{t('home.kpiCompanies')}</th>
                <th scope="col">{t('home.kpiEmployees')}</th>
                <th scope="col">{t('source.label')}</th>
              </tr>
            </thead>
            <tbody>
              {region.kpis.map((k) => (
                <tr key={k.year}>
                  <th scope="row">{k.year}</th>
                  <td className="num">{k.techCompanies === null ? '–' : fmt(k.techCompanies)}</td>
                  <td className="num">{k.techEmployees === null ? '–' : fmt(k.techEmployees)}</td>
                  <td>
                    {k.note ? <span className="muted">{k.note} </span> : null}
                    <SourceBadge source={k.source} sourceRef={k.sourceRef} />
                  </td>
                </tr>
              ))}
              <tr>
                <th scope="row">{t('home.kpiInKobling')}</th>
                <td className="num">{fmt(region.techCompanies)}</td>
                <td className="num">{fmt(region.techEmployees)}</td>
                <td className="muted">Kobling</td>
              </tr>
            </tbody>
          </table>
        </details>
      </section>

      <div className="two-col">
        <section aria-labelledby="clusters-heading" className="section">
          <h2 id="clusters-heading">{t('home.featuredClusters')}</h2>
          <ul className="card-list">
            {featured.map((c) => (
              <li key={c.id} className="card">
                <h3 className="card__title">
                  <Link to={`/clusters/${c.slug}`}>{c.name}</Link>
                </h3>
                <p className="card__meta">
                  <span className="tag">{t(`level.${c.level}` as MessageKey)}</span>
                  {c.reportedMembers
                    ? ` · ${t('cluster.members')}: ${fmt(c.reportedMembers)}`
                    : null}
                </p>
                {c.theme ? <p className="card__body">{c.theme}</p> : null}
              </li>
            ))}
          </ul>
          <p>
            <Link to="/clusters" className="link-arrow">
              {t('home.allClusters')}
            </Link>
          </p>
        </section>
        <section aria-labelledby="opps-heading" className="section">
          <h2 id="opps-heading">{t('home.recentOpportunities')}</h2>
          {opportunities.length === 0 ? <p className="muted">{t('opp.empty')}</p> : null}
          <ul className="card-list">
            {opportunities.map((o) => (
              <li key={o.id} className="card">
                <p className="card__meta">
                  <span className={`tag tag--${o.kind.toLowerCase()}`}>
                    {t(`oppKind.${o.kind}` as MessageKey)}
                  </span>{' '}
                  <time dateTime={o.createdAt}>{formatDate(lang, o.createdAt)}</time>
                </p>
                <h3 className="card__title">
                  <Link to={`/opportunities/${encodeURIComponent(o.id)}`}>{o.title}</Link>
                </h3>
                {o.postedBy ? (
                  <p className="card__body">
                    <Link to={`/actors/${o.postedBy.slug}`}>{o.postedBy.name}</Link>{' '}
                    <SourceBadge source={o.postedBy.source} />
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
          <p>
            <Link to="/opportunities" className="link-arrow">
              {t('home.allOpportunities')}
            </Link>
          </p>
        </section>
      </div>
    </>
  );
}
