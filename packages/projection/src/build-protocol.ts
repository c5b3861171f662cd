import type { ExportColumn, ExportValue } from '@kobling/graph/export';
import type { Base, BuildTable } from './base.ts';

export interface BuildProgress {
  readonly table: string;
  readonly rows: number;
}

/** What identifies a snapshot's store and state; a snapshot is used only when all of it holds. */
export interface SnapshotMeta {
  /** Bumped whenever the Base layout changes. */
  readonly format: number;
  readonly engine: string;
  /** The store's first migration (storeCreatedAt): another store at the same address differs. */
  readonly storeCreatedAt: number | null;
  /** When the export the base came from began; the change feed is followed from there. */
  readonly exportedAt: number;
}

/** Messages to the build worker. */
export type BuildRequest =
  | {
      readonly type: 'rows';
      readonly table: BuildTable;
      readonly rows: readonly (readonly ExportValue[])[];
    }
  | {
      readonly type: 'file';
      readonly id: number;
      readonly table: BuildTable;
      readonly path: string;
      readonly columns: readonly ExportColumn[];
    }
  | {
      readonly type: 'finish';
      readonly id: number;
      readonly snapshot?: { path: string; meta: SnapshotMeta };
    }
  | { readonly type: 'load'; readonly id: number; readonly path: string };

/** Messages from the build worker. */
export type BuildResponse =
  | { readonly type: 'progress'; readonly table: BuildTable; readonly rows: number }
  | {
      readonly type: 'done';
      readonly id: number;
      readonly base?: Base;
      readonly meta?: SnapshotMeta;
    }
  | { readonly type: 'failed'; readonly id: number; readonly message: string };
