import { Form, Link, useLocation, useNavigation } from 'react-router';
import type { Route } from './+types/route';
import { FormAlert, SelectField, TextArea } from '../../components/field.tsx';
import { HelixTag } from '../../components/helix-tag.tsx';
import { QuadrantChart } from '../../components/quadrant-chart.tsx';
import { SourceBadge } from '../../components/source-badge.tsx';
import { TopicPicker } from '../../components/topic-picker.tsx';
import { translate, translatorFor } from '../../lib/i18n/index.ts';
import { useLang, useT } from '../../lib/i18n/use-t.ts';
import { enumLabel, HELICES, topicName } from '../../lib/labels.ts';
import { langOf } from '../../lib/lang.server.ts';
import { metaLang, pageMeta } from '../../lib/meta.ts';
import { loadPartnerPage, requestIntroductionAction } from './partners.server.ts';
import type { RequestResult, Suggestion } from './partners.server.ts';

export async function loader({ request, context }: Route.LoaderArgs) {
  const lang = langOf(request);
  return loadPartnerPage({ request, context }, lang, translatorFor(lang));
}

export async function action({ request, context }: Route.ActionArgs) {
  return requestIntroductionAction({ request, context }, translatorFor(langOf(request)));
}

export const meta: Route.MetaFunction = ({ matches }) => {
  const lang = metaLang(matches);
  return pageMeta(lang, translate(lang, 'partners.title'), translate(lang, 'partners.lead'));
};

function points(n: number): string {
  return n.toFixed(1);
}

function MatchCard({
  s,
  rank,
  page,
  result,
  formAction,
}: {
  s: Suggestion;
  rank: number;
  page: Route.ComponentProps['loaderData'];
  result: RequestResult | undefined;
  formAction: string;
}) {
  const t = useT();
  const mine = result && result.toActorId === s.actor.id ? result : undefined;
  const busy = useNavigation().formData?.get('toActorId') === s.actor.id;
  const titleId = `match-${rank}`;
  const maxPoints = Math.max(1, ...s.components.map((c) => c.contribution));
  return (
    <li className="card match" aria-labelledby={titleId}>
      <div className="match__score" aria-label={t('partners.scoreOf', { score: points(s.score) })}>
        {Math.round(s.score)}
        <small>/ 100</small>
      </div>
      <div>
        <p className="card__meta">
          {t('partners.rank', { rank })} · {enumLabel(t, 'kind', s.actor.kind)} ·{' '}
          <HelixTag helix={s.actor.helix} /> <SourceBadge source={s.actor.source} />{' '}
          <span className="tag">{enumLabel(t, 'partners.quadrant', s.quadrant)}</span>
          {s.isExistingPartner ? (
            <>
              {' '}
              <span className="tag">{t('partners.existing')}</span>
            </>
          ) : null}
        </p>
        <h3 className="card__title" id={titleId}>
          <Link to={`/actors/${s.actor.slug}`}>{s.actor.name}</Link>
        </h3>
        <h4 className="visually-hidden">{t('partners.why')}</h4>
        <ul className="reasons">
          {s.reasons.map((r) => (
            <li key={r.feature}>
              {r.text}{' '}
              <span className="muted">({t('partners.points', { points: points(r.points) })})</span>
            </li>
          ))}
        </ul>
        <details className="details">
          <summary>{t('partners.breakdown')}</summary>
          <ul className="score-bars">
            {s.components.map((c) => (
              <li key={c.feature}>
                <span>{enumLabel(t, 'partners.feature', c.feature)}</span>
                <span className="meter" aria-hidden="true">
                  <span style={{ width: `${(c.contribution / maxPoints) * 100}%` }} />
                </span>
                <span className="num">{points(c.contribution)}</span>
              </li>
            ))}
          </ul>
          <p className="muted">
            {t('partners.similarity')}: {s.similarity.toFixed(2)} · {t('partners.complementarity')}:{' '}
            {s.complementarity.toFixed(2)}
          </p>
        </details>
        {mine?.ok ? (
          <FormAlert tone="ok" message={t('partners.introRequested', { name: mine.toName })} />
        ) : page.myActors.length === 0 ? (
          <p className="muted">
            {page.signedIn ? (
              <Link to="/me">{t('partners.signInToRequest')}</Link>
            ) : (
              <Link to={`/login?redirectTo=${encodeURIComponent(formAction)}`}>
                {t('partners.signInToRequest')}
              </Link>
            )}
          </p>
        ) : (
          <details className="details" open={mine !== undefined}>
            <summary>{t('partners.requestIntro')}</summary>
            <Form method="post" action={formAction} className="form" noValidate>
              <FormAlert message={mine && !mine.ok ? mine.errors.form : undefined} />
              <input type="hidden" name="toActorId" value={s.actor.id} />
              <input type="hidden" name="toName" value={s.actor.name} />
              {page.origin ? (
                <>
                  <input type="hidden" name="needText" value={page.origin.needText} />
                  {page.origin.needTopicIds.map((id) => (
                    <input key={id} type="hidden" name="needTopicIds" value={id} />
                  ))}
                  {page.origin.aboutOpportunityId ? (
                    <input
                      type="hidden"
                      name="aboutOpportunityId"
                      value={page.origin.aboutOpportunityId}
                    />
                  ) : null}
                </>
              ) : null}
              {page.myActors.length === 1 ? (
                <input type="hidden" name="fromActorId" value={page.myActors[0]?.id} />
              ) : (
                <SelectField
                  label={t('partners.requestAs')}
                  name="fromActorId"
                  defaultValue={page.query.as}
                  options={page.myActors.map((a) => ({ value: a.id, label: a.name }))}
                  error={mine && !mine.ok ? mine.errors.fields.fromActorId : undefined}
                />
              )}
              <TextArea
                label={t('partners.introMessage')}
                name="message"
                rows={3}
                hint={t('partners.introMessageHint')}
                defaultValue={mine && !mine.ok ? mine.message : ''}
                error={mine && !mine.ok ? mine.errors.fields.message : undefined}
              />
              <p>
                <button type="submit" disabled={busy}>
                  {t('partners.requestIntro')}
                </button>
              </p>
            </Form>
          </details>
        )}
      </div>
    </li>
  );
}

