import { data, redirect } from 'react-router';
import { api, cookieHeaders } from '../../lib/api.server.ts';
import type { ApiArgs } from '../../lib/api.server.ts';
import { errorResult, MutationErrorFragment, toFormErrors } from '../../lib/form-errors.ts';
import type { FormErrors } from '../../lib/form-errors.ts';
import { graphql } from '../../lib/graphql.ts';
import type { Translate } from '../../lib/i18n/index.ts';

/*
 * The pages a mailed link opens (confirm an address, reset a password, confirm an email change,
 * unsubscribe) and the request for a reset link. A link's page only shows a button: the token is
 * spent by the form's POST, so a mail scanner that fetches the link spends nothing.
 */

export interface AccountActionData {
  readonly ok: boolean;
  readonly message?: string;
  readonly errors?: FormErrors;
}

const VerifyEmail = graphql(
  `
    mutation VerifyEmail($token: String!) {
      result: verifyEmail(token: $token) {
        __typename
        ...MutationError
      }
    }
  `,
  [MutationErrorFragment],
);

const ResetPassword = graphql(
  `
    mutation ResetPassword($token: String!, $password: String!) {
      result: resetPassword(token: $token, password: $password) {
        __typename
        ...MutationError
      }
    }
  `,
  [MutationErrorFragment],
);

const RequestReset = graphql(
  `
    mutation RequestReset($email: String!) {
      result: requestPasswordReset(email: $email) {
        __typename
        ...MutationError
        ... on MutationRequestPasswordResetSuccess {
          data {
            message
          }
        }
      }
    }
  `,
  [MutationErrorFragment],
);

const ConfirmEmail = graphql(
  `
    mutation ConfirmEmail($token: String!) {
      result: confirmEmailChange(token: $token) {
        __typename
        ...MutationError
        ... on MutationConfirmEmailChangeSuccess {
          data {
            email
          }
        }
      }
    }
  `,
  [MutationErrorFragment],
);

const Unsubscribe = graphql(
  `
    mutation Unsubscribe($userId: String!, $topic: String!, $signature: String!) {
      result: unsubscribe(userId: $userId, topic: $topic, signature: $signature) {
        __typename
        ...MutationError
      }
    }
  `,
  [MutationErrorFragment],
);

function text(form: FormData | URLSearchParams, name: string): string {
  const v = form.get(name);
  return typeof v === 'string' ? v : '';
}

function failed(errors: FormErrors, status = 400) {
  return data<AccountActionData>({ ok: false, errors }, { status });
}

/** Confirms the address with the link's token and signs in: on to My page. */
export async function verifyEmailAction(args: ApiArgs) {
  const form = await args.request.formData();
  const { data: result, setCookies } = await api(args, VerifyEmail, { token: text(form, 'token') });
  const error = errorResult(result.result);
  if (error) return failed({ form: error.message, fields: {} });
  return redirect('/me', { headers: cookieHeaders(setCookies) });
}

/** Sets the new password with the link's token and signs in: on to My page. */
export async function resetPasswordAction(args: ApiArgs) {
  const form = await args.request.formData();
  const { data: result, setCookies } = await api(args, ResetPassword, {
    token: text(form, 'token'),
    password: text(form, 'password'),
  });
  const error = errorResult(result.result);
  if (error) return failed(toFormErrors(error, ['password']));
  return redirect('/me', { headers: cookieHeaders(setCookies) });
}

export async function requestResetAction(args: ApiArgs, t: Translate) {
  const form = await args.request.formData();
  const email = text(form, 'email');
  if (email.trim() === '') return failed({ fields: { email: t('common.required') } });
  const { data: result } = await api(args, RequestReset, { email });
  const error = errorResult(result.result);
  if (error) return failed(toFormErrors(error, ['email']));
  return data<AccountActionData>({ ok: true, message: t('account.mailOnItsWay') });
}

export async function confirmEmailAction(args: ApiArgs, t: Translate) {
  const form = await args.request.formData();
  const { data: result } = await api(args, ConfirmEmail, { token: text(form, 'token') });
  const error = errorResult(result.result);
  if (error) return failed({ form: error.message, fields: {} });
  return data<AccountActionData>({ ok: true, message: t('account.emailChanged') });
}

/**
 * Turns a group of notifications off: the page's button, or a mail client's one-click POST
 * (RFC 8058: the link's own address, with the body List-Unsubscribe=One-Click).
 */
export async function unsubscribeAction(args: ApiArgs, t: Translate) {
  const query = new URL(args.request.url).searchParams;
  const { data: result } = await api(args, Unsubscribe, {
    userId: text(query, 'u'),
    topic: text(query, 't'),
    signature: text(query, 's'),
  });
  const error = errorResult(result.result);
  if (error) return failed({ form: error.message, fields: {} });
  return data<AccountActionData>({ ok: true, message: t('account.unsubscribed') });
}
