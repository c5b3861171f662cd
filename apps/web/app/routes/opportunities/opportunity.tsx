import type { ResultOf } from 'gql.tada';
import { Link } from 'react-router';
import type { Route } from './+types/opportunity';
import { SourceBadge, SyntheticNote } from '../../components/source-badge.tsx';
import { TopicList, TopicListFragment } from '../../components/topic-list.tsx';
import { api, ApiError } from '../../lib/api.server.ts';
import { graphql } from '../../lib/graphql.ts';
import { formatDate } from '../../lib/i18n/index.ts';
import { useLang, useT } from '../../lib/i18n/use-t.ts';
import { enumLabel } from '../../lib/labels.ts';
import { metaLang, pageMeta, summary } from '../../lib/meta.ts';
import { notFound } from '../../lib/not-found.server.ts';
import { apiLanguage, langOf } from '../../lib/lang.server.ts';
import { FormAlert } from '../../components/field.tsx';
import { HelixTag } from '../../components/helix-tag.tsx';
import { topicName } from '../../lib/labels.ts';

const OpportunityPageQuery = graphql(
  `
    query OpportunityPage($id: ID!) {
      node(id: $id) {
        __typename
        ... on Opportunity {
          id
          kind
          title
          body
          status
          visibility
          createdAt
          expiresAt
          source
          sourceRef
          postedBy {
            name
            slug
            source
          }
          topics {
            ...TopicList
          }
        }
      }
    }
  `,
  [TopicListFragment],
);

/*
 * A second operation, for challenges only: assembleConsortium answers an error for any other
 * kind, which would void the page's data if it were asked in the same operation.
 */
const ConsortiumQuery = graphql(`
  query Consortium($id: ID!, $language: Language) {
    assembleConsortium(opportunityId: $id, language: $language) {
      triads {
        score
        coverage
        explanation
        members {
          role
          actor {
            name
            slug
            helix
            source
          }
        }
        missing {
          name
          nameNb
          slug
        }
      }
    }
  }
`);

type Triad = ResultOf<typeof ConsortiumQuery>['assembleConsortium']['triads'][number];

export async function loader({ request, context, params }: Route.LoaderArgs) {
  try {
    const { data } = await api({ request, context }, OpportunityPageQuery, { id: params.id });
    if (data.node?.__typename !== 'Opportunity') notFound();
    // A challenge gets proposed consortia (company + R&D group + public or support actor).
    let triads: Triad[] | null = null;
    if (data.node.kind === 'CHALLENGE' && data.node.topics.length > 0) {
      const proposal = await api({ request, context }, ConsortiumQuery, {
        id: data.node.id,
        language: apiLanguage(langOf(request)),
      });
      triads = proposal.data.assembleConsortium.triads.slice(0, 3);
    }
    const posted = new URL(request.url).searchParams.has('posted');
    return { opportunity: data.node, triads, posted };
  } catch (error) {
    // A malformed or foreign id is the API's validation error: to the visitor, no such page.
    if (error instanceof ApiError) notFound();
    throw error;
  }
}

export const meta: Route.MetaFunction = ({ loaderData, matches }) => {
  const lang = metaLang(matches);
  if (!loaderData) return pageMeta(lang, '404');
  return pageMeta(lang, loaderData.opportunity.title, summary(loaderData.opportunity.body));
};

export default function OpportunityPage({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const lang = useLang();
  const { opportunity: o, triads, posted } = loaderData;
  return (
    <article aria-labelledby="opp-title">
      <p className="card__meta">
        <span className={`tag tag--${o.kind.toLowerCase()}`}>
          {enumLabel(t, 'oppKind', o.kind)}
        </span>{' '}
        <span className="tag">{enumLabel(t, 'opp.status', o.status)}</span>
      </p>
      <h1 id="opp-title">{o.title}</h1>
      {posted ? <FormAlert tone="ok" message={t('opp.postedNotice')} /> : null}
      {o.source === 'synthetic' ? (
        <SyntheticNote />
      ) : (
        <SourceBadge source={o.source} sourceRef={o.sourceRef} />
      )}
      {o.body ? <p className="lead">{o.body}</p> : null}
      <TopicList topics={o.topics} />
      <dl className="facts">
        {o.postedBy ? (
          <>
            <dt>{t('opp.postedBy')}</dt>
            <dd>
              <Link to={`/actors/${o.postedBy.slug}`}>{o.postedBy.name}</Link>{' '}
              <SourceBadge source={o.postedBy.source} />
            </dd>
          </>
        ) : null}
        <dt>{t('opp.created')}</dt>
        <dd>
          <time dateTime={o.createdAt}>{formatDate(lang, o.createdAt)}</time>
        </dd>
        {o.expiresAt ? (
          <>
            <dt>{t('opp.expires')}</dt>
            <dd>
              <time dateTime={o.expiresAt}>{formatDate(lang, o.expiresAt)}</time>
            </dd>
          </>
        ) : null}
      </dl>
      {o.kind !== 'OFFER' ? (
        <p>
          <Link className="button" to={`/partners?opportunity=${encodeURIComponent(o.id)}`}>
            {t('opp.findPartners')}
          </Link>
        </p>
      ) : null}
      {triads ? (
        <section aria-labelledby="consortium-h" className="section">
          <h2 id="consortium-h">{t('opp.consortium')}</h2>
          <p>{t('opp.consortiumLead')}</p>
          {triads.length === 0 ? <p className="muted">{t('opp.consortiumNone')}</p> : null}
          <ol className="card-list">
            {triads.map((triad, i) => (
              <li key={i} className="card">
                <p className="card__meta">
                  {t('opp.consortiumScore', {
                    score: Math.round(triad.score),
                    pct: Math.round(triad.coverage * 100),
                  })}
                </p>
                <ul className="plain">
                  {triad.members.map((m) => (
                    <li key={m.actor.slug}>
                      <strong>{enumLabel(t, 'consortiumRole', m.role)}:</strong>{' '}
                      <Link to={`/actors/${m.actor.slug}`}>{m.actor.name}</Link>{' '}
                      <HelixTag helix={m.actor.helix} /> <SourceBadge source={m.actor.source} />
                    </li>
                  ))}
                </ul>
                <ul className="reasons">
                  {triad.explanation.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
                {triad.missing.length > 0 ? (
                  <p className="muted">
                    {t('opp.consortiumMissing')}:{' '}
                    {triad.missing.map((x) => topicName(lang, x)).join(', ')}
                  </p>
                ) : null}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </article>
  );
}
