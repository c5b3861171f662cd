import { z } from 'zod';
import { IMPORT_JOB_STATUSES } from '../enums.ts';
import { epochMsSchema, idSchema } from '../fields.ts';

const count = z.number().int().min(0);

/** Import jobs are written by the API's importer, never from input: only the stored shape. */
export const importJobSchema = z.object({
  id: idSchema,
  path: z.string().min(1).max(1000),
  dryRun: z.boolean(),
  status: z.enum(IMPORT_JOB_STATUSES),
  runningSlot: z.string().nullable(),
  startedAt: epochMsSchema('startedAt'),
  heartbeatAt: epochMsSchema('heartbeatAt'),
  finishedAt: epochMsSchema('finishedAt').nullable(),
  read: count,
  valid: count,
  imported: count,
  filteredOutOfRegion: count,
  filteredInactive: count,
  rejected: count,
  bytesRead: count,
  totalBytes: count.nullable(),
  created: count.nullable(),
  updated: count.nullable(),
  error: z.string().nullable(),
});
export type ImportJob = z.infer<typeof importJobSchema>;