export default function FindPartners({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const lang = useLang();
  const location = useLocation();
  const page = loaderData;
  const { query, suggestions, subject, errors } = page;
  const topicById = new Map(page.topics.map((x) => [x.id, x]));
  const formAction = `${location.pathname}${location.search}`;
  const heading =
    subject?.kind === 'actor'
      ? t('partners.forActor', { name: subject.name })
      : subject?.kind === 'opportunity'
        ? t('partners.forOpportunity', { title: subject.title })
        : t('partners.title');
  return (
    <>
      <h1>{heading}</h1>
      <p className="lead">{t('partners.lead')}</p>
      {subject?.kind === 'actor' || subject?.kind === 'opportunity' ? null : (
        <Form method="get" className="form form--wide" noValidate>
          <FormAlert message={errors.form} />
          <TextArea
            label={t('partners.need')}
            name="need"
            rows={3}
            hint={t('partners.needHint')}
            defaultValue={query.need}
            error={errors.fields.need}
          />
          <TopicPicker
            topics={page.topics}
            name="topics"
            legend={t('partners.topics')}
            hint={t('partners.topicsHint')}
            selected={query.topics}
            error={errors.fields.topics}
          />
          <fieldset className="field">
            <legend>{t('partners.wantedHelix')}</legend>
            <div className="checks">
              {HELICES.map((h) => (
                <label key={h} className="check">
                  <input
                    type="checkbox"
                    name="helix"
                    value={h}
                    defaultChecked={query.helices.includes(h)}
                  />
                  <HelixTag helix={h} />
                </label>
              ))}
            </div>
          </fieldset>
          {page.myActors.length > 1 ? (
            <SelectField
              label={t('partners.seeker')}
              name="as"
              defaultValue={query.as}
              options={page.myActors.map((a) => ({ value: a.id, label: a.name }))}
            />
          ) : null}
          <p>
            <button type="submit">{t('partners.submit')}</button>
          </p>
        </Form>
      )}
      {suggestions ? (
        <section aria-labelledby="results-h" className="section">
          <h2 id="results-h">{t('partners.results')}</h2>
          {page.matchedTopics.length > 0 ? (
            <p>
              {t('partners.matchedTopics')}:{' '}
              {page.matchedTopics.map((m, i) => {
                const topic = topicById.get(m.id);
                return (
                  <span key={m.id}>
                    {i > 0 ? ', ' : ''}
                    <strong>{topic ? topicName(lang, topic) : m.id}</strong>
                    {m.fromText ? <span className="muted"> ({t('partners.fromText')})</span> : null}
                  </span>
                );
              })}
            </p>
          ) : null}
          {suggestions.length === 0 ? (
            <p>{t('partners.noResults')}</p>
          ) : (
            <div className="partners-layout">
              <ol className="card-list matches">
                {suggestions.map((s, i) => (
                  <MatchCard
                    key={s.actor.id}
                    s={s}
                    rank={i + 1}
                    page={page}
                    result={actionData}
                    formAction={formAction}
                  />
                ))}
              </ol>
              <aside aria-labelledby="quadrant-h">
                <h3 id="quadrant-h">{t('partners.quadrant')}</h3>
                <QuadrantChart
                  title={t('partners.quadrantChart')}
                  xLabel={t('partners.quadrantX')}
                  yLabel={t('partners.quadrantY')}
                  labels={[
                    enumLabel(t, 'partners.quadrant', 'COMPLEMENTARY'),
                    enumLabel(t, 'partners.quadrant', 'STRATEGIC_FIT'),
                    enumLabel(t, 'partners.quadrant', 'EXPLORATORY'),
                    enumLabel(t, 'partners.quadrant', 'PEER'),
                  ]}
                  points={suggestions.map((s, i) => ({
                    rank: i + 1,
                    name: s.actor.name,
                    similarity: s.similarity,
                    complementarity: s.complementarity,
                    quadrantLabel: enumLabel(t, 'partners.quadrant', s.quadrant),
                  }))}
                />
              </aside>
            </div>
          )}
        </section>
      ) : null}
    </>
  );
}
