import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { SearchDocument } from '../document.ts';
import type { DocumentTerms } from './terms.ts';

/**
 * Where the embedded index keeps its documents and its change-feed position: one SQLite file
 * (Node's built-in node:sqlite) in write-ahead-log mode, so a write is durable once it returns
 * and a killed process loses nothing it confirmed. Beside the documents, a snapshot of the
 * in-memory index (snapshot.ts) and the write generation it was taken at: opening reads the
 * snapshot and applies the documents written and deleted since, instead of indexing every
 * document again.
 */

/**
 * Bumped when the stored document shape or what the index derives from it changes: a file of
 * another version is emptied on open, and the server fills it again from the graph.
 */
const FORMAT_VERSION = 6;

/** A stored document with the terms the index derived from it. */
export interface StoredDocument {
  readonly doc: SearchDocument;
  readonly terms: DocumentTerms;
}

/** A position in the change feed of one store (identified by when it was created). */
export interface FeedMark {
  /** Epoch ms. */
  readonly at: number;
  readonly storeCreatedAt: number | null;
}

/** The documents written and the ids deleted after a generation. */
export interface Changes {
  readonly upserts: readonly StoredDocument[];
  readonly deletes: readonly string[];
}

export interface DocumentStore {
  /** Every stored document, in no particular order. */
  all(): IterableIterator<StoredDocument>;
  count(): number;
  /**
   * Applies upserts and deletes in one transaction (a rebuild in progress gets them too), as
   * the next generation.
   */
  write(upserts: readonly StoredDocument[], deletes: readonly string[]): void;
  /** The last write's generation: every write and every swap moves it on. */
  generation(): number;
  /** What changed after `generation`; the deletes of an id written again since included. */
  changesSince(generation: number): Changes;
  /** The snapshot's sections, or null when there is none. */
  readSnapshot(): Map<string, Uint8Array> | null;
  /**
   * Replaces the snapshot in one transaction (a reader sees the old one or the new one, never
   * part of either). It must describe the documents as of `generation`.
   */
  writeSnapshot(sections: ReadonlyMap<string, Uint8Array>, generation: number): void;
  /** Starts filling an empty side table that `finishRebuild` swaps in. */
  startRebuild(): void;
  writeRebuild(docs: readonly StoredDocument[]): void;
  /** Swaps the side table in, in one transaction. */
  finishRebuild(): void;
  abortRebuild(): void;
  position(): FeedMark | null;
  recordPosition(mark: FeedMark): void;
  close(): void;
}

