import { readFragment } from 'gql.tada';
import type { FragmentOf } from 'gql.tada';
import { Link } from 'react-router';
import { HelixTag } from '../../components/helix-tag.tsx';
import { SourceBadge, SyntheticNote } from '../../components/source-badge.tsx';
import { TopicList, TopicListFragment } from '../../components/topic-list.tsx';
import { graphql } from '../../lib/graphql.ts';
import { formatDate, formatNumber } from '../../lib/i18n/index.ts';
import { useLang, useT } from '../../lib/i18n/use-t.ts';
import { enumLabel } from '../../lib/labels.ts';

export const ActorProfileFragment = graphql(
  `
    fragment ActorProfile on Actor {
      kind
      helix
      name
      slug
      description
      website
      orgNumber
      employees
      foundedYear
      isTech
      stage
      source
      sourceRef
      viewerCanEdit
      municipality {
        name
      }
      topics {
        ...TopicList
      }
      memberships {
        status
        cluster {
          name
          slug
        }
      }
      partOf {
        name
        slug
      }
      parts {
        name
        slug
        kind
      }
      people {
        id
        name
        title
        listed
        source
      }
      technologies {
        slug
        title
        stage
        trl
        source
      }
      projects {
        role
        project {
          id
          title
          startYear
          endYear
          funder
          source
        }
      }
      opportunities {
        id
        kind
        title
        createdAt
        source
      }
    }
  `,
  [TopicListFragment],
);

