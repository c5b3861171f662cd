import { readFileSync, renameSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { parentPort } from 'node:worker_threads';
import { readCsvFile } from '@kobling/graph/export';
import { BaseBuilder } from './base.ts';
import type { Base, BuildTable } from './base.ts';
import type { BuildRequest, BuildResponse, SnapshotMeta } from './build-protocol.ts';

/*
 * The projection's build, off the server's thread: reads the exported rows (streamed batches or
 * whole CSV files), builds the Base, writes the snapshot and sends the Base back — its typed
 * arrays moved, not copied. Also loads a snapshot. One build per worker.
 */

const port = parentPort;
if (!port) throw new Error('build-worker.ts runs as a worker thread');

const builder = new BaseBuilder();
const counts = new Map<BuildTable, number>();

const reply = (message: BuildResponse, transfer: ArrayBuffer[] = []) =>
  port.postMessage(message, transfer);

const add = (table: BuildTable, rows: Parameters<BaseBuilder['add']>[1]) => {
  builder.add(table, rows);
  const total = (counts.get(table) ?? 0) + rows.length;
  counts.set(table, total);
  reply({ type: 'progress', table, rows: total });
};

/** The buffers of every typed array in the Base, moved to the receiver. */
function buffersOf(base: Base): ArrayBuffer[] {
  const out = new Set<ArrayBuffer>();
  const visit = (value: unknown) => {
    if (ArrayBuffer.isView(value)) out.add(value.buffer as ArrayBuffer);
    else if (
      value &&
      typeof value === 'object' &&
      !Array.isArray(value) &&
      !(value instanceof Map)
    ) {
      for (const inner of Object.values(value)) visit(inner);
    }
  };
  visit(base);
  return [...out];
}

function writeSnapshot(path: string, meta: SnapshotMeta, base: Base): void {
  mkdirSync(dirname(path), { recursive: true });
  // Written aside and renamed: a reader never sees half a snapshot.
  writeFileSync(`${path}.tmp`, serialize({ meta, base }));
  renameSync(`${path}.tmp`, path);
}

port.on('message', (message: BuildRequest) => {
  try {
    switch (message.type) {
      case 'rows':
        add(message.table, message.rows);
        return;
      case 'file':
        readCsvFile(message.path, message.columns, (rows) => add(message.table, rows));
        reply({ type: 'done', id: message.id });
        return;
      case 'finish': {
        const base = builder.finish();
        if (message.snapshot) writeSnapshot(message.snapshot.path, message.snapshot.meta, base);
        reply({ type: 'done', id: message.id, base }, buffersOf(base));
        return;
      }
      case 'load': {
        const { meta, base } = deserialize(readFileSync(message.path)) as {
          meta: SnapshotMeta;
          base: Base;
        };
        // Copied, not moved: the deserialised arrays sit on the file's buffer, which cannot move.
        reply({ type: 'done', id: message.id, base, meta });
        return;
      }
    }
  } catch (error) {
    const id = 'id' in message ? message.id : -1;
    reply({ type: 'failed', id, message: error instanceof Error ? error.message : String(error) });
  }
});
