import { Worker } from 'node:worker_threads';
import type { Base, BuildTable } from './base.ts';
import type { BuildRequest, BuildResponse, SnapshotMeta } from './build-protocol.ts';
import { IdTable } from './ids.ts';

type Pending = {
  resolve: (r: Extract<BuildResponse, { type: 'done' }>) => void;
  reject: (e: Error) => void;
};

/** The IdTable fields of a Base: a message or a snapshot brings them back as plain objects. */
const ID_TABLES = [
  'actors',
  'municipalities',
  'topics',
  'clusters',
  'projects',
  'people',
  'opportunities',
] as const satisfies readonly (keyof Base)[];

function revived(base: Base): Base {
  for (const field of ID_TABLES) Object.setPrototypeOf(base[field], IdTable.prototype);
  return base;
}

/** The server's side of one build worker (build-worker.ts). */
export class BuildWorkerClient {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private failure: Error | null = null;

  constructor(onProgress?: (table: BuildTable, rows: number) => void) {
    this.worker = new Worker(new URL('./build-worker.ts', import.meta.url));
    this.worker.on('message', (message: BuildResponse) => {
      if (message.type === 'progress') {
        onProgress?.(message.table, message.rows);
        return;
      }
      if (message.type === 'failed') {
        this.fail(new Error(`Projection build failed: ${message.message}`));
        return;
      }
      const pending = this.pending.get(message.id);
      this.pending.delete(message.id);
      pending?.resolve(message);
    });
    this.worker.on('error', (error) => this.fail(error));
    this.worker.on('exit', (code) => {
      if (this.pending.size > 0) this.fail(new Error(`Projection build worker exited (${code})`));
    });
  }

  /** Hands rows over without waiting. */
  rows(table: BuildTable, rows: Extract<BuildRequest, { type: 'rows' }>['rows']): void {
    this.worker.postMessage({ type: 'rows', table, rows } satisfies BuildRequest);
  }

  async file(
    table: BuildTable,
    path: string,
    columns: Extract<BuildRequest, { type: 'file' }>['columns'],
  ) {
    await this.request((id) => ({ type: 'file', id, table, path, columns }));
  }

  async finish(snapshot?: { path: string; meta: SnapshotMeta }): Promise<Base> {
    const done = await this.request((id) => ({
      type: 'finish',
      id,
      ...(snapshot ? { snapshot } : {}),
    }));
    return revived(done.base!);
  }

  async load(path: string): Promise<{ base: Base; meta: SnapshotMeta }> {
    const done = await this.request((id) => ({ type: 'load', id, path }));
    return { base: revived(done.base!), meta: done.meta! };
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }

  private request(make: (id: number) => BuildRequest) {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise<Extract<BuildResponse, { type: 'done' }>>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage(make(id));
    });
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const p of this.pending.values()) p.reject(error);
    this.pending.clear();
  }
}
