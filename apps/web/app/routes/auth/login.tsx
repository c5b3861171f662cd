import { Form, Link, useNavigation, useSearchParams } from 'react-router';
import type { Route } from './+types/login';
import { FormAlert, TextField } from '../../components/field.tsx';
import { translatorFor } from '../../lib/i18n/index.ts';
import { useT } from '../../lib/i18n/use-t.ts';
import { langOf } from '../../lib/lang.server.ts';
import { keyMeta } from '../../lib/meta.ts';
import { logInAction } from './auth.server.ts';

export const meta: Route.MetaFunction = ({ matches }) => keyMeta(matches, 'auth.loginTitle');

export async function action({ request, context }: Route.ActionArgs) {
  return logInAction({ request, context }, translatorFor(langOf(request)));
}

export default function LogIn({ actionData }: Route.ComponentProps) {
  const t = useT();
  const [params] = useSearchParams();
  const busy = useNavigation().state === 'submitting';
  const errors = actionData?.errors;
  return (
    <section className="narrow" aria-labelledby="login-heading">
      <h1 id="login-heading">{t('auth.loginTitle')}</h1>
      <Form method="post" className="form" noValidate>
        <FormAlert
          message={
            errors?.form ??
            (errors && Object.keys(errors.fields).length > 0 ? t('common.formError') : undefined)
          }
        />
        <input type="hidden" name="redirectTo" value={params.get('redirectTo') ?? '/me'} />
        <TextField
          label={t('auth.email')}
          name="email"
          type="email"
          autoComplete="email"
          required
          defaultValue={actionData?.values.email}
          error={errors?.fields.email}
        />
        <TextField
          label={t('auth.password')}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          error={errors?.fields.password}
        />
        <p>
          <button type="submit" disabled={busy}>
            {t('auth.login')}
          </button>
        </p>
      </Form>
      <p>
        <Link to="/forgot-password">{t('auth.forgot')}</Link>
      </p>
      <p>
        {t('auth.noAccount')} <Link to="/signup">{t('nav.signup')}</Link>
      </p>
    </section>
  );
}
