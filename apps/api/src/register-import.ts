import { realpath, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import { uuidv7 } from '@kobling/domain';
import type { Graph } from '@kobling/graph';
import { GraphUnitWriter, importBrreg } from '@kobling/seeds';
import type { ImportProgress, ImportSummary } from '@kobling/seeds';
import { ConflictError, validationError } from './errors.ts';

/*
 * Register imports started by an administrator. The file must already be on the server, under
 * KOBLING_IMPORT_DIR (an upload through GraphQL would be too big); the import runs in the
 * background of this API process and its progress is read by polling `registerImport(id)`.
 * One import at a time; jobs live in memory, so a restart forgets finished ones.
 */

export type RegisterImportStatus = 'RUNNING' | 'DONE' | 'FAILED';

export interface RegisterImportJob {
  readonly id: string;
  readonly path: string;
  readonly dryRun: boolean;
  readonly startedAt: number;
  status: RegisterImportStatus;
  finishedAt: number | null;
  progress: ImportProgress;
  summary: ImportSummary | null;
  error: string | null;
  /** Settles when the job has finished (tests wait on it). */
  done: Promise<void>;
}

const EMPTY: ImportProgress = {
  read: 0,
  valid: 0,
  imported: 0,
  filteredOutOfRegion: 0,
  filteredInactive: 0,
  rejected: 0,
  ratePerSec: 0,
  bytesRead: 0,
};

export class RegisterImports {
  private readonly graph: Graph;
  private readonly importDir: string | null;
  private readonly now: () => number;
  private readonly jobs = new Map<string, RegisterImportJob>();

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

  async start(path: string, dryRun: boolean): Promise<RegisterImportJob> {
    const file = await this.resolveInside(path);
    if ([...this.jobs.values()].some((j) => j.status === 'RUNNING'))
      throw new ConflictError('path', 'An import is already running');
    const now = this.now();
    const job: RegisterImportJob = {
      id: uuidv7(now),
      path,
      dryRun,
      startedAt: now,
      status: 'RUNNING',
      finishedAt: null,
      progress: EMPTY,
      summary: null,
      error: null,
      done: Promise.resolve(),
    };
    this.jobs.set(job.id, job);
    job.done = importBrreg({
      input: file,
      dryRun,
      ...(dryRun ? {} : { writer: new GraphUnitWriter(this.graph, { now: this.now }) }),
      onProgress: (p) => {
        job.progress = p;
      },
    }).then(
      (summary) => {
        job.summary = summary;
        job.progress = summary;
        job.status = 'DONE';
        job.finishedAt = this.now();
      },
      (error: unknown) => {
        job.error = error instanceof Error ? error.message : String(error);
        job.status = 'FAILED';
        job.finishedAt = this.now();
      },
    );
    return job;
  }

  get(id: string): RegisterImportJob | null {
    return this.jobs.get(id) ?? null;
  }

  /** Newest first. */
  list(): RegisterImportJob[] {
    return [...this.jobs.values()].sort((a, b) => b.startedAt - a.startedAt);
  }
}
