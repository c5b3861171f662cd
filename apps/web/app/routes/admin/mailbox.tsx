import type { Route } from './+types/mailbox';
import { formatDate } from '../../lib/i18n/index.ts';
import { useLang, useT } from '../../lib/i18n/use-t.ts';
import { keyMeta } from '../../lib/meta.ts';
import { loadMailbox } from './mailbox.server.ts';

export const meta: Route.MetaFunction = ({ matches }) => keyMeta(matches, 'mailbox.title');

export async function loader({ request, context }: Route.LoaderArgs) {
  return loadMailbox({ request, context });
}

export default function Mailbox({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const lang = useLang();
  const { mailStatus, mailQueue } = loaderData;
  return (
    <>
      <h1>{t('mailbox.title')}</h1>
      <p>{t('mailbox.lead')}</p>
      <p className="muted">
        {t('mailbox.transport', { transport: mailStatus.transport })} ·{' '}
        {mailStatus.counts.map((c) => `${c.status} ${c.count}`).join(' · ')}
      </p>
      {mailQueue.length === 0 ? <p className="muted">{t('mailbox.empty')}</p> : null}
      {mailQueue.map((mail) => (
        <article key={mail.id} className="section" aria-label={mail.rendered?.subject ?? mail.kind}>
          <h2>{mail.rendered?.subject ?? mail.kind}</h2>
          <p className="muted">
            {t('mailbox.to')}: {mail.to} · {t('mailbox.status')}: {mail.status} ·{' '}
            {formatDate(lang, mail.createdAt)}
            {mail.lastError ? ` · ${mail.lastError}` : ''}
          </p>
          {mail.rendered ? (
            <>
              <pre className="mail-text">{mail.rendered.text}</pre>
              <details>
                <summary>{t('mailbox.html')}</summary>
                <iframe
                  title={mail.rendered.subject}
                  sandbox=""
                  srcDoc={mail.rendered.html}
                  style={{ width: '100%', height: '32rem', border: '1px solid #ccc' }}
                />
              </details>
            </>
          ) : null}
        </article>
      ))}
    </>
  );
}
