import { ACTOR_KINDS } from '@kobling/domain';
import { Form, Link, useNavigation } from 'react-router';
import type { Route } from './+types/route';
import { FormAlert, SelectField, TextArea, TextField } from '../../components/field.tsx';
import { HelixTag } from '../../components/helix-tag.tsx';
import { TopicPicker } from '../../components/topic-picker.tsx';
import { formatDate, translatorFor } from '../../lib/i18n/index.ts';
import { useLang, useT } from '../../lib/i18n/use-t.ts';
import { enumLabel } from '../../lib/labels.ts';
import { langOf } from '../../lib/lang.server.ts';
import { keyMeta } from '../../lib/meta.ts';
import { MAIL_INTENTS, MailSection } from './mail-section.tsx';
import { loadMyPage, myPageAction } from './me.server.ts';
import type { MeActionResult, MyIntroduction } from './me.server.ts';

export const meta: Route.MetaFunction = ({ matches }) => keyMeta(matches, 'me.title');

export async function loader({ request, context }: Route.LoaderArgs) {
  return loadMyPage({ request, context });
}

export async function action({ request, context }: Route.ActionArgs) {
  return myPageAction({ request, context }, translatorFor(langOf(request)));
}

/** The result of the last submit, when it came from the form with this intent. */
function resultFor(
  actionData: MeActionResult | undefined,
  ...intents: string[]
): MeActionResult | undefined {
  return actionData && intents.includes(actionData.intent) ? actionData : undefined;
}

function IntroductionRow({
  intro,
  incoming,
  result,
}: {
  intro: MyIntroduction;
  incoming: boolean;
  result: MeActionResult | undefined;
}) {
  const t = useT();
  const lang = useLang();
  const busy = useNavigation().formData?.get('introductionId') === intro.id;
  const failedHere =
    result && !result.ok && result.values?.introductionId === intro.id ? result : undefined;
  return (
    <li className="card">
      <p className="card__meta">
        <span className="tag">{enumLabel(t, 'introStatus', intro.status)}</span>{' '}
        <time dateTime={intro.createdAt}>{formatDate(lang, intro.createdAt)}</time>
        {intro.expiresAt && intro.status === 'REQUESTED' ? (
          <> · {t('me.introExpires', { date: formatDate(lang, intro.expiresAt) })}</>
        ) : null}
        {intro.score !== null ? <> · {t('me.score', { score: Math.round(intro.score) })}</> : null}
      </p>
      <p className="card__title">
        {intro.requester ? (
          <Link to={`/actors/${intro.requester.slug}`}>{intro.requester.name}</Link>
        ) : (
          '?'
        )}{' '}
        →{' '}
        {intro.receiver ? (
          <Link to={`/actors/${intro.receiver.slug}`}>{intro.receiver.name}</Link>
        ) : (
          '?'
        )}
        {intro.via ? (
          <span className="muted">
            {' '}
            ({t('me.introVia')} <Link to={`/actors/${intro.via.slug}`}>{intro.via.name}</Link>)
          </span>
        ) : null}
      </p>
      {intro.about ? (
        <p className="card__body">
          {t('me.introAbout')}:{' '}
          <Link to={`/opportunities/${encodeURIComponent(intro.about.id)}`}>
            {intro.about.title}
          </Link>
        </p>
      ) : null}
      {intro.message ? <blockquote className="quote">{intro.message}</blockquote> : null}
      <FormAlert message={failedHere?.errors.form} />
      {incoming && intro.status === 'REQUESTED' ? (
        <Form method="post" className="inline-actions">
          <input type="hidden" name="introductionId" value={intro.id} />
          <button type="submit" name="intent" value="accept" disabled={busy}>
            {t('me.accept')}
          </button>
          <button
            type="submit"
            name="intent"
            value="decline"
            className="button--quiet"
            disabled={busy}
          >
            {t('me.decline')}
          </button>
        </Form>
      ) : null}
    </li>
  );
}

