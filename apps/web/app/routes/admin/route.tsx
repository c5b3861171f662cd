import { useEffect } from 'react';
import { Form, Link, useNavigation, useRevalidator } from 'react-router';
import type { Route } from './+types/route';
import { FormAlert, SelectField, TextField } from '../../components/field.tsx';
import { formatDate, translatorFor } from '../../lib/i18n/index.ts';
import { useLang, useT } from '../../lib/i18n/use-t.ts';
import { langOf } from '../../lib/lang.server.ts';
import { keyMeta } from '../../lib/meta.ts';
import { adminAction, loadAdmin } from './admin.server.ts';

export const meta: Route.MetaFunction = ({ matches }) => keyMeta(matches, 'admin.title');

export async function loader({ request, context }: Route.LoaderArgs) {
  return loadAdmin({ request, context });
}

export async function action({ request, context }: Route.ActionArgs) {
  return adminAction({ request, context }, translatorFor(langOf(request)));
}

const IMPORT_STATUS = {
  RUNNING: 'admin.importRunning',
  DONE: 'admin.importDone',
  FAILED: 'admin.importFailed',
} as const;

export default function Admin({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const lang = useLang();
  const { claims, clusters, search, users, imports } = loaderData;
  const importResult = actionData?.intent === 'import' ? actionData : undefined;
  const importing = imports.some((i) => i.status === 'RUNNING');
  const revalidator = useRevalidator();
  // With JavaScript, progress refreshes itself while an import runs; without, the link does.
  useEffect(() => {
    if (!importing) return;
    const timer = setInterval(() => {
      if (revalidator.state === 'idle') void revalidator.revalidate();
    }, 2000);
    return () => clearInterval(timer);
  }, [importing, revalidator]);
  const busy = useNavigation().formData?.get('intent');
  const reindex = actionData?.intent === 'reindex' ? actionData : undefined;
  const approve = actionData?.intent === 'approve' ? actionData : undefined;
  const assign = actionData?.intent === 'assign' ? actionData : undefined;
  return (
    <>
      <h1>{t('admin.title')}</h1>
      <p>
        <Link to="/admin/mailbox">{t('mailbox.title')}</Link>
      </p>
      <section aria-labelledby="claims-h" className="section">
        <h2 id="claims-h">
          {t('admin.claims')} ({claims.length})
        </h2>
        {approve?.ok ? (
          <FormAlert tone="ok" message={approve.message} />
        ) : (
          <FormAlert message={approve?.errors.form} />
        )}
        {claims.length === 0 ? (
          <p className="muted">{t('admin.noClaims')}</p>
        ) : (
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">{t('admin.claims')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('admin.claimUser')}</th>
                  <th scope="col">{t('admin.claimActor')}</th>
                  <th scope="col">{t('admin.claimRole')}</th>
                  <th scope="col">{t('common.date')}</th>
                  <th scope="col">{t('common.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {claims.map((c) => (
                  <tr key={`${c.user?.id}:${c.actor.id}`}>
                    <td>
                      {c.user ? (
                        <>
                          {c.user.name} <span className="muted">({c.user.email})</span>
                        </>
                      ) : (
                        '?'
                      )}
                    </td>
                    <td>
                      <Link to={`/actors/${c.actor.slug}`}>{c.actor.name}</Link>
                    </td>
                    <td>{c.role ?? ''}</td>
                    <td>
                      <time dateTime={c.since}>{formatDate(lang, c.since)}</time>
                    </td>
                    <td>
                      {c.user ? (
                        <Form method="post">
                          <input type="hidden" name="intent" value="approve" />
                          <input type="hidden" name="userId" value={c.user.id} />
                          <input type="hidden" name="actorId" value={c.actor.id} />
                          <button
                            type="submit"
                            className="button--small"
                            aria-label={`${t('admin.approve')}: ${c.user.name} – ${c.actor.name}`}
                          >
                            {t('admin.approve')}
                          </button>
                        </Form>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="assign-h" className="section">
        <h2 id="assign-h">{t('admin.assignManager')}</h2>
        <Form method="post" className="form" noValidate>
          {assign?.ok ? (
            <FormAlert tone="ok" message={assign.message} />
          ) : (
            <FormAlert message={assign?.errors.form} />
          )}
          <input type="hidden" name="intent" value="assign" />
          <TextField
            label={t('admin.userId')}
            name="userId"
            required
            defaultValue={assign?.values?.userId}
            error={assign?.errors.fields.userId}
          />
          <SelectField
            label={t('admin.cluster')}
            name="clusterId"
            defaultValue={assign?.values?.clusterId}
            error={assign?.errors.fields.clusterId}
            options={clusters.map((c) => ({ value: c.id, label: c.name }))}
          />
          <p>
            <button type="submit">{t('admin.assignManager')}</button>
          </p>
        </Form>
      </section>

      <section aria-labelledby="users-h" className="section">
        <h2 id="users-h">{t('admin.users')}</h2>
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{t('admin.users')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('common.name')}</th>
                <th scope="col">{t('auth.email')}</th>
                <th scope="col">{t('admin.isAdmin')}</th>
                <th scope="col">{t('admin.created')}</th>
                <th scope="col">{t('admin.userId')}</th>
              </tr>
            </thead>
            <tbody>
              {users.users.map((u) => (
                <tr key={u.id}>
                  <td>{u.name}</td>
                  <td>
                    <a href={`mailto:${u.email}`}>{u.email}</a>
                  </td>
                  <td>{u.isAdmin ? t('common.yes') : ''}</td>
                  <td>
                    <time dateTime={u.createdAt}>{formatDate(lang, u.createdAt)}</time>
                  </td>
                  <td>
                    <code>{u.id}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {users.next ? (
          <p>
            <Link to={`?usersAfter=${encodeURIComponent(users.next)}#users-h`}>
              {t('admin.usersNext')}
            </Link>
          </p>
        ) : null}
      </section>

      <section aria-labelledby="import-h" className="section">
        <h2 id="import-h">{t('admin.import')}</h2>
        <p>{t('admin.importLead')}</p>
        <Form method="post" className="form" noValidate aria-labelledby="import-h">
          <FormAlert
            message={importResult && !importResult.ok ? importResult.errors.form : undefined}
          />
          <input type="hidden" name="intent" value="import" />
          <TextField
            label={t('admin.importFile')}
            hint={t('admin.importFileHint')}
            name="path"
            required
            defaultValue={importResult?.values?.path}
            error={importResult?.errors.fields.path}
          />
          <label className="check">
            <input
              type="checkbox"
              name="dryRun"
              defaultChecked={importResult?.values?.dryRun === 'on'}
            />
            {t('admin.importDryRun')}
          </label>
          <p>
            <button type="submit" disabled={busy === 'import' || importing}>
              {t('admin.importStart')}
            </button>
          </p>
        </Form>
        {imports.length > 0 ? (
          <div className="table-wrap">
            <table className="table">
              <caption>{t('admin.importProgress')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('admin.importFile')}</th>
                  <th scope="col">{t('admin.importStatus')}</th>
                  <th scope="col">{t('admin.importRead')}</th>
                  <th scope="col">{t('admin.importImported')}</th>
                  <th scope="col">{t('admin.importRejected')}</th>
                  <th scope="col">{t('admin.importFiltered')}</th>
                  <th scope="col">{t('common.date')}</th>
                </tr>
              </thead>
              <tbody>
                {imports.map((i) => (
                  <tr key={i.id}>
                    <td>
                      <code>{i.path}</code>
                      {i.dryRun ? <> ({t('admin.importDryRun')})</> : null}
                    </td>
                    <td>
                      {t(IMPORT_STATUS[i.status])}
                      {i.status === 'RUNNING' && i.totalBytes ? (
                        <>
                          {' '}
                          <progress value={i.bytesRead} max={i.totalBytes}>
                            {Math.round((100 * i.bytesRead) / i.totalBytes)} %
                          </progress>
                        </>
                      ) : null}
                      {i.error ? <p className="field__error">{i.error}</p> : null}
                    </td>
                    <td>{i.read}</td>
                    <td>
                      {i.imported}
                      {i.created !== null ? (
                        <>
                          {' '}
                          (
                          {t('admin.importWrites', {
                            created: i.created,
                            updated: i.updated ?? 0,
                          })}
                          )
                        </>
                      ) : null}
                    </td>
                    <td>{i.rejected}</td>
                    <td>{i.filteredOutOfRegion + i.filteredInactive}</td>
                    <td>
                      <time dateTime={i.startedAt}>{formatDate(lang, i.startedAt)}</time>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
        {importing ? (
          <p>
            <Link to="/admin#import-h">{t('admin.importRefresh')}</Link>
          </p>
        ) : null}
      </section>

      <section aria-labelledby="reindex-h" className="section">
        <h2 id="reindex-h">{t('admin.reindex')}</h2>
        <dl className="facts">
          <dt>{t('admin.searchEngine')}</dt>
          <dd>{search.engine}</dd>
          <dt>{t('admin.searchDocuments')}</dt>
          <dd>{search.documents ?? '–'}</dd>
          <dt>{t('admin.searchPending')}</dt>
          <dd>{search.pending}</dd>
          {search.lastSuccessAt ? (
            <>
              <dt>{t('admin.searchLastSuccess')}</dt>
              <dd>
                <time dateTime={search.lastSuccessAt}>
                  {formatDate(lang, search.lastSuccessAt)}
                </time>
              </dd>
            </>
          ) : null}
          {search.lastError ? (
            <>
              <dt>{t('admin.searchLastError')}</dt>
              <dd>{search.lastError}</dd>
            </>
          ) : null}
        </dl>
        <Form method="post" className="form">
          {reindex?.ok ? (
            <FormAlert tone="ok" message={reindex.message} />
          ) : (
            <FormAlert message={reindex?.errors.form} />
          )}
          <input type="hidden" name="intent" value="reindex" />
          <p>
            <button type="submit" disabled={busy === 'reindex'}>
              {t('admin.reindexStart')}
            </button>
          </p>
        </Form>
      </section>
    </>
  );
}