/** An actor's profile: who it is, where it belongs, who works there and what it does. */
export function ActorProfile({ actor: data }: { actor: FragmentOf<typeof ActorProfileFragment> }) {
  const t = useT();
  const lang = useLang();
  const actor = readFragment(ActorProfileFragment, data);
  // A real actor's page may list invented people, projects, technologies and opportunities:
  // each carries its own badge, and the note explains the badge once.
  const synthetic = [
    actor,
    ...actor.people,
    ...actor.technologies,
    ...actor.projects.map((p) => p.project),
    ...actor.opportunities,
  ].some((row) => row.source === 'synthetic');
  const listedPeople = actor.people;
  return (
    <article aria-labelledby="actor-name">
      <div className="page-head">
        <div>
          <p className="card__meta">
            {enumLabel(t, 'kind', actor.kind)} · <HelixTag helix={actor.helix} />{' '}
            <SourceBadge source={actor.source} sourceRef={actor.sourceRef} />
          </p>
          <h1 id="actor-name">{actor.name}</h1>
        </div>
        <p>
          <Link className="button" to={`/partners?actor=${encodeURIComponent(actor.slug)}`}>
            {t('actor.findPartners', { name: actor.name })}
          </Link>
          {actor.viewerCanEdit ? (
            <>
              {' '}
              <Link
                className="button button--quiet"
                to={`/me?edit=${encodeURIComponent(actor.slug)}#edit-actor`}
              >
                {t('actor.edit')}
              </Link>
            </>
          ) : null}
        </p>
      </div>
      {synthetic ? <SyntheticNote /> : null}
      {actor.description ? <p className="lead">{actor.description}</p> : null}
      <TopicList topics={actor.topics} />
      <dl className="facts">
        {actor.partOf ? (
          <>
            <dt>{t('actor.partOf')}</dt>
            <dd>
              <Link to={`/actors/${actor.partOf.slug}`}>{actor.partOf.name}</Link>
            </dd>
          </>
        ) : null}
        {actor.municipality ? (
          <>
            <dt>{t('common.municipality')}</dt>
            <dd>{actor.municipality.name}</dd>
          </>
        ) : null}
        {actor.stage ? (
          <>
            <dt>{t('actor.stage')}</dt>
            <dd>{enumLabel(t, 'companyStage', actor.stage)}</dd>
          </>
        ) : null}
        {actor.employees !== null ? (
          <>
            <dt>{t('common.employees')}</dt>
            <dd>{formatNumber(lang, actor.employees)}</dd>
          </>
        ) : null}
        {actor.foundedYear !== null ? (
          <>
            <dt>{t('common.founded')}</dt>
            <dd>{actor.foundedYear}</dd>
          </>
        ) : null}
        {actor.orgNumber ? (
          <>
            <dt>{t('common.orgNumber')}</dt>
            <dd>{actor.orgNumber}</dd>
          </>
        ) : null}
        {actor.isTech ? (
          <>
            <dt>{t('actor.isTech')}</dt>
            <dd>{t('common.yes')}</dd>
          </>
        ) : null}
        {actor.website ? (
          <>
            <dt>{t('common.website')}</dt>
            <dd>
              <a href={actor.website} rel="noopener noreferrer">
                {actor.website.replace(/^https?:\/\//, '')}
              </a>
            </dd>
          </>
        ) : null}
      </dl>

      <div className="two-col">
        {actor.memberships.length > 0 ? (
          <section aria-labelledby="memberships-h">
            <h2 id="memberships-h">{t('actor.memberships')}</h2>
            <ul>
              {actor.memberships.map((m) => (
                <li key={m.cluster.slug}>
                  <Link to={`/clusters/${m.cluster.slug}`}>{m.cluster.name}</Link>{' '}
                  {m.status !== 'ACTIVE' ? (
                    <span className="tag">{enumLabel(t, 'membership', m.status)}</span>
                  ) : null}
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {actor.parts.length > 0 ? (
          <section aria-labelledby="parts-h">
            <h2 id="parts-h">{t('actor.parts')}</h2>
            <ul>
              {actor.parts.map((p) => (
                <li key={p.slug}>
                  <Link to={`/actors/${p.slug}`}>{p.name}</Link>{' '}
                  <span className="muted">({enumLabel(t, 'kind', p.kind)})</span>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {listedPeople.length > 0 ? (
          <section aria-labelledby="people-h">
            <h2 id="people-h">{t('common.people')}</h2>
            <ul>
              {listedPeople.map((p) => (
                <li key={p.id}>
                  <Link to={`/people/${encodeURIComponent(p.id)}`}>{p.name}</Link>
                  {p.title ? <span className="muted">, {p.title}</span> : null}
                  {!p.listed ? <span className="tag">{t('actor.unlisted')}</span> : null}{' '}
                  <SourceBadge source={p.source} />
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {actor.technologies.length > 0 ? (
          <section aria-labelledby="tech-h">
            <h2 id="tech-h">{t('actor.technologies')}</h2>
            <ul>
              {actor.technologies.map((x) => (
                <li key={x.slug}>
                  <Link to={`/technologies/${x.slug}`}>{x.title}</Link>{' '}
                  <span className="muted">
                    ({enumLabel(t, 'stage', x.stage)}, TRL {x.trl})
                  </span>{' '}
                  <SourceBadge source={x.source} />
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </div>

      {actor.projects.length > 0 ? (
        <section aria-labelledby="projects-h">
          <h2 id="projects-h">{t('common.projects')}</h2>
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('common.name')}</th>
                  <th scope="col">{t('actor.projectRole')}</th>
                  <th scope="col">{t('project.period')}</th>
                  <th scope="col">{t('project.funder')}</th>
                </tr>
              </thead>
              <tbody>
                {actor.projects.map((p) => (
                  <tr key={p.project.id}>
                    <td>
                      {p.project.title} <SourceBadge source={p.project.source} />
                    </td>
                    <td>{p.role}</td>
                    <td>{[p.project.startYear, p.project.endYear].filter(Boolean).join('–')}</td>
                    <td>{p.project.funder ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}

      {actor.opportunities.length > 0 ? (
        <section aria-labelledby="opps-h">
          <h2 id="opps-h">{t('actor.opportunities')}</h2>
          <ul className="card-list">
            {actor.opportunities.map((o) => (
              <li key={o.id} className="card">
                <p className="card__meta">
                  <span className={`tag tag--${o.kind.toLowerCase()}`}>
                    {enumLabel(t, 'oppKind', o.kind)}
                  </span>{' '}
                  <time dateTime={o.createdAt}>{formatDate(lang, o.createdAt)}</time>{' '}
                  <SourceBadge source={o.source} />
                </p>
                <h3 className="card__title">
                  <Link to={`/opportunities/${encodeURIComponent(o.id)}`}>{o.title}</Link>
                </h3>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
