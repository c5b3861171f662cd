import { readFragment } from 'gql.tada';
import type { FragmentOf, ResultOf } from 'gql.tada';
import { Link } from 'react-router';
import { HelixTag } from '../../components/helix-tag.tsx';
import { SourceBadge } from '../../components/source-badge.tsx';
import { graphql } from '../../lib/graphql.ts';
import { useT } from '../../lib/i18n/use-t.ts';

/*
 * A cluster manager's alerts and gaps (issue 15): each with the members it is about, the partners
 * the matchmaking suggests to close it, and the same search on Find partners.
 */

export const NetworkAlertFragment = graphql(`
  fragment NetworkAlert on NetworkAlert {
    code
    text
    actors {
      name
      slug
    }
    suggestions {
      score
      actor {
        id
        name
        slug
        helix
        source
      }
    }
    fix {
      kind
      actor {
        slug
      }
      topics {
        id
      }
      helices
    }
  }
`);

type Fix = NonNullable<ResultOf<typeof NetworkAlertFragment>['fix']>;

/** Find partners asked what the alert's suggestions answer: for a member, or for a need. */
export function findPartnersHref(fix: Fix): string | null {
  const query = new URLSearchParams();
  if (fix.kind === 'PARTNERS') {
    if (!fix.actor) return null;
    query.set('actor', fix.actor.slug);
  } else {
    if (fix.topics.length === 0) return null;
    for (const topic of fix.topics) query.append('topics', topic.id);
  }
  for (const helix of fix.helices) query.append('helix', helix);
  return `/partners?${query.toString()}`;
}

export function NetworkAlerts({
  data,
}: {
  data: readonly FragmentOf<typeof NetworkAlertFragment>[];
}) {
  const t = useT();
  const alerts = readFragment(NetworkAlertFragment, data);
  if (alerts.length === 0) return <p className="muted">{t('manage.noAlerts')}</p>;
  return (
    <ul className="card-list alerts">
      {alerts.map((alert, i) => {
        const href = alert.fix ? findPartnersHref(alert.fix) : null;
        const headingId = `alert-${i}`;
        return (
          <li key={`${alert.code}-${i}`} className="card" aria-labelledby={headingId}>
            <h3 className="card__title" id={headingId}>
              {alert.text}
            </h3>
            {alert.actors.length > 0 ? (
              <p>
                {t('manage.alertActors')}:{' '}
                {alert.actors.map((a, j) => (
                  <span key={a.slug}>
                    {j > 0 ? ', ' : ''}
                    <Link to={`/actors/${a.slug}`}>{a.name}</Link>
                  </span>
                ))}
              </p>
            ) : null}
            <h4>{t('manage.alertSuggestions')}</h4>
            {alert.suggestions.length === 0 ? (
              <p className="muted">{t('manage.noSuggestions')}</p>
            ) : (
              <ul>
                {alert.suggestions.map((s) => (
                  <li key={s.actor.id}>
                    <Link to={`/actors/${s.actor.slug}`}>{s.actor.name}</Link>{' '}
                    <HelixTag helix={s.actor.helix} /> <SourceBadge source={s.actor.source} />{' '}
                    <span className="muted">
                      ({t('manage.suggestionScore', { score: Math.round(s.score) })})
                    </span>
                  </li>
                ))}
              </ul>
            )}
            {href ? (
              <p>
                <Link to={href} className="link-arrow" aria-describedby={headingId}>
                  {t('manage.findPartners')}
                </Link>
              </p>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