export default function MyPage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const lang = useLang();
  const { user, editing, topics, incoming, outgoing } = loaderData;
  const claim = resultFor(actionData, 'claim');
  const create = resultFor(actionData, 'create');
  const update = resultFor(actionData, 'update');
  const topicsResult = resultFor(actionData, 'topics');
  const consent = resultFor(actionData, 'consent');
  const respond = resultFor(actionData, 'accept', 'decline');
  const deletion = resultFor(actionData, 'delete');
  const personResult = resultFor(actionData, 'person');
  const formError = (r: MeActionResult | undefined) =>
    r && !r.ok
      ? (r.errors.form ??
        (Object.keys(r.errors.fields).length > 0 ? t('common.formError') : undefined))
      : undefined;
  return (
    <>
      <h1>{t('me.title')}</h1>
      <p className="lead">
        {t('nav.signedInAs', { name: user.name })} ({user.email})
      </p>

      <section aria-labelledby="intros-h" className="section">
        <h2 id="intros-h">{t('me.introductions')}</h2>
        {respond?.ok ? <FormAlert tone="ok" message={respond.message} /> : null}
        <div className="two-col">
          <div>
            <h3>{t('me.incoming')}</h3>
            {incoming.length === 0 ? (
              <p className="muted">{t('me.noIntroductions')}</p>
            ) : (
              <ul className="card-list">
                {incoming.map((i) => (
                  <IntroductionRow key={i.id} intro={i} incoming result={respond} />
                ))}
              </ul>
            )}
          </div>
          <div>
            <h3>{t('me.outgoing')}</h3>
            {outgoing.length === 0 ? (
              <p className="muted">{t('me.noIntroductions')}</p>
            ) : (
              <ul className="card-list">
                {outgoing.map((i) => (
                  <IntroductionRow key={i.id} intro={i} incoming={false} result={respond} />
                ))}
              </ul>
            )}
          </div>
        </div>
      </section>

      <section aria-labelledby="actors-h" className="section">
        <h2 id="actors-h">{t('me.myActors')}</h2>
        {user.representations.length === 0 ? (
          <p className="muted">{t('me.noActors')}</p>
        ) : (
          <ul className="card-list">
            {user.representations.map((r) => (
              <li key={r.actor.id} className="card">
                <p className="card__meta">
                  {enumLabel(t, 'kind', r.actor.kind)} · <HelixTag helix={r.actor.helix} /> ·{' '}
                  <span className="tag">{enumLabel(t, 'me.repStatus', r.status)}</span>
                  {r.role ? <> · {r.role}</> : null}
                </p>
                <p className="card__title">
                  <Link to={`/actors/${r.actor.slug}`}>{r.actor.name}</Link>
                  {r.status === 'APPROVED' && editing?.id !== r.actor.id ? (
                    <>
                      {' '}
                      ·{' '}
                      <Link to={`/me?edit=${encodeURIComponent(r.actor.slug)}#edit-actor`}>
                        {t('actor.edit')}
                      </Link>
                    </>
                  ) : null}
                </p>
              </li>
            ))}
          </ul>
        )}
        {editing ? (
          <div id="edit-actor" className="two-col">
            <Form method="post" className="form" noValidate>
              <h3>{t('me.editActor', { name: editing.name })}</h3>
              {update?.ok ? (
                <FormAlert tone="ok" message={update.message} />
              ) : (
                <FormAlert message={formError(update)} />
              )}
              <input type="hidden" name="intent" value="update" />
              <input type="hidden" name="actorId" value={editing.id} />
              <TextField
                label={t('common.name')}
                name="name"
                required
                defaultValue={update?.values?.name ?? editing.name}
                error={update?.errors.fields.name}
              />
              <TextArea
                label={t('common.description')}
                name="description"
                rows={4}
                defaultValue={update?.values?.description ?? editing.description ?? ''}
                error={update?.errors.fields.description}
              />
              <TextField
                label={t('common.website')}
                name="website"
                type="url"
                defaultValue={update?.values?.website ?? editing.website ?? ''}
                error={update?.errors.fields.website}
              />
              <TextField
                label={t('common.employees')}
                name="employees"
                inputMode="numeric"
                defaultValue={update?.values?.employees ?? editing.employees?.toString() ?? ''}
                error={update?.errors.fields.employees}
              />
              <TextField
                label={t('common.founded')}
                name="foundedYear"
                inputMode="numeric"
                defaultValue={update?.values?.foundedYear ?? editing.foundedYear?.toString() ?? ''}
                error={update?.errors.fields.foundedYear}
              />
              <p>
                <button type="submit">{t('common.save')}</button>
              </p>
            </Form>
            <Form method="post" className="form" noValidate>
              <h3>{t('me.editTopics', { name: editing.name })}</h3>
              {topicsResult?.ok ? (
                <FormAlert tone="ok" message={topicsResult.message} />
              ) : (
                <FormAlert message={formError(topicsResult)} />
              )}
              <input type="hidden" name="intent" value="topics" />
              <input type="hidden" name="actorId" value={editing.id} />
              <TopicPicker
                topics={topics}
                name="topics"
                legend={t('common.topics')}
                selected={editing.topics.map((x) => x.topic.id)}
                error={topicsResult?.errors.fields.topics}
              />
              <p>
                <button type="submit">{t('common.save')}</button>
              </p>
            </Form>
          </div>
        ) : null}
        <div className="two-col">
          <Form method="post" className="form" noValidate aria-labelledby="claim-h">
            <h3 id="claim-h">{t('me.claim')}</h3>
            {claim?.ok ? (
              <FormAlert tone="ok" message={claim.message} />
            ) : (
              <FormAlert message={formError(claim)} />
            )}
            <input type="hidden" name="intent" value="claim" />
            <TextField
              label={t('me.claimActor')}
              name="actor"
              required
              defaultValue={claim?.values?.actor}
              error={claim?.errors.fields.actor}
            />
            <TextField
              label={t('me.claimRole')}
              name="role"
              defaultValue={claim?.values?.role}
              error={claim?.errors.fields.role}
            />
            <p>
              <button type="submit">{t('me.claimSubmit')}</button>
            </p>
          </Form>
          <Form method="post" className="form" noValidate aria-labelledby="create-h">
            <h3 id="create-h">{t('me.createActor')}</h3>
            {create?.ok ? (
              <FormAlert tone="ok" message={create.message} />
            ) : (
              <FormAlert message={formError(create)} />
            )}
            <input type="hidden" name="intent" value="create" />
            <SelectField
              label={t('common.kind')}
              name="kind"
              defaultValue={create?.values?.kind ?? 'COMPANY'}
              error={create?.errors.fields.kind}
              options={ACTOR_KINDS.map((k) => ({ value: k, label: enumLabel(t, 'kind', k) }))}
            />
            <TextField
              label={t('common.name')}
              name="name"
              required
              defaultValue={create?.values?.name}
              error={create?.errors.fields.name}
            />
            <TextArea
              label={t('common.description')}
              name="description"
              rows={3}
              defaultValue={create?.values?.description}
              error={create?.errors.fields.description}
            />
            <TextField
              label={t('common.website')}
              name="website"
              type="url"
              defaultValue={create?.values?.website}
              error={create?.errors.fields.website}
            />
            <TextField
              label={t('common.orgNumber')}
              name="orgNumber"
              inputMode="numeric"
              defaultValue={create?.values?.orgNumber}
              error={create?.errors.fields.orgNumber}
            />
            <p>
              <button type="submit">{t('me.createActorSubmit')}</button>
            </p>
          </Form>
        </div>
      </section>

      {user.managedClusters.length > 0 ? (
        <section aria-labelledby="managed-h" className="section">
          <h2 id="managed-h">{t('me.managedClusters')}</h2>
          <ul>
            {user.managedClusters.map((c) => (
              <li key={c.id}>
                <Link to={`/clusters/${c.slug}/manage`}>{t('manage.title', { name: c.name })}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="person-h" className="section">
        <h2 id="person-h">{t('me.person')}</h2>
        {user.person ? null : <p>{t('me.personLead')}</p>}
        <Form method="post" className="form" noValidate aria-labelledby="person-h">
          {personResult?.ok ? (
            <FormAlert tone="ok" message={personResult.message} />
          ) : (
            <FormAlert message={formError(personResult)} />
          )}
          <input type="hidden" name="intent" value="person" />
          <TextField
            label={t('common.name')}
            name="name"
            required
            autoComplete="name"
            defaultValue={personResult?.values?.name ?? user.person?.name ?? user.name}
            error={personResult?.errors.fields.name}
          />
          <TextField
            label={t('me.personTitle')}
            name="title"
            autoComplete="organization-title"
            defaultValue={personResult?.values?.title ?? user.person?.title ?? ''}
            error={personResult?.errors.fields.title}
          />
          <TextArea
            label={t('person.expertise')}
            name="expertise"
            rows={3}
            defaultValue={personResult?.values?.expertise ?? user.person?.expertise ?? ''}
            error={personResult?.errors.fields.expertise}
          />
          <p>
            <button type="submit">{user.person ? t('common.save') : t('me.personCreate')}</button>
          </p>
        </Form>
      </section>

      <section aria-labelledby="consent-h" className="section">
        <h2 id="consent-h">{t('me.consent')}</h2>
        {user.person ? (
          <Form method="post" className="form">
            {consent?.ok ? (
              <FormAlert tone="ok" message={consent.message} />
            ) : (
              <FormAlert message={formError(consent)} />
            )}
            <input type="hidden" name="intent" value="consent" />
            <input type="hidden" name="personId" value={user.person.id} />
            <label className="check">
              <input type="checkbox" name="listed" defaultChecked={user.person.listed} />
              {t('me.consentLabel')}
            </label>
            {user.person.consentAt ? (
              <p className="field__hint">{formatDate(lang, user.person.consentAt)}</p>
            ) : null}
            <p>
              <button type="submit">{t('common.save')}</button>
            </p>
          </Form>
        ) : (
          <p className="muted">{t('me.noPerson')}</p>
        )}
      </section>

      <MailSection
        user={user}
        result={resultFor(actionData, ...MAIL_INTENTS)}
        formError={formError}
      />

      <section aria-labelledby="data-h" className="section">
        <h2 id="data-h">{t('me.export')}</h2>
        <p>{t('me.exportLead')}</p>
        <p>
          <a className="button button--quiet" href="/me/export" download="kobling-my-data.json">
            {t('me.export')}
          </a>
        </p>
        <h2 id="delete-h">{t('me.delete')}</h2>
        <p>{t('me.deleteLead')}</p>
        <Form method="post" className="form" noValidate aria-labelledby="delete-h">
          <FormAlert message={formError(deletion)} />
          <input type="hidden" name="intent" value="delete" />
          <TextField
            label={t('auth.password')}
            name="password"
            type="password"
            autoComplete="current-password"
            required
            error={deletion?.errors.fields.password}
          />
          <label className="check">
            <input
              type="checkbox"
              name="confirm"
              required
              aria-invalid={deletion?.errors.fields.confirm ? true : undefined}
              aria-describedby={
                deletion?.errors.fields.confirm ? 'delete-confirm-error' : undefined
              }
            />
            {t('me.deleteConfirm')}
          </label>
          {deletion?.errors.fields.confirm ? (
            <p id="delete-confirm-error" className="field__error">
              {deletion.errors.fields.confirm}
            </p>
          ) : null}
          <p>
            <button type="submit" className="button--danger">
              {t('me.deleteSubmit')}
            </button>
          </p>
        </Form>
      </section>

      <p className="muted">
        {t('me.account')}: {t('admin.created')} {formatDate(lang, user.createdAt)}
      </p>
    </>
  );
}
