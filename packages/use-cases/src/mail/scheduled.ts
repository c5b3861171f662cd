import type { Graph } from '@kobling/graph';
import type { UseCaseDeps } from '../deps.ts';
import { mailLanguage, notifyRepresentatives, queueMail } from './queue.ts';

/*
 * Mail that no request causes: reminders before an introduction expires, and the weekly digest.
 * Server jobs run them on a timer; each message has an idempotency key derived from what it is
 * about, so a job that runs again (or on two instances) queues nothing twice.
 */

const DAY_MS = 24 * 60 * 60 * 1000;
const WEEK_MS = 7 * DAY_MS;

/** Reminders go this long before an unanswered request expires. */
export const EXPIRY_REMINDER_MS = 2 * DAY_MS;

/**
 * Queues a reminder to the receiving side of each unanswered introduction that expires within
 * EXPIRY_REMINDER_MS of `now`; returns how many introductions were due one.
 */
export async function remindExpiringIntroductions(graph: Graph, now: number): Promise<number> {
  return graph.runner.write(async (tx) => {
    const due = await graph.introductions.expiringBetween(tx, now, now + EXPIRY_REMINDER_MS);
    for (const intro of due) {
      const [from, to] = await graph.actors.nodes.getMany(tx, [intro.requester, intro.receiver]);
      await notifyRepresentatives(
        tx,
        graph,
        now,
        intro.receiver,
        'INTRODUCTION_EXPIRING',
        {
          fromActor: from?.name ?? intro.requester,
          toActor: to?.name ?? intro.receiver,
          expiresAt: intro.expiresAt,
        },
        (r) => `introduction-expiring:${intro.id}:${r.userId}`,
      );
    }
    return due.length;
  });
}

/** Partner suggestions for an actor, as matchmaking ranks them (the API's service). */
export type DigestSuggestions = (
  actorId: string,
  limit: number,
) => Promise<readonly { readonly name: string; readonly slug: string }[]>;

export interface DigestDeps extends UseCaseDeps {
  readonly suggest: DigestSuggestions;
}

/** Weeks counted from Monday 5 January 1970 (UTC): one digest per reader and week. */
const weekOf = (now: number) => Math.floor((now - 4 * DAY_MS) / WEEK_MS);

/**
 * Queues this week's digest for every confirmed user who represents an actor and has not turned
 * it off: open public opportunities of the past week that share a topic with their actors, and
 * a few partner suggestions for each. A reader with nothing new gets no mail. Returns how many
 * digests were queued.
 */
export async function queueWeeklyDigests(deps: DigestDeps, now: number): Promise<number> {
  const { graph } = deps;
  const { runner } = graph;
  let queued = 0;
  let after = '';
  for (;;) {
    const readers = await graph.mail.digestRecipients(runner, after, 100);
    if (readers.length === 0) return queued;
    after = readers[readers.length - 1]!.userId;
    for (const reader of readers) {
      if ((reader.mailOptOut ?? []).includes('DIGEST')) continue;
      const [links] = await graph.accounts.represents.outgoing(runner, [reader.userId]);
      const actorIds = (links ?? []).filter((l) => l.status === 'APPROVED').map((l) => l.toKey);
      const actors = (await graph.actors.nodes.getMany(runner, actorIds)).filter((a) => a !== null);
      const opportunities = new Map<string, { title: string; kind: string; path: string }>();
      const suggestions: { forActor: string; actor: string; path: string }[] = [];
      for (const actor of actors.slice(0, 3)) {
        for (const o of await graph.mail.fittingOpportunities(runner, actor.id, now - WEEK_MS, 5)) {
          opportunities.set(o.id, { title: o.title, kind: o.kind, path: `/opportunities/${o.id}` });
        }
        for (const s of await deps.suggest(actor.id, 3)) {
          suggestions.push({ forActor: actor.name, actor: s.name, path: `/actors/${s.slug}` });
        }
      }
      if (opportunities.size === 0 && suggestions.length === 0) continue;
      const fresh = await runner.write((tx) =>
        queueMail(tx, graph, now, {
          id: `digest:${weekOf(now)}:${reader.userId}`,
          kind: 'WEEKLY_DIGEST',
          to: reader.email,
          userId: reader.userId,
          language: mailLanguage(reader.language),
          data: { opportunities: [...opportunities.values()].slice(0, 10), suggestions },
        }),
      );
      if (fresh) queued += 1;
    }
  }
}
