import { Form, useNavigation } from 'react-router';
import type { Route } from './+types/unsubscribe';
import { FormAlert } from '../../components/field.tsx';
import { translatorFor } from '../../lib/i18n/index.ts';
import { useT } from '../../lib/i18n/use-t.ts';
import { langOf } from '../../lib/lang.server.ts';
import { keyMeta } from '../../lib/meta.ts';
import { unsubscribeAction } from './account.server.ts';

export const meta: Route.MetaFunction = ({ matches }) =>
  keyMeta(matches, 'account.unsubscribeTitle');

export async function action({ request, context }: Route.ActionArgs) {
  return unsubscribeAction({ request, context }, translatorFor(langOf(request)));
}

/** The link's page: one button; mail clients that support one-click POST here themselves. */
export default function UnsubscribePage({ actionData }: Route.ComponentProps) {
  const t = useT();
  const busy = useNavigation().state === 'submitting';
  return (
    <section className="narrow" aria-labelledby="unsubscribe-heading">
      <h1 id="unsubscribe-heading">{t('account.unsubscribeTitle')}</h1>
      {actionData?.ok ? (
        <FormAlert tone="ok" message={actionData.message} />
      ) : (
        <Form method="post" className="form">
          <FormAlert message={actionData?.errors?.form} />
          <p>{t('account.unsubscribeLead')}</p>
          <p>
            <button type="submit" disabled={busy}>
              {t('account.unsubscribeButton')}
            </button>
          </p>
        </Form>
      )}
    </section>
  );
}
