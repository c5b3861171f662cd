import { Form, Link } from 'react-router';
import type { Route } from './+types/route';
import { HelixTag } from '../../components/helix-tag.tsx';
import { Highlight } from '../../components/highlight.tsx';
import { SourceBadge } from '../../components/source-badge.tsx';
import { useT } from '../../lib/i18n/use-t.ts';
import type { EnumGroup } from '../../lib/labels.ts';
import { enumLabel } from '../../lib/labels.ts';
import { metaLang, pageMeta } from '../../lib/meta.ts';
import { translate } from '../../lib/i18n/index.ts';
import { parseSearchParams, runSearch } from './search.server.ts';
import type { Facet } from './search.server.ts';

export async function loader({ request, context }: Route.LoaderArgs) {
  const params = parseSearchParams(new URL(request.url));
  const result = await runSearch({ request, context }, params);
  return { params, result };
}

export const meta: Route.MetaFunction = ({ loaderData, matches }) => {
  const lang = metaLang(matches);
  const q = loaderData?.params.q;
  return pageMeta(
    lang,
    q ? translate(lang, 'search.resultsFor', { q }) : translate(lang, 'search.title'),
  );
};

function FacetGroup({
  legend,
  name,
  facets,
  selected,
  group,
}: {
  legend: string;
  name: string;
  facets: readonly Facet[];
  selected: readonly string[];
  group: EnumGroup;
}) {
  const t = useT();
  return (
    <fieldset>
      <legend>{legend}</legend>
      <ul className="plain">
        {facets.map((f) => (
          <li key={f.value}>
            <label className="check">
              <input
                type="checkbox"
                name={name}
                value={f.value}
                defaultChecked={selected.includes(f.value)}
              />
              {group === 'helix' ? <HelixTag helix={f.value} /> : enumLabel(t, group, f.value)}
              <span className="muted">({f.count})</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

export default function Search({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const { params, result } = loaderData;
  return (
    <>
      <h1>{params.q ? t('search.resultsFor', { q: params.q }) : t('search.heading')}</h1>
      <Form method="get" role="search" className="search-layout" id="search-form">
        <div className="facets">
          <div className="field">
            <label htmlFor="search-q">{t('search.label')}</label>
            <input id="search-q" type="search" name="q" defaultValue={params.q} />
          </div>
          {result ? (
            <>
              <h2 className="visually-hidden">{t('search.facets')}</h2>
              <FacetGroup
                legend={t('search.type')}
                name="type"
                facets={result.facets.type}
                selected={params.types}
                group="search.type"
              />
              <FacetGroup
                legend={t('search.helix')}
                name="helix"
                facets={result.facets.helix}
                selected={params.helices}
                group="helix"
              />
              <FacetGroup
                legend={t('search.kind')}
                name="kind"
                facets={result.facets.kind}
                selected={params.kinds}
                group="kind"
              />
            </>
          ) : null}
          <p>
            <button type="submit">{result ? t('search.apply') : t('common.search')}</button>{' '}
            {params.types.length + params.helices.length + params.kinds.length > 0 ? (
              <Link to={`/search?q=${encodeURIComponent(params.q)}`}>{t('search.clear')}</Link>
            ) : null}
          </p>
        </div>
        <div>
          {!result ? (
            <p className="muted">{t('search.empty')}</p>
          ) : (
            <>
              <p role="status">{t('search.results', { count: result.total })}</p>
              {result.total === 0 ? <p>{t('search.noResults', { q: params.q })}</p> : null}
              <ol className="card-list results">
                {result.hits.map((h) => (
                  <li key={`${h.type}-${h.id}`} className="card">
                    <p className="card__meta">
                      <span className="tag">{enumLabel(t, 'search.type', h.type)}</span>{' '}
                      {h.kind ? <>{enumLabel(t, 'kind', h.kind)} · </> : null}
                      {h.helix ? <HelixTag helix={h.helix} /> : null}
                      {h.stage ? enumLabel(t, 'stage', h.stage) : null}{' '}
                      {h.source ? <SourceBadge source={h.source} /> : null}
                    </p>
                    <h2 className="card__title">
                      <Link to={h.href}>
                        <Highlight text={h.title} query={params.q} />
                      </Link>
                    </h2>
                    {h.snippet ? (
                      <p className="card__body">
                        <Highlight text={h.snippet} query={params.q} />
                      </p>
                    ) : null}
                  </li>
                ))}
              </ol>
            </>
          )}
        </div>
      </Form>
    </>
  );
}
