import { Form, Link, useNavigation } from 'react-router';
import type { Route } from './+types/signup';
import { FormAlert, TextField } from '../../components/field.tsx';
import { translatorFor } from '../../lib/i18n/index.ts';
import { useT } from '../../lib/i18n/use-t.ts';
import { langOf } from '../../lib/lang.server.ts';
import { keyMeta } from '../../lib/meta.ts';
import { signUpAction } from './auth.server.ts';

export const meta: Route.MetaFunction = ({ matches }) => keyMeta(matches, 'auth.signupTitle');

export async function action({ request, context }: Route.ActionArgs) {
  const lang = langOf(request);
  return signUpAction({ request, context }, translatorFor(lang), lang);
}

export default function SignUp({ actionData }: Route.ComponentProps) {
  const t = useT();
  const busy = useNavigation().state === 'submitting';
  const errors = actionData?.errors;
  return (
    <section className="narrow" aria-labelledby="signup-heading">
      <h1 id="signup-heading">{t('auth.signupTitle')}</h1>
      {actionData?.sent ? <FormAlert tone="ok" message={t('auth.signupSent')} /> : null}
      <Form method="post" className="form" noValidate hidden={actionData?.sent === true}>
        <FormAlert
          message={
            errors?.form ??
            (errors && Object.keys(errors.fields).length > 0 ? t('common.formError') : undefined)
          }
        />
        <TextField
          label={t('auth.name')}
          name="name"
          autoComplete="name"
          required
          defaultValue={actionData?.values.name}
          error={errors?.fields.name}
        />
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
          autoComplete="new-password"
          required
          minLength={12}
          hint={t('auth.passwordHint')}
          error={errors?.fields.password}
        />
        <p>
          <button type="submit" disabled={busy}>
            {t('auth.signup')}
          </button>
        </p>
      </Form>
      <p>
        {t('auth.haveAccount')} <Link to="/login">{t('nav.login')}</Link>
      </p>
    </section>
  );
}
