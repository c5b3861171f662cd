import { Form, Link, useNavigation } from 'react-router';
import type { Route } from './+types/manage';
import { FormAlert, SelectField, TextField } from '../../components/field.tsx';
import { HelixTag } from '../../components/helix-tag.tsx';
import { SourceBadge } from '../../components/source-badge.tsx';
import { formatDate, translate, translatorFor } from '../../lib/i18n/index.ts';
import { useLang, useT } from '../../lib/i18n/use-t.ts';
import { enumLabel } from '../../lib/labels.ts';
import { langOf } from '../../lib/lang.server.ts';
import { metaLang, pageMeta } from '../../lib/meta.ts';
import { loadManage, manageAction } from './manage.server.ts';
import { NetworkAlerts } from './network-alerts.tsx';
import type { ManagedMember, ManageResult } from './manage.server.ts';

export async function loader({ request, context, params }: Route.LoaderArgs) {
  return loadManage({ request, context }, params.slug);
}

export async function action({ request, context }: Route.ActionArgs) {
  return manageAction({ request, context }, translatorFor(langOf(request)));
}

export const meta: Route.MetaFunction = ({ loaderData, matches }) => {
  const lang = metaLang(matches);
  return pageMeta(lang, translate(lang, 'manage.title', { name: loaderData?.cluster.name ?? '' }));
};

function MemberTable({
  members,
  clusterId,
  actions,
  caption,
  result,
}: {
  members: readonly ManagedMember[];
  clusterId: string;
  actions: readonly ('approve' | 'remove')[];
  caption: string;
  result: ManageResult | undefined;
}) {
  const t = useT();
  const lang = useLang();
  const navigation = useNavigation();
  if (members.length === 0) return <p className="muted">{t('manage.empty')}</p>;
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('common.name')}</th>
            <th scope="col">{t('common.helix')}</th>
            <th scope="col">{t('manage.since')}</th>
            <th scope="col">{t('common.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {members.map((m) => {
            const busy = navigation.formData?.get('actorId') === m.actor.id;
            const failed =
              result && !result.ok && result.actorId === m.actor.id
                ? result.errors.form
                : undefined;
            return (
              <tr key={m.actor.id}>
                <th scope="row">
                  <Link to={`/actors/${m.actor.slug}`}>{m.actor.name}</Link>{' '}
                  <SourceBadge source={m.actor.source} />
                  <div className="muted">
                    {enumLabel(t, 'kind', m.actor.kind)}
                    {m.role ? ` · ${enumLabel(t, 'manage.role', m.role)}` : ''}
                  </div>
                </th>
                <td>
                  <HelixTag helix={m.actor.helix} />
                </td>
                <td>
                  <time dateTime={m.since}>{formatDate(lang, m.since)}</time>
                </td>
                <td>
                  <Form method="post" className="inline-actions">
                    <input type="hidden" name="clusterId" value={clusterId} />
                    <input type="hidden" name="actorId" value={m.actor.id} />
                    <input type="hidden" name="actorName" value={m.actor.name} />
                    {actions.includes('approve') ? (
                      <button
                        type="submit"
                        name="intent"
                        value="approve"
                        className="button--small"
                        disabled={busy}
                        aria-label={`${t('manage.approve')}: ${m.actor.name}`}
                      >
                        {t('manage.approve')}
                      </button>
                    ) : null}
                    {actions.includes('remove') ? (
                      <button
                        type="submit"
                        name="intent"
                        value="remove"
                        className="button--small button--quiet"
                        disabled={busy}
                        aria-label={`${t('manage.remove')}: ${m.actor.name}`}
                      >
                        {t('manage.remove')}
                      </button>
                    ) : null}
                  </Form>
                  {failed ? <p className="field__error">{failed}</p> : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

export default function ManageCluster({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { cluster } = loaderData;
  const requests = cluster.members.filter((m) => m.status === 'REQUESTED');
  const invited = cluster.members.filter((m) => m.status === 'INVITED');
  const active = cluster.members.filter((m) => m.status === 'ACTIVE');
  const invite = actionData?.intent === 'invite' ? actionData : undefined;
  return (
    <>
      <p>
        <Link to={`/clusters/${cluster.slug}`}>← {t('manage.backToCluster')}</Link>
      </p>
      <h1>{t('manage.title', { name: cluster.name })}</h1>
      {actionData?.ok && actionData.intent !== 'invite' ? (
        <FormAlert tone="ok" message={actionData.message} />
      ) : null}
      <section aria-labelledby="requests-h" className="section">
        <h2 id="requests-h">
          {t('manage.requests')} ({requests.length})
        </h2>
        {requests.length === 0 ? (
          <p className="muted">{t('manage.noRequests')}</p>
        ) : (
          <MemberTable
            members={requests}
            clusterId={cluster.id}
            actions={['approve', 'remove']}
            caption={t('manage.requests')}
            result={actionData}
          />
        )}
      </section>
      <section aria-labelledby="alerts-h" className="section">
        <h2 id="alerts-h">{t('manage.alerts')}</h2>
        <p>{t('manage.alertsLead')}</p>
        <NetworkAlerts data={cluster.networkAlerts} />
      </section>
      <section aria-labelledby="invite-h" className="section">
        <h2 id="invite-h">{t('manage.invite')}</h2>
        <Form method="post" className="form" noValidate>
          {invite?.ok ? (
            <FormAlert tone="ok" message={invite.message} />
          ) : (
            <FormAlert message={invite?.errors.form} />
          )}
          <input type="hidden" name="intent" value="invite" />
          <input type="hidden" name="clusterId" value={cluster.id} />
          <TextField
            label={t('manage.inviteActor')}
            name="actor"
            required
            defaultValue={invite?.values?.actor}
            error={invite?.errors.fields.actor}
          />
          <SelectField
            label={t('manage.role')}
            name="role"
            defaultValue={invite?.values?.role ?? 'MEMBER'}
            options={['MEMBER', 'PARTNER', 'BOARD'].map((r) => ({
              value: r,
              label: enumLabel(t, 'manage.role', r),
            }))}
          />
          <p>
            <button type="submit">{t('manage.inviteSend')}</button>
          </p>
        </Form>
        <h3>
          {t('manage.invitations')} ({invited.length})
        </h3>
        <MemberTable
          members={invited}
          clusterId={cluster.id}
          actions={['remove']}
          caption={t('manage.invitations')}
          result={actionData}
        />
      </section>
      <section aria-labelledby="active-h" className="section">
        <h2 id="active-h">
          {t('manage.active')} ({active.length})
        </h2>
        <MemberTable
          members={active}
          clusterId={cluster.id}
          actions={['remove']}
          caption={t('manage.active')}
          result={actionData}
        />
      </section>
    </>
  );
}
