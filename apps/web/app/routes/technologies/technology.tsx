import type { ResultOf } from 'gql.tada';
import { Link } from 'react-router';
import type { Route } from './+types/technology';
import { SourceBadge, SyntheticNote } from '../../components/source-badge.tsx';
import { TopicList, TopicListFragment } from '../../components/topic-list.tsx';
import { TrlTimeline } from '../../components/trl-timeline.tsx';
import { api } from '../../lib/api.server.ts';
import { graphql } from '../../lib/graphql.ts';
import { formatDate } from '../../lib/i18n/index.ts';
import { useLang, useT } from '../../lib/i18n/use-t.ts';
import { enumLabel } from '../../lib/labels.ts';
import { metaLang, pageMeta, summary } from '../../lib/meta.ts';
import { notFound } from '../../lib/not-found.server.ts';

/** An actor named on the page: a link with its source badge. */
const ActorLinkFragment = graphql(`
  fragment ActorLink on Actor @_unmask {
    name
    slug
    source
  }
`);

type ActorRef = ResultOf<typeof ActorLinkFragment>;

const TechnologyPageQuery = graphql(
  `
    query TechnologyPage($slug: String!) {
      technology(slug: $slug) {
        id
        slug
        title
        summary
        trl
        stage
        source
        sourceRef
        createdAt
        topics {
          ...TopicList
        }
        origins {
          ...ActorLink
        }
        companies {
          ...ActorLink
        }
        supporters {
          ...ActorLink
        }
        milestones {
          id
          at
          stage
          trl
          note
        }
      }
    }
  `,
  [TopicListFragment, ActorLinkFragment],
);

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { data } = await api({ request, context }, TechnologyPageQuery, { slug: params.slug });
  if (!data.technology) notFound();
  return { technology: data.technology };
}

export const meta: Route.MetaFunction = ({ loaderData, matches }) => {
  const lang = metaLang(matches);
  if (!loaderData) return pageMeta(lang, '404');
  return pageMeta(lang, loaderData.technology.title, summary(loaderData.technology.summary));
};

function ActorLinks({ actors }: { actors: readonly ActorRef[] }) {
  return (
    <>
      {actors.map((a, i) => (
        <span key={a.slug}>
          {i > 0 ? ', ' : ''}
          <Link to={`/actors/${a.slug}`}>{a.name}</Link> <SourceBadge source={a.source} />
        </span>
      ))}
    </>
  );
}

export default function TechnologyPage({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const lang = useLang();
  const { technology: tech } = loaderData;
  const milestones = [...tech.milestones].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const illustrative = tech.source === 'synthetic';
  const fmt = (iso: string) => formatDate(lang, iso);
  return (
    <article aria-labelledby="tech-title">
      <p className="card__meta">
        <span className="tag">{enumLabel(t, 'stage', tech.stage)}</span> ·{' '}
        {t('tech.currentTrl', { trl: tech.trl })}
      </p>
      <h1 id="tech-title">{tech.title}</h1>
      {illustrative ? (
        <SyntheticNote />
      ) : (
        <SourceBadge source={tech.source} sourceRef={tech.sourceRef} />
      )}
      {tech.summary ? <p className="lead">{tech.summary}</p> : null}
      <TopicList topics={tech.topics} />
      <dl className="facts">
        {tech.origins.length > 0 ? (
          <>
            <dt>{t('tech.originatedAt')}</dt>
            <dd>
              <ActorLinks actors={tech.origins} />
            </dd>
          </>
        ) : null}
        {tech.companies.length > 0 ? (
          <>
            <dt>{t('tech.commercialisedBy')}</dt>
            <dd>
              <ActorLinks actors={tech.companies} />
            </dd>
          </>
        ) : null}
        {tech.supporters.length > 0 ? (
          <>
            <dt>{t('tech.supportedBy')}</dt>
            <dd>
              <ActorLinks actors={tech.supporters} />
            </dd>
          </>
        ) : null}
      </dl>
      <section aria-labelledby="history-h" className="section">
        <h2 id="history-h">{t('tech.history')}</h2>
        <p className="muted">{t('tech.trlScale')}</p>
        <TrlTimeline
          points={milestones.map((m) => ({
            at: m.at,
            trl: m.trl,
            label: enumLabel(t, 'stage', m.stage),
          }))}
          title={`${t('tech.trlChartTitle')}: ${tech.title}`}
          description={milestones
            .map((m) => `${fmt(m.at)}: ${enumLabel(t, 'stage', m.stage)}, TRL ${m.trl}`)
            .join('. ')}
          formatDate={fmt}
        />
        <ol className="timeline" aria-label={t('tech.trlTableCaption')}>
          {milestones.map((m) => (
            <li key={m.id}>
              <time dateTime={m.at}>{fmt(m.at)}</time>
              <span className="tag">{enumLabel(t, 'stage', m.stage)}</span>
              <strong>TRL {m.trl}</strong>
              {m.note ? <span>{m.note}</span> : null}
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}
