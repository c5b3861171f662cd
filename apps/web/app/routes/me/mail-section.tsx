import { Form } from 'react-router';
import { FormAlert, TextField } from '../../components/field.tsx';
import { useT } from '../../lib/i18n/use-t.ts';
import type { MessageKey } from '../../lib/i18n/index.ts';
import type { MeActionResult } from './me.server.ts';

/** The kinds of mail a user may switch off (the API's MailTopic). */
export const MAIL_TOPICS = ['INTRODUCTIONS', 'MEMBERSHIPS', 'CLAIMS', 'DIGEST'] as const;

/** The forms of the section, by their intent (me.server.ts hands them to mail.server.ts). */
export const MAIL_INTENTS = ['mail-preferences', 'mail-resend', 'mail-change'] as const;
export type MailIntent = (typeof MAIL_INTENTS)[number];

const TOPIC_LABELS: Record<(typeof MAIL_TOPICS)[number], MessageKey> = {
  INTRODUCTIONS: 'me.mailTopic.INTRODUCTIONS',
  MEMBERSHIPS: 'me.mailTopic.MEMBERSHIPS',
  CLAIMS: 'me.mailTopic.CLAIMS',
  DIGEST: 'me.mailTopic.DIGEST',
};

/** What mail the user gets and at which address: the target of every mail's footer link. */
export function MailSection({
  user,
  result,
  formError,
}: {
  user: {
    email: string;
    emailVerified: boolean;
    mailLanguage: 'NB' | 'EN';
    mailOptOut: readonly string[];
  };
  result: MeActionResult | undefined;
  formError: (r: MeActionResult | undefined) => string | undefined;
}) {
  const t = useT();
  const alert = (intent: string) =>
    result?.intent !== intent ? null : result.ok ? (
      <FormAlert tone="ok" message={result.message} />
    ) : (
      <FormAlert message={formError(result)} />
    );
  return (
    <section id="mail" aria-labelledby="mail-h" className="section">
      <h2 id="mail-h">{t('me.mail')}</h2>
      {user.emailVerified ? (
        <p>{t('me.mailVerified', { email: user.email })}</p>
      ) : (
        <Form method="post" className="form">
          {alert('mail-resend')}
          <p>{t('me.mailUnverified', { email: user.email })}</p>
          <input type="hidden" name="intent" value="mail-resend" />
          <p>
            <button type="submit">{t('me.mailResend')}</button>
          </p>
        </Form>
      )}
      <Form method="post" className="form">
        {alert('mail-preferences')}
        <input type="hidden" name="intent" value="mail-preferences" />
        <fieldset>
          <legend>{t('me.mailLanguage')}</legend>
          <label className="check">
            <input
              type="radio"
              name="language"
              value="NB"
              defaultChecked={user.mailLanguage === 'NB'}
            />
            Norsk bokmål
          </label>
          <label className="check">
            <input
              type="radio"
              name="language"
              value="EN"
              defaultChecked={user.mailLanguage === 'EN'}
            />
            English
          </label>
        </fieldset>
        <fieldset>
          <legend>{t('me.mailTopics')}</legend>
          {MAIL_TOPICS.map((topic) => (
            <label key={topic} className="check">
              <input
                type="checkbox"
                name={`topic-${topic}`}
                defaultChecked={!user.mailOptOut.includes(topic)}
              />
              {t(TOPIC_LABELS[topic])}
            </label>
          ))}
        </fieldset>
        <p>
          <button type="submit">{t('common.save')}</button>
        </p>
      </Form>
      <Form method="post" className="form">
        {alert('mail-change')}
        <input type="hidden" name="intent" value="mail-change" />
        <TextField
          label={t('me.mailNewAddress')}
          name="email"
          type="email"
          autoComplete="email"
          required
          defaultValue={result?.intent === 'mail-change' ? (result.values?.email ?? '') : ''}
          error={result?.intent === 'mail-change' ? result.errors.fields.email : undefined}
        />
        <TextField
          label={t('me.mailPassword')}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          error={result?.intent === 'mail-change' ? result.errors.fields.password : undefined}
        />
        <p>
          <button type="submit">{t('me.mailChange')}</button>
        </p>
      </Form>
    </section>
  );
}
