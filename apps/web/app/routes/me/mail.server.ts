import { api } from '../../lib/api.server.ts';
import type { ApiArgs } from '../../lib/api.server.ts';
import { errorResult, MutationErrorFragment, toFormErrors } from '../../lib/form-errors.ts';
import { graphql } from '../../lib/graphql.ts';
import type { Translate } from '../../lib/i18n/index.ts';
import { MAIL_TOPICS } from './mail-section.tsx';
import type { MailIntent } from './mail-section.tsx';
import { fail } from './action-result.server.ts';
import type { MeActionResult } from './action-result.server.ts';

/*
 * My page's mail section (issue 14): the language and kinds of mail a user gets, the
 * confirmation link sent again, and a new address confirmed at that address. The API owns the
 * rules (rate limits, the password check, the token); this is the form's adapter.
 */

const SetMailPreferencesMutation = graphql(
  `
    mutation SetMailPreferences($input: MailPreferencesInput!) {
      result: setMailPreferences(input: $input) {
        __typename
        ...MutationError
      }
    }
  `,
  [MutationErrorFragment],
);

const ResendVerificationMutation = graphql(
  `
    mutation ResendVerification {
      result: resendVerification {
        __typename
        ...MutationError
      }
    }
  `,
  [MutationErrorFragment],
);

const RequestEmailChangeMutation = graphql(
  `
    mutation RequestEmailChange($email: String!, $password: String!) {
      result: requestEmailChange(email: $email, password: $password) {
        __typename
        ...MutationError
      }
    }
  `,
  [MutationErrorFragment],
);

const done = (intent: MailIntent, message: string): MeActionResult => ({
  intent,
  ok: true,
  message,
  errors: { fields: {} },
});

export async function mailAction(args: ApiArgs, form: FormData, intent: MailIntent, t: Translate) {
  switch (intent) {
    case 'mail-preferences': {
      const language = form.get('language') === 'EN' ? 'EN' : 'NB';
      const optOut = MAIL_TOPICS.filter((topic) => form.get(`topic-${topic}`) !== 'on');
      const { data: answer } = await api(args, SetMailPreferencesMutation, {
        input: { language, optOut },
      });
      const error = errorResult(answer.result);
      if (error) return fail(intent, toFormErrors(error, ['language', 'optOut']));
      return done(intent, t('me.mailSaved'));
    }
    case 'mail-resend': {
      const { data: answer } = await api(args, ResendVerificationMutation, {});
      const error = errorResult(answer.result);
      if (error) return fail(intent, toFormErrors(error, []));
      return done(intent, t('me.mailResent'));
    }
    case 'mail-change': {
      const email = String(form.get('email') ?? '').trim();
      const password = String(form.get('password') ?? '');
      const { data: answer } = await api(args, RequestEmailChangeMutation, { email, password });
      const error = errorResult(answer.result);
      if (error) return fail(intent, toFormErrors(error, ['email', 'password']), { email });
      return done(intent, t('me.mailChangeSent'));
    }
  }
}
