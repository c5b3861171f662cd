import { z } from 'zod';
import { INTRODUCTION_STATUSES } from '../enums.ts';
import type { IntroductionStatus } from '../enums.ts';
import { parseOrThrow } from '../errors.ts';
import {
  epochMsSchema,
  expiryError,
  idSchema,
  jsonTextSchema,
  multilineTextSchema,
  scoreSchema,
} from '../fields.ts';
import { uuidv7 } from '../ids.ts';
import {
  AT_LEAST_ONE_FIELD,
  hasSomeField,
  opt,
  provenanceCreateShape,
  provenanceShape,
  timestampsShape,
} from './common.ts';

/** An unanswered request expires after this long unless the request says otherwise. */
export const INTRODUCTION_DEFAULT_TTL_MS = 30 * 24 * 60 * 60 * 1000;

/*
 * Double opt-in: a request is answered once (accepted, declined) or runs out (expired); an
 * accepted introduction is completed when its outcome is recorded. Other states are final.
 */
const NEXT_STATUSES: Readonly<Record<IntroductionStatus, readonly IntroductionStatus[]>> = {
  REQUESTED: ['ACCEPTED', 'DECLINED', 'EXPIRED'],
  ACCEPTED: ['COMPLETED'],
  DECLINED: [],
  EXPIRED: [],
  COMPLETED: [],
};

export function introductionTransitionError(
  from: IntroductionStatus,
  to: IntroductionStatus,
): string | null {
  if (NEXT_STATUSES[from].includes(to)) return null;
  const allowed = NEXT_STATUSES[from];
  return allowed.length === 0
    ? `An introduction that is ${from} cannot change status (asked for ${to})`
    : `An introduction that is ${from} can only become ${allowed.join(' or ')} (asked for ${to})`;
}

const f = {
  status: z.enum(INTRODUCTION_STATUSES),
  message: multilineTextSchema('Message', 0, 2000),
  explanation: jsonTextSchema('Explanation'),
  score: scoreSchema,
  requestedBy: idSchema,
  respondedAt: epochMsSchema('respondedAt'),
  expiresAt: epochMsSchema('expiresAt'),
  outcome: multilineTextSchema('Outcome', 1, 500),
  outcomeAt: epochMsSchema('outcomeAt'),
};

export const introductionSchema = z
  .object({
    id: idSchema,
    status: f.status,
    message: f.message.nullable(),
    explanation: f.explanation.nullable(),
    score: f.score.nullable(),
    requestedBy: f.requestedBy.nullable(),
    respondedAt: f.respondedAt.nullable(),
    expiresAt: f.expiresAt.nullable(),
    outcome: f.outcome.nullable(),
    outcomeAt: f.outcomeAt.nullable(),
    ...provenanceShape,
    ...timestampsShape,
  })
  .superRefine((i, ctx) => {
    const expiry = expiryError(i.createdAt, i.expiresAt);
    if (expiry !== null) ctx.addIssue({ code: 'custom', path: ['expiresAt'], message: expiry });
  });
export type Introduction = z.infer<typeof introductionSchema>;

/**
 * The request itself. The actors (REQUESTED, TO, VIA) and the opportunity (ABOUT) are
 * relationships, so the API takes their ids next to this input.
 */
export const introductionCreateInput = z.strictObject({
  id: idSchema.optional(),
  message: opt(f.message),
  explanation: opt(f.explanation),
  score: opt(f.score),
  requestedBy: opt(f.requestedBy),
  expiresAt: f.expiresAt.optional(),
  ...provenanceCreateShape,
});
export type IntroductionCreateInput = z.input<typeof introductionCreateInput>;
export type IntroductionCreate = z.output<typeof introductionCreateInput>;

/** Answering and recording the outcome; check the status change with introductionTransitionError. */
export const introductionUpdateInput = z
  .strictObject({
    status: f.status.optional(),
    respondedAt: f.respondedAt.nullable().optional(),
    outcome: f.outcome.nullable().optional(),
    outcomeAt: f.outcomeAt.nullable().optional(),
  })
  .refine(hasSomeField, { error: AT_LEAST_ONE_FIELD });
export type IntroductionUpdateInput = z.input<typeof introductionUpdateInput>;
export type IntroductionUpdate = z.output<typeof introductionUpdateInput>;

export function newIntroduction(input: IntroductionCreate, now: number): Introduction {
  const { id, expiresAt, ...rest } = input;
  return parseOrThrow(introductionSchema, {
    ...rest,
    id: id ?? uuidv7(now),
    status: 'REQUESTED',
    respondedAt: null,
    expiresAt: expiresAt ?? now + INTRODUCTION_DEFAULT_TTL_MS,
    outcome: null,
    outcomeAt: null,
    createdAt: now,
    updatedAt: now,
  });
}
