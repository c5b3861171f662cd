import { createHmac } from 'node:crypto';
import type { Graph } from '@kobling/graph';
import type { Config } from '@kobling/config';
import { MailWorker, mailboxTransport, smtpTransport } from '@kobling/mail';
import type { MailSite, MailTransport } from '@kobling/mail';
import type { LiveProjection } from '@kobling/projection';
import { queueWeeklyDigests, remindExpiringIntroductions } from '@kobling/use-cases';
import type { DigestSuggestions } from '@kobling/use-cases';
import { suggestPartners } from '../matchmaking/service.ts';

/** How the API sends mail: through `transport` (SMTP_URL), with links to `publicUrl`. */
export interface MailOptions {
  readonly transport: MailTransport;
  /** The site's public address (PUBLIC_URL), the start of every mailed link. */
  readonly publicUrl: string;
  /** How often the worker looks at the queue (ms). */
  readonly pollMs?: number;
}

/** The mail options of the configuration: SMTP_URL's relay, else the development mailbox. */
export function mailOptionsFrom(config: Pick<Config, 'mail' | 'server'>): MailOptions {
  const { smtpUrl, from, publicUrl } = config.mail;
  return {
    transport: smtpUrl === null ? mailboxTransport : smtpTransport(smtpUrl, from),
    publicUrl: publicUrl ?? `http://localhost:${config.server.port}`,
  };
}

/** The API's mail: the site its links point to (signed with a key of its own) and the worker. */
export interface ApiMail {
  readonly site: MailSite;
  readonly worker: MailWorker;
}

/**
 * The key that signs unsubscribe links, derived from the session secret so one configured
 * secret serves both, and a leaked link key gives no session forgery.
 */
function linkSecretFrom(sessionSecret: string): string {
  return createHmac('sha256', sessionSecret).update('kobling mail links').digest('hex');
}

/**
 * The mail of one API instance. Without options it keeps mail in the development mailbox with
 * links to localhost; its worker sends only once a server starts it (startMailJobs).
 */
export function createApiMail(
  graph: Graph,
  sessionSecret: string,
  now: () => number,
  options: MailOptions | undefined,
): ApiMail {
  const site: MailSite = {
    publicUrl: (options?.publicUrl ?? 'http://localhost:3000').replace(/\/+$/, ''),
    linkSecret: linkSecretFrom(sessionSecret),
  };
  const worker = new MailWorker(graph, {
    site,
    transport: options?.transport ?? mailboxTransport,
    now,
    pollMs: options?.pollMs ?? 250,
  });
  return { site, worker };
}

/** The digest's partner suggestions: matchmaking over the API's projection. */
export function digestSuggestions(projection: LiveProjection): DigestSuggestions {
  return async (actorId, limit) => {
    const version = await projection.fresh(60_000);
    return suggestPartners(version, { type: 'ACTOR', id: actorId }, {}, limit).map((s) => ({
      name: s.name,
      slug: version.actor(s.id)?.slug ?? s.id,
    }));
  };
}

const REMINDER_INTERVAL_MS = 10 * 60_000;
const DIGEST_INTERVAL_MS = 6 * 60 * 60_000;

/**
 * Starts sending (the worker polls the queue) and the mail no request causes: expiry reminders
 * every ten minutes, the weekly digest looked at every six hours (one per reader and week,
 * whichever run queues it). Returns a function that stops it all, after the send in flight.
 */
export function startMailJobs(
  graph: Graph,
  mail: ApiMail,
  projection: LiveProjection,
  options: { now?: () => number; onError?: (error: unknown) => void } = {},
): () => Promise<void> {
  const now = options.now ?? Date.now;
  const onError = options.onError ?? ((error) => console.warn('[kobling-api] mail job', error));
  mail.worker.start();
  const remind = () => remindExpiringIntroductions(graph, now()).catch(onError);
  const digest = () =>
    queueWeeklyDigests(
      {
        graph,
        now,
        suggest: async (actorId, limit) => {
          const version = await projection.fresh(60_000);
          return suggestPartners(version, { type: 'ACTOR', id: actorId }, {}, limit).map((s) => ({
            name: s.name,
            slug: version.actor(s.id)?.slug ?? s.id,
          }));
        },
      },
      now(),
    ).catch(onError);
  remind();
  const timers = [
    setInterval(remind, REMINDER_INTERVAL_MS),
    setInterval(digest, DIGEST_INTERVAL_MS),
  ];
  for (const timer of timers) timer.unref();
  return async () => {
    for (const timer of timers) clearInterval(timer);
    await mail.worker.stop();
  };
}
