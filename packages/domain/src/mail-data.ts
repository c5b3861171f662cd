import { z } from 'zod';
import type { MailKind, MailTopic } from './enums.ts';

/*
 * What each kind of mail carries from the event that queues it to the template that writes it
 * (MailMessage.data, JSON). The use cases build it, the mail worker parses it with the same
 * schema: the queue is an edge. Paths are the site's, without its address (the worker adds
 * PUBLIC_URL).
 */

const name = z.string().min(1).max(300);
const path = z.string().startsWith('/').max(500);
/** A mailed single-use token (account links); the queue keeps it only until it is sent. */
const token = z.string().min(20).max(200);

const actorPair = { fromActor: name, toActor: name };
const clusterAndActor = { actor: name, cluster: name, clusterPath: path };

export const mailDataSchemas = {
  VERIFY_EMAIL: z.object({ name, token }),
  SIGN_UP_EXISTING: z.object({}),
  RESET_PASSWORD: z.object({ name, token }),
  CHANGE_EMAIL: z.object({ name, token }),
  CHANGE_EMAIL_EXISTING: z.object({}),
  INTRODUCTION_REQUESTED: z.object({
    ...actorPair,
    message: z.string().max(5000).nullable(),
    expiresAt: z.number().int().nullable(),
  }),
  INTRODUCTION_ANSWERED: z.object({
    ...actorPair,
    accepted: z.boolean(),
    /** Who accepted, to write to: given only when the answer is yes (double opt-in). */
    contactName: name.nullable(),
    contactEmail: z.string().max(320).nullable(),
  }),
  INTRODUCTION_EXPIRING: z.object({ ...actorPair, expiresAt: z.number().int() }),
  MEMBERSHIP_REQUESTED: z.object(clusterAndActor),
  MEMBERSHIP_APPROVED: z.object(clusterAndActor),
  MEMBERSHIP_INVITED: z.object(clusterAndActor),
  CLAIM_APPROVED: z.object({ actor: name, actorPath: path }),
  WEEKLY_DIGEST: z.object({
    opportunities: z.array(z.object({ title: name, kind: z.string(), path })).max(20),
    suggestions: z.array(z.object({ forActor: name, actor: name, path })).max(20),
  }),
} satisfies Record<MailKind, z.ZodType>;

export type MailData<K extends MailKind> = z.infer<(typeof mailDataSchemas)[K]>;

/** The preference group a notification belongs to; null: account mail, always sent. */
export const MAIL_KIND_TOPIC: Readonly<Record<MailKind, MailTopic | null>> = {
  VERIFY_EMAIL: null,
  SIGN_UP_EXISTING: null,
  RESET_PASSWORD: null,
  CHANGE_EMAIL: null,
  CHANGE_EMAIL_EXISTING: null,
  INTRODUCTION_REQUESTED: 'INTRODUCTIONS',
  INTRODUCTION_ANSWERED: 'INTRODUCTIONS',
  INTRODUCTION_EXPIRING: 'INTRODUCTIONS',
  MEMBERSHIP_REQUESTED: 'MEMBERSHIPS',
  MEMBERSHIP_APPROVED: 'MEMBERSHIPS',
  MEMBERSHIP_INVITED: 'MEMBERSHIPS',
  CLAIM_APPROVED: 'CLAIMS',
  WEEKLY_DIGEST: 'DIGEST',
};
