import { COMPANY_STAGES, OPPORTUNITY_KINDS } from '@kobling/domain';
import type { ReactNode } from 'react';
import { Form, Link, useSearchParams } from 'react-router';
import type { Route } from './+types/route';
import { HelixTag } from '../../components/helix-tag.tsx';
import { EngineHighlight, Highlight } from '../../components/highlight.tsx';
import { SourceBadge } from '../../components/source-badge.tsx';
import { translate } from '../../lib/i18n/index.ts';
import { useLang, useT } from '../../lib/i18n/use-t.ts';
import type { Translate } from '../../lib/i18n/index.ts';
import { enumLabel, topicName } from '../../lib/labels.ts';
import { metaLang, pageMeta } from '../../lib/meta.ts';
import { parseSearchParams, runSearch } from './search.server.ts';
import type { Facet, SearchHit } from './search.server.ts';

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

const COMPANY_STAGE_SET: ReadonlySet<string> = new Set(COMPANY_STAGES);

function kindLabel(t: Translate, kind: string): string {
  return (OPPORTUNITY_KINDS as readonly string[]).includes(kind)
    ? enumLabel(t, 'oppKind', kind)
    : enumLabel(t, 'kind', kind);
}

function stageLabel(t: Translate, stage: string): string {
  return COMPANY_STAGE_SET.has(stage)
    ? enumLabel(t, 'companyStage', stage)
    : enumLabel(t, 'stage', stage);
}

type FacetName = 'type' | 'helix' | 'kind' | 'topic' | 'stage' | 'municipality';

function FacetGroup({
  legend,
  name,
  facets,
  selected,
  label,
}: {
  legend: string;
  name: FacetName;
  facets: readonly Facet[];
  selected: readonly string[];
  label: (f: Facet) => ReactNode;
}) {
  if (facets.length === 0) return null;
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
              <span>{label(f)}</span>
              <span className="muted">({f.count})</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

function HitCard({ hit, q }: { hit: SearchHit; q: string }) {
  const t = useT();
  return (
    <li className="card">
      <p className="card__meta">
        <span className="tag">{enumLabel(t, 'search.type', hit.type)}</span>{' '}
        {hit.kind ? <>{kindLabel(t, hit.kind)} </> : null}
        {hit.helix ? (
          <>
            · <HelixTag helix={hit.helix} />{' '}
          </>
        ) : null}
        {hit.stage ? <>· {stageLabel(t, hit.stage)} </> : null}
        {hit.source ? <SourceBadge source={hit.source} /> : null}
      </p>
      <h2 className="card__title">
        <Link to={hit.href}>
          {hit.titleHtml ? (
            <EngineHighlight html={hit.titleHtml} />
          ) : (
            <Highlight text={hit.title} query={q} />
          )}
        </Link>
      </h2>
      {hit.bodyHtml ? (
        <p className="card__body">
          <EngineHighlight html={hit.bodyHtml} />
        </p>
      ) : hit.snippet ? (
        <p className="card__body">
          <Highlight
            text={hit.snippet.length > 220 ? `${hit.snippet.slice(0, 219)}…` : hit.snippet}
            query={q}
          />
        </p>
      ) : null}
    </li>
  );
}

export default function Search({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const lang = useLang();
  const [searchParams] = useSearchParams();
  const { params, result } = loaderData;
  const filtered =
    params.types.length +
      params.helices.length +
      params.kinds.length +
      params.topics.length +
      params.stages.length +
      params.municipalities.length >
    0;
  const more = new URLSearchParams(searchParams);
  if (result?.nextCursor) more.set('after', result.nextCursor);
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
                label={(f) => enumLabel(t, 'search.type', f.value)}
              />
              <FacetGroup
                legend={t('search.helix')}
                name="helix"
                facets={result.facets.helix}
                selected={params.helices}
                label={(f) => <HelixTag helix={f.value} />}
              />
              <FacetGroup
                legend={t('search.kind')}
                name="kind"
                facets={result.facets.kind}
                selected={params.kinds}
                label={(f) => kindLabel(t, f.value)}
              />
              <FacetGroup
                legend={t('search.stage')}
                name="stage"
                facets={result.facets.stage}
                selected={params.stages}
                label={(f) => stageLabel(t, f.value)}
              />
              <FacetGroup
                legend={t('search.topic')}
                name="topic"
                facets={result.facets.topic}
                selected={params.topics}
                label={(f) => (f.topic ? topicName(lang, f.topic) : f.value)}
              />
              <FacetGroup
                legend={t('common.municipality')}
                name="municipality"
                facets={result.facets.municipality}
                selected={params.municipalities}
                label={(f) => f.name ?? f.value}
              />
            </>
          ) : null}
          <p>
            <button type="submit">{result ? t('search.apply') : t('common.search')}</button>{' '}
            {filtered ? (
              <Link to={`/search?q=${encodeURIComponent(params.q)}`}>{t('search.clear')}</Link>
            ) : null}
          </p>
        </div>
        <div>
          {!result ? (
            <p className="muted">{t('search.empty')}</p>
          ) : (
            <>
              {result.engine === 'fallback' ? (
                <p className="alert alert--info">{t('search.fallbackNote')}</p>
              ) : null}
              <p role="status">{t('search.results', { count: result.total })}</p>
              {result.total === 0 ? <p>{t('search.noResults', { q: params.q })}</p> : null}
              <ol className="card-list results">
                {result.hits.map((h) => (
                  <HitCard key={`${h.type}-${h.id}`} hit={h} q={params.q} />
                ))}
              </ol>
              {result.nextCursor ? (
                <p>
                  <Link className="button button--quiet" to={`/search?${more.toString()}`}>
                    {t('search.more')}
                  </Link>
                </p>
              ) : null}
            </>
          )}
        </div>
      </Form>
    </>
  );
}
