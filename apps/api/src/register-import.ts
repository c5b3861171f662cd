import { realpath, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import { uuidv7 } from '@kobling/domain';
import { GraphConstraintError, REGISTER_IMPORT_SLOT, recordRebuild } from '@kobling/graph';
import type { Graph, ImportJobRow } from '@kobling/graph';
import { GraphUnitWriter, importBrreg } from '@kobling/register-import';
import type { ImportProgress } from '@kobling/register-import';
import { ConflictError, validationError } from './errors.ts';

/*
 * Register imports started by an administrator. The file must already be on the server, under
 * KOBLING_IMPORT_DIR (an upload through GraphQL would be too big); the import runs in the
 * background of the API process that was asked, and writes its progress to an ImportJob node,
 * so any instance can report it (`registerImport(id)`) and a restart leaves a record. One
 * import at a time across instances: a RUNNING job holds the unique `runningSlot`. A job whose
 * process stopped (no heartbeat for STALE_AFTER_MS) is marked FAILED when the next one starts.
 * The server's store was seeded when it started, so the writer is given no municipality rows
 * to create (the seed's facts are not the API's): it links units to the stored ones.
 */

/** Progress is written at most this often; it also proves the job's process is alive. */
export const HEARTBEAT_MS = 1_000;
export const STALE_AFTER_MS = 30_000;
const LISTED = 50;

function progressFields(p: ImportProgress) {
  return {
    read: p.read,
    valid: p.valid,
    imported: p.imported,
    filteredOutOfRegion: p.filteredOutOfRegion,
    filteredInactive: p.filteredInactive,
    rejected: p.rejected,
    bytesRead: Math.round(p.bytesRead),
    totalBytes: p.totalBytes === undefined ? null : Math.round(p.totalBytes),
  };
}

const NOTHING_YET = {
  read: 0,
  valid: 0,
  imported: 0,
  filteredOutOfRegion: 0,
  filteredInactive: 0,
  rejected: 0,
  bytesRead: 0,
  totalBytes: null,
};

export class RegisterImports {
  private readonly graph: Graph;
  private readonly importDir: string | null;
  private readonly now: () => number;

  constructor(graph: Graph, importDir: string | null, now: () => number) {
    this.graph = graph;
    this.importDir = importDir;
    this.now = now;
  }

  /** The real path of a file inside the import folder; anything else is a ValidationError on `path`. */
  async resolveInside(path: string): Promise<string> {
    if (this.importDir === null)
      throw validationError(['path'], 'Imports are off: KOBLING_IMPORT_DIR is not set');
    const root = await realpath(this.importDir).catch(() => null);
    if (root === null) throw validationError(['path'], 'The import folder does not exist');
    const real = await realpath(resolve(root, path)).catch(() => null);
    const inside = real !== null && !relative(root, real).startsWith('..');
    if (real === null || !inside || isAbsolute(relative(root, real)))
      throw validationError(['path'], 'No such file in the import folder');
    if (!(await stat(real)).isFile())
      throw validationError(['path'], 'No such file in the import folder');
    return real;
  }

  async start(path: string, dryRun: boolean): Promise<ImportJobRow> {
    const file = await this.resolveInside(path);
    const now = this.now();
    const job: ImportJobRow = {
      id: uuidv7(now),
      path,
      dryRun,
      status: 'RUNNING',
      runningSlot: REGISTER_IMPORT_SLOT,
      startedAt: now,
      heartbeatAt: now,
      finishedAt: null,
      ...NOTHING_YET,
      created: null,
      updated: null,
      error: null,
    };
    const jobs = this.graph.importJobs;
    try {
      await this.graph.runner.write(async (tx) => {
        const running = await jobs.running(tx);
        if (running && now - running.heartbeatAt < STALE_AFTER_MS) {
          throw new ConflictError('path', 'An import is already running');
        }
        if (running) {
          await jobs.nodes.update(tx, running.id, {
            status: 'FAILED',
            runningSlot: null,
            finishedAt: now,
            error: 'Interrupted: the server running it stopped',
          });
          // Its process died before announcing what it had written (GraphUnitWriter.finish).
          if (!running.dryRun) await recordRebuild(tx, now);
        }
        await jobs.nodes.create(tx, job);
      });
    } catch (error) {
      // Another instance took the slot between our check and our write.
      if (error instanceof GraphConstraintError) {
        throw new ConflictError('path', 'An import is already running');
      }
      throw error;
    }
    void this.run(job, file);
    return job;
  }

  /** Runs the import, writing its progress (throttled) and its end to the job. */
  private async run(job: ImportJobRow, file: string): Promise<void> {
    const jobs = this.graph.importJobs;
    let lastWrite = 0;
    let writing: Promise<unknown> = Promise.resolve();
    const save = (patch: Partial<ImportJobRow>) => {
      writing = writing
        .then(() => this.graph.runner.write((tx) => jobs.nodes.update(tx, job.id, patch)))
        .catch((error: unknown) => console.warn('[kobling-api] import progress not saved', error));
      return writing;
    };
    let end: Partial<ImportJobRow>;
    try {
      const summary = await importBrreg({
        input: file,
        dryRun: job.dryRun,
        ...(job.dryRun ? {} : { writer: new GraphUnitWriter(this.graph, { now: this.now }) }),
        onProgress: (p) => {
          const now = this.now();
          if (now - lastWrite < HEARTBEAT_MS) return;
          lastWrite = now;
          void save({ ...progressFields(p), heartbeatAt: now });
        },
      });
      end = {
        ...progressFields(summary),
        status: 'DONE',
        created: summary.writes.created,
        updated: summary.writes.updated,
      };
    } catch (error) {
      end = { status: 'FAILED', error: error instanceof Error ? error.message : String(error) };
    }
    const now = this.now();
    await save({ ...end, runningSlot: null, finishedAt: now, heartbeatAt: now });
  }

  get(id: string): Promise<ImportJobRow | null> {
    return this.graph.importJobs.nodes.get(this.graph.runner, id);
  }

  /** Newest first. */
  list(): Promise<ImportJobRow[]> {
    return this.graph.runner.read((tx) => this.graph.importJobs.newest(tx, LISTED));
  }
}
