import { Form, useNavigation } from 'react-router';
import type { Route } from './+types/forgot-password';
import { FormAlert, TextField } from '../../components/field.tsx';
import { translatorFor } from '../../lib/i18n/index.ts';
import { useT } from '../../lib/i18n/use-t.ts';
import { langOf } from '../../lib/lang.server.ts';
import { keyMeta } from '../../lib/meta.ts';
import { requestResetAction } from './account.server.ts';

export const meta: Route.MetaFunction = ({ matches }) => keyMeta(matches, 'account.forgotTitle');

export async function action({ request, context }: Route.ActionArgs) {
  return requestResetAction({ request, context }, translatorFor(langOf(request)));
}

export default function ForgotPassword({ actionData }: Route.ComponentProps) {
  const t = useT();
  const busy = useNavigation().state === 'submitting';
  return (
    <section className="narrow" aria-labelledby="forgot-heading">
      <h1 id="forgot-heading">{t('account.forgotTitle')}</h1>
      {actionData?.ok ? (
        <FormAlert tone="ok" message={actionData.message} />
      ) : (
        <Form method="post" className="form" noValidate>
          <FormAlert message={actionData?.errors?.form} />
          <p>{t('account.forgotLead')}</p>
          <TextField
            label={t('auth.email')}
            name="email"
            type="email"
            autoComplete="email"
            required
            error={actionData?.errors?.fields.email}
          />
          <p>
            <button type="submit" disabled={busy}>
              {t('account.forgotButton')}
            </button>
          </p>
        </Form>
      )}
    </section>
  );
}