/** Opens (creating if needed) the store at `path`; `:memory:` keeps it in memory. */
export function openDocumentStore(path: string): DocumentStore {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new DatabaseSync(path);
  // WAL with synchronous=NORMAL survives a killed process; FULL would also survive power loss
  // at a sync per write. The feed catch-up covers a lost tail either way.
  db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;');
  db.exec(`CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL)`);
  const version = db.prepare(`SELECT value FROM meta WHERE key = 'format'`).get()?.value;
  if (version !== FORMAT_VERSION) {
    db.exec(`DROP TABLE IF EXISTS docs; DROP TABLE IF EXISTS docs_next; DROP TABLE IF EXISTS gone;
      DROP TABLE IF EXISTS snapshot; DELETE FROM meta;`);
    db.prepare(`INSERT INTO meta (key, value) VALUES ('format', ?)`).run(FORMAT_VERSION);
  }
  // `gen` before the text columns: a scan for recent generations then reads no overflow pages.
  db.exec(`CREATE TABLE IF NOT EXISTS docs (id TEXT PRIMARY KEY, gen INTEGER NOT NULL,
    json TEXT NOT NULL, terms TEXT NOT NULL)`);
  db.exec('CREATE INDEX IF NOT EXISTS docs_gen ON docs (gen)');
  // Ids deleted since the snapshot, with the generation that deleted them.
  db.exec('CREATE TABLE IF NOT EXISTS gone (id TEXT PRIMARY KEY, gen INTEGER NOT NULL)');
  db.exec('CREATE TABLE IF NOT EXISTS snapshot (section TEXT PRIMARY KEY, data BLOB NOT NULL)');
  db.exec('DROP TABLE IF EXISTS docs_next');

  const readMeta = (key: string) =>
    db.prepare(`SELECT value FROM meta WHERE key = ?`).get(key)?.value;
  const writeMeta = db.prepare(`INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)`);
  let generation = Number(readMeta('generation') ?? 0);
  /** Moves the generation on; inside a transaction. */
  const nextGeneration = () => {
    generation += 1;
    writeMeta.run('generation', generation);
    return generation;
  };

  let rebuilding = false;
  // The table name is one of two fixed ones, never input: SQLite cannot bind a name.
  const statements = (table: 'docs' | 'docs_next') => ({
    upsert: db.prepare(
      `INSERT OR REPLACE INTO ${table} (id, gen, json, terms) VALUES (?, ?, ?, ?)`,
    ),
    delete: db.prepare(`DELETE FROM ${table} WHERE id = ?`),
  });
  const markGone = db.prepare('INSERT OR REPLACE INTO gone (id, gen) VALUES (?, ?)');
  const parse = (row: Record<string, unknown>): StoredDocument => ({
    doc: JSON.parse(String(row.json)) as SearchDocument,
    terms: JSON.parse(String(row.terms)) as DocumentTerms,
  });
  let live = statements('docs');
  let next: ReturnType<typeof statements> | null = null;

  function transaction(run: () => void) {
    db.exec('BEGIN IMMEDIATE');
    try {
      run();
      db.exec('COMMIT');
    } catch (error) {
      db.exec('ROLLBACK');
      // A generation taken in the rolled-back transaction was never written.
      generation = Number(readMeta('generation') ?? 0);
      throw error;
    }
  }

  return {
    *all() {
      for (const row of db.prepare('SELECT json, terms FROM docs').iterate()) yield parse(row);
    },
    count() {
      return Number(db.prepare('SELECT count(*) AS n FROM docs').get()?.n ?? 0);
    },
    write(upserts, deletes) {
      transaction(() => {
        const gen = nextGeneration();
        for (const target of next ? [live, next] : [live]) {
          for (const { doc, terms } of upserts) {
            target.upsert.run(doc.id, gen, JSON.stringify(doc), JSON.stringify(terms));
          }
          for (const id of deletes) target.delete.run(id);
        }
        for (const id of deletes) markGone.run(id, gen);
      });
    },
    generation() {
      return generation;
    },
    changesSince(since) {
      const upserts = db
        .prepare('SELECT json, terms FROM docs WHERE gen > ?')
        .all(since)
        .map(parse);
      const deletes = db
        .prepare('SELECT id FROM gone WHERE gen > ?')
        .all(since)
        .map((row) => String(row.id));
      return { upserts, deletes };
    },
    readSnapshot() {
      const rows = db.prepare('SELECT section, data FROM snapshot').all();
      if (rows.length === 0) return null;
      return new Map(rows.map((row) => [String(row.section), row.data as Uint8Array]));
    },
    writeSnapshot(sections, at) {
      const insert = db.prepare('INSERT INTO snapshot (section, data) VALUES (?, ?)');
      transaction(() => {
        db.exec('DELETE FROM snapshot');
        for (const [section, data] of sections) insert.run(section, data);
        db.prepare('DELETE FROM gone WHERE gen <= ?').run(at);
      });
    },
    startRebuild() {
      db.exec('DROP TABLE IF EXISTS docs_next');
      db.exec(`CREATE TABLE docs_next (id TEXT PRIMARY KEY, gen INTEGER NOT NULL,
        json TEXT NOT NULL, terms TEXT NOT NULL)`);
      next = statements('docs_next');
      rebuilding = true;
    },
    writeRebuild(docs) {
      if (!rebuilding || !next) throw new Error('No rebuild of the embedded index is running');
      const target = next;
      transaction(() => {
        for (const { doc, terms } of docs) {
          target.upsert.run(doc.id, generation, JSON.stringify(doc), JSON.stringify(terms));
        }
      });
    },
    finishRebuild() {
      // The snapshot describes the documents swapped out: it goes with them.
      transaction(() => {
        db.exec('DROP TABLE docs');
        db.exec('ALTER TABLE docs_next RENAME TO docs');
        db.exec('CREATE INDEX IF NOT EXISTS docs_gen ON docs (gen)');
        db.exec('DELETE FROM snapshot; DELETE FROM gone');
        nextGeneration();
      });
      rebuilding = false;
      next = null;
      live = statements('docs');
    },
    abortRebuild() {
      rebuilding = false;
      next = null;
      db.exec('DROP TABLE IF EXISTS docs_next');
    },
    position() {
      const at = readMeta('position');
      const store = readMeta('store');
      if (typeof at !== 'number') return null;
      return { at, storeCreatedAt: typeof store === 'number' ? store : null };
    },
    recordPosition(mark) {
      transaction(() => {
        writeMeta.run('position', mark.at);
        if (mark.storeCreatedAt === null) db.exec(`DELETE FROM meta WHERE key = 'store'`);
        else writeMeta.run('store', mark.storeCreatedAt);
      });
    },
    close() {
      if (db.isOpen) db.close();
    },
  };
}
