import { z } from 'zod';
import { NODE_LABELS, OUTBOX_OPS } from '../enums.ts';
import type { NodeLabel, OutboxOp } from '../enums.ts';
import { parseOrThrow } from '../errors.ts';
import { countSchema, epochMsSchema } from '../fields.ts';
import { isUuidv7, uuidv7 } from '../ids.ts';

export const outboxEventSchema = z.object({
  id: z.string().refine(isUuidv7, { error: 'Outbox event id must be a UUIDv7' }),
  entity: z.enum(NODE_LABELS),
  entityId: z.string().min(1, { error: 'entityId must not be empty' }),
  op: z.enum(OUTBOX_OPS),
  createdAt: epochMsSchema('createdAt'),
  attempts: countSchema('Attempts'),
  nextAttemptAt: epochMsSchema('nextAttemptAt'),
  lastError: z.string().nullable(),
  /** 0 while pending. */
  doneAt: epochMsSchema('doneAt'),
});
export type OutboxEvent = z.infer<typeof outboxEventSchema>;

/** A pending event, due at once. The UUIDv7 id orders events by creation. */
export function newOutboxEvent(
  entity: NodeLabel,
  entityId: string,
  op: OutboxOp,
  now: number,
): OutboxEvent {
  return parseOrThrow(outboxEventSchema, {
    id: uuidv7(now),
    entity,
    entityId,
    op,
    createdAt: now,
    attempts: 0,
    nextAttemptAt: now,
    lastError: null,
    doneAt: 0,
  });
}
