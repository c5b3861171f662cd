import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CypherRunner } from '../runner.ts';
import { csvField, hasNewline } from './csv.ts';
import type { BulkChunk, BulkLoadOptions, BulkLoadResult, BulkSource } from './rows.ts';
import {
  checkNodeRow,
  checkRelationshipRow,
  nodeTable,
  relationshipTable,
  type NodeTable,
  type RelationshipTable,
} from './tables.ts';
import { ProgressMeter } from './progress.ts';
import { statementPath } from './statement-path.ts';

interface StagedFile {
  readonly path: string;
  readonly fd: number;
  rows: number;
  /** Some string holds a newline: the file needs COPY's sequential reader. */
  newlines: boolean;
}

function nodeCopyStatement(table: NodeTable, file: StagedFile): string {
  const columns = table.columns.map(([name]) => name).join(', ');
  const parallel = file.newlines ? ', PARALLEL=FALSE' : '';
  return `COPY ${table.name}(${columns}) FROM '${statementPath(file.path)}' (HEADER=TRUE${parallel})`;
}

function relationshipCopyStatement(table: RelationshipTable, file: StagedFile): string {
  // The first two columns are the endpoint keys; a rel table joining several label pairs
  // needs from/to to know which pair a file holds (harmless for a single pair).
  const parallel = file.newlines ? ', PARALLEL=FALSE' : '';
  return (
    `COPY ${table.decl.type} FROM '${statementPath(file.path)}' ` +
    `(from='${table.from.label}', to='${table.to.label}', HEADER=TRUE${parallel})`
  );
}

/**
 * LadybugDB bulk load: stream every chunk into one CSV file per label / relationship pair, then
 * COPY the node files and the relationship files. COPY appends (LadybugDB 0.19.1 accepts COPY
 * into non-empty node and rel tables), but a key that already exists fails the whole COPY and
 * relationships are never de-duplicated — bulk loading is for empty stores.
 */
export async function copyIntoLadybug(
  runner: CypherRunner,
  source: BulkSource,
  options: BulkLoadOptions,
): Promise<BulkLoadResult> {
  const started = performance.now();
  const dir = options.tempDir ?? mkdtempSync(join(tmpdir(), 'kobling-bulk-'));
  const nodeFiles = new Map<string, { table: NodeTable; file: StagedFile }>();
  const relFiles = new Map<string, { table: RelationshipTable; file: StagedFile }>();
  const stageMeter = new ProgressMeter('stage', options.onProgress);
  let index = 0;
  const open = (header: string): StagedFile => {
    index += 1;
    const path = join(dir, `${String(index).padStart(3, '0')}.csv`);
    const fd = openSync(path, 'w');
    writeSync(fd, `${header}\n`);
    return { path, fd, rows: 0, newlines: false };
  };
  try {
    try {
      for await (const chunk of source as AsyncIterable<BulkChunk>) {
        if (chunk.kind === 'node') {
          let entry = nodeFiles.get(chunk.label);
          if (!entry) {
            const table = nodeTable(chunk.label);
            entry = { table, file: open(table.columns.map(([n]) => n).join(',')) };
            nodeFiles.set(chunk.label, entry);
          }
          const { table, file } = entry;
          let text = '';
          for (const row of chunk.rows) {
            checkNodeRow(table, row);
            const fields: string[] = [];
            for (const [name, decl] of table.columns) {
              const value = row[name];
              if (!file.newlines && hasNewline(value)) file.newlines = true;
              fields.push(csvField(decl.type, value, table.name));
            }
            text += `${fields.join(',')}\n`;
          }
          writeSync(file.fd, text);
          file.rows += chunk.rows.length;
          stageMeter.add(table.name, chunk.rows.length);
        } else {
          const name = `${chunk.type}|${chunk.fromLabel}|${chunk.toLabel}`;
          let entry = relFiles.get(name);
          if (!entry) {
            const table = relationshipTable(chunk.type, chunk.fromLabel, chunk.toLabel);
            const header = ['from', 'to', ...table.columns.map(([n]) => n)].join(',');
            entry = { table, file: open(header) };
            relFiles.set(name, entry);
          }
          const { table, file } = entry;
          let text = '';
          for (const row of chunk.rows) {
            checkRelationshipRow(table, row);
            const fields = [
              csvField('STRING', row.from, table.name),
              csvField('STRING', row.to, table.name),
            ];
            for (const [prop, decl] of table.columns) {
              const value = row.properties?.[prop];
              if (!file.newlines && hasNewline(value)) file.newlines = true;
              fields.push(csvField(decl.type, value, table.name));
            }
            text += `${fields.join(',')}\n`;
          }
          writeSync(file.fd, text);
          file.rows += chunk.rows.length;
          stageMeter.add(table.name, chunk.rows.length);
        }
      }
    } finally {
      for (const { file } of [...nodeFiles.values(), ...relFiles.values()]) closeSync(file.fd);
    }
    const stageMs = performance.now() - started;

    const loadStarted = performance.now();
    const loadMeter = new ProgressMeter('load', options.onProgress);
    const nodes: Record<string, number> = {};
    const relationships: Record<string, number> = {};
    for (const { table, file } of nodeFiles.values()) {
      if (file.rows === 0) continue;
      await runner.runSchemaStatement(nodeCopyStatement(table, file));
      nodes[table.name] = (nodes[table.name] ?? 0) + file.rows;
      loadMeter.add(table.name, file.rows);
    }
    for (const { table, file } of relFiles.values()) {
      if (file.rows === 0) continue;
      await runner.runSchemaStatement(relationshipCopyStatement(table, file));
      relationships[table.decl.type] = (relationships[table.decl.type] ?? 0) + file.rows;
      loadMeter.add(table.name, file.rows);
    }
    const sum = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);
    return {
      nodes,
      relationships,
      nodeRows: sum(nodes),
      relationshipRows: sum(relationships),
      elapsedMs: performance.now() - started,
      stageMs,
      loadMs: performance.now() - loadStarted,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
