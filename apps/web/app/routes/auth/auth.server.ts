import { data, redirect } from 'react-router';
import { api, cookieHeaders } from '../../lib/api.server.ts';
import type { ApiArgs } from '../../lib/api.server.ts';
import { errorResult, MutationErrorFragment, toFormErrors } from '../../lib/form-errors.ts';
import type { FormErrors } from '../../lib/form-errors.ts';
import { graphql } from '../../lib/graphql.ts';
import type { Lang, Translate } from '../../lib/i18n/index.ts';
import { safeRedirect } from '../../lib/viewer.server.ts';

export interface AuthActionData {
  readonly errors: FormErrors;
  readonly values: { readonly email: string; readonly name?: string };
  /** Sign-up went ahead: a message is on its way (the same whether or not the address had an account). */
  readonly sent?: boolean;
}

const LogInMutation = graphql(
  `
    mutation LogIn($input: LogInInput!) {
      logIn(input: $input) {
        __typename
        ...MutationError
      }
    }
  `,
  [MutationErrorFragment],
);

const SignUpMutation = graphql(
  `
    mutation SignUp($input: SignUpInput!) {
      signUp(input: $input) {
        __typename
        ...MutationError
      }
    }
  `,
  [MutationErrorFragment],
);

function text(form: FormData, name: string): string {
  const v = form.get(name);
  return typeof v === 'string' ? v : '';
}

/** Local checks first (so an empty field gets its own message), then the API decides. */
function required(t: Translate, form: FormData, names: readonly string[]): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const n of names) if (text(form, n).trim() === '') fields[n] = t('common.required');
  return fields;
}

export async function logInAction(args: ApiArgs, t: Translate) {
  const form = await args.request.formData();
  const email = text(form, 'email');
  const values = { email };
  const missing = required(t, form, ['email', 'password']);
  if (Object.keys(missing).length > 0) {
    return data<AuthActionData>({ errors: { fields: missing }, values }, { status: 400 });
  }
  const { data: result, setCookies } = await api(args, LogInMutation, {
    input: { email, password: text(form, 'password') },
  });
  const failed = errorResult(result.logIn);
  if (failed) {
    const errors =
      failed.__typename === 'ValidationError' && failed.fields.length > 0
        ? toFormErrors(failed, ['email', 'password'])
        : {
            form: failed.__typename === 'RateLimitedError' ? failed.message : t('auth.failed'),
            fields: {},
          };
    return data<AuthActionData>({ errors, values }, { status: 400 });
  }
  return redirect(safeRedirect(form.get('redirectTo'), '/me'), {
    headers: cookieHeaders(setCookies),
  });
}

/** Signs up in the site's language (the mail is written in it); no session until the link. */
export async function signUpAction(args: ApiArgs, t: Translate, lang: Lang) {
  const language = lang === 'en' ? 'EN' : 'NB';
  const form = await args.request.formData();
  const email = text(form, 'email');
  const name = text(form, 'name');
  const values = { email, name };
  const missing = required(t, form, ['name', 'email', 'password']);
  if (Object.keys(missing).length > 0) {
    return data<AuthActionData>({ errors: { fields: missing }, values }, { status: 400 });
  }
  const { data: result } = await api(args, SignUpMutation, {
    input: { email, name, password: text(form, 'password'), language },
  });
  const failed = errorResult(result.signUp);
  if (failed) {
    return data<AuthActionData>(
      { errors: toFormErrors(failed, ['email', 'password', 'name']), values },
      { status: 400 },
    );
  }
  return data<AuthActionData>({ errors: { fields: {} }, values, sent: true });
}

const LogOutMutation = graphql(`
  mutation LogOut {
    logOut
  }
`);

export async function logOutAction(args: ApiArgs) {
  const { setCookies } = await api(args, LogOutMutation, {});
  return redirect('/', { headers: cookieHeaders(setCookies) });
}
