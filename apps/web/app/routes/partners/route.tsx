import { HELICES } from '@kobling/domain';
import { Form, useLocation } from 'react-router';
import type { Route } from './+types/route';
import { FormAlert, SelectField, TextArea } from '../../components/field.tsx';
import { HelixTag } from '../../components/helix-tag.tsx';
import { QuadrantChart } from '../../components/quadrant-chart.tsx';
import { TopicPicker } from '../../components/topic-picker.tsx';
import { translate, translatorFor } from '../../lib/i18n/index.ts';
import { useLang, useT } from '../../lib/i18n/use-t.ts';
import { enumLabel, topicName } from '../../lib/labels.ts';
import { langOf } from '../../lib/lang.server.ts';
import { metaLang, pageMeta } from '../../lib/meta.ts';
import { loadPartnerPage, requestIntroductionAction } from './partners.server.ts';
import { MatchCard } from './match-card.tsx';

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
                    {m.words.length > 0 ? (
                      <span className="muted">
                        {' '}
                        ({t('partners.fromWords', { words: m.words.join(' ') })})
                      </span>
                    ) : null}
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
