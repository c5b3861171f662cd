import type { ResultOf } from 'gql.tada';
import { Form, Link, useNavigation } from 'react-router';
import type { Route } from './+types/route';
import { FormAlert, SelectField, TextArea } from '../../components/field.tsx';
import { HelixTag } from '../../components/helix-tag.tsx';
import { SourceBadge } from '../../components/source-badge.tsx';
import { graphql } from '../../lib/graphql.ts';
import { formatNumber } from '../../lib/i18n/index.ts';
import { useLang, useT } from '../../lib/i18n/use-t.ts';
import { enumLabel } from '../../lib/labels.ts';
import type { RequestResult } from './partners.server.ts';

/* Unmasked: the page also reads the suggestions (keys, the quadrant chart). */
export const MatchCardFragment = graphql(`
  fragment MatchCard on PartnerSuggestion @_unmask {
    actor {
      id
      name
      slug
      kind
      helix
      source
    }
    score
    quadrant
    similarity
    complementarity
    isExistingPartner
    reasons {
      feature
      points
      text
    }
    components {
      feature
      contribution
    }
    impact {
      alreadyTied
      region {
        eiBefore
        eiAfter
        synergyBefore
        synergyAfter
        labels {
          code
          text
        }
      }
      clusters {
        cluster {
          name
          slug
        }
        eiBefore
        eiAfter
        labels {
          code
          text
        }
      }
    }
  }
`);

export type Suggestion = ResultOf<typeof MatchCardFragment>;

function points(n: number): string {
  return n.toFixed(1);
}

type Impact = NonNullable<Suggestion['impact']>;

/**
 * The what-if of a suggested tie (issue 15): what it would change in each cluster of either side
 * and in the region, in words ("links two communities in this cluster") and in E-I and synergy.
 */
function WhatIf({ impact, id }: { impact: Impact; id: string }) {
  const t = useT();
  const lang = useLang();
  const fmt = (n: number | null) =>
    n === null ? '–' : formatNumber(lang, Math.round(n * 100) / 100);
  const changed = (before: number | null, after: number | null) =>
    before !== after && (before === null || after === null || Math.abs(after - before) >= 0.005);
  const { region } = impact;
  const lines: { key: string; text: string }[] = [];
  for (const c of impact.clusters) {
    const name = c.cluster?.name ?? '';
    for (const l of c.labels) lines.push({ key: `${name}-${l.code}`, text: `${name}: ${l.text}` });
    if (changed(c.eiBefore, c.eiAfter)) {
      const values = { cluster: name, before: fmt(c.eiBefore), after: fmt(c.eiAfter) };
      lines.push({ key: `${name}-ei`, text: t('partners.whatIfClusterEi', values) });
    }
  }
  for (const l of region.labels) lines.push({ key: `region-${l.code}`, text: l.text });
  if (changed(region.eiBefore, region.eiAfter)) {
    const values = { before: fmt(region.eiBefore), after: fmt(region.eiAfter) };
    lines.push({ key: 'region-ei', text: t('partners.whatIfEi', values) });
  }
  if (changed(region.synergyBefore, region.synergyAfter)) {
    const values = { before: fmt(region.synergyBefore), after: fmt(region.synergyAfter) };
    lines.push({ key: 'region-synergy', text: t('partners.whatIfSynergy', values) });
  }
  return (
    <div className="what-if">
      <h4 id={id}>{t('partners.whatIf')}</h4>
      {lines.length === 0 ? (
        <p>{t('partners.whatIfNoLabels')}</p>
      ) : (
        <ul>
          {lines.map((l) => (
            <li key={l.key}>{l.text}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** One ranked match with its explanation and the form to ask for an introduction. */
export function MatchCard({
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
        {s.impact ? <WhatIf impact={s.impact} id={`${titleId}-what-if`} /> : null}
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
