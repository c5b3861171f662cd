import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { SearchDocument } from '../document.ts';
import type { DocumentTerms } from './terms.ts';

/**
 * Where the embedded index keeps its documents and its change-feed position: one SQLite file
 * (Node's built-in node:sqlite) in write-ahead-log mode, so a write is durable once it returns
 * and a killed process loses nothing it confirmed. The query structures are rebuilt from these
 * documents when the file is opened.
 */

/**
 * Bumped when the stored document shape or what the index derives from it changes: a file of
 * another version is emptied on open, and the server fills it again from the graph.
 */
const FORMAT_VERSION = 5;

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

export interface DocumentStore {
  /** Every stored document, in no particular order. */
  all(): IterableIterator<StoredDocument>;
  /** Applies upserts and deletes in one transaction (a rebuild in progress gets them too). */
  write(upserts: readonly StoredDocument[], deletes: readonly string[]): void;
  /** Starts filling an empty side table that `finishRebuild` swaps in. */
  startRebuild(): void;
  writeRebuild(docs: readonly StoredDocument[]): void;
  /** Swaps the side table in, in one transaction. */
  finishRebuild(): void;
  abortRebuild(): void;
  position(): FeedMark | null;
  recordPosition(mark: FeedMark): void;
  clear(): void;
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
    db.exec('DROP TABLE IF EXISTS docs; DROP TABLE IF EXISTS docs_next; DELETE FROM meta;');
    db.prepare(`INSERT INTO meta (key, value) VALUES ('format', ?)`).run(FORMAT_VERSION);
  }
  db.exec(
    'CREATE TABLE IF NOT EXISTS docs (id TEXT PRIMARY KEY, json TEXT NOT NULL, terms TEXT NOT NULL)',
  );
  db.exec('DROP TABLE IF EXISTS docs_next');

  let rebuilding = false;
  // The table name is one of two fixed ones, never input: SQLite cannot bind a name.
  const statements = (table: 'docs' | 'docs_next') => ({
    upsert: db.prepare(`INSERT OR REPLACE INTO ${table} (id, json, terms) VALUES (?, ?, ?)`),
    delete: db.prepare(`DELETE FROM ${table} WHERE id = ?`),
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
      throw error;
    }
  }

  return {
    *all() {
      for (const row of db.prepare('SELECT json, terms FROM docs').iterate()) {
        yield {
          doc: JSON.parse(String(row.json)) as SearchDocument,
          terms: JSON.parse(String(row.terms)) as DocumentTerms,
        };
      }
    },
    write(upserts, deletes) {
      transaction(() => {
        for (const target of next ? [live, next] : [live]) {
          for (const { doc, terms } of upserts) {
            target.upsert.run(doc.id, JSON.stringify(doc), JSON.stringify(terms));
          }
          for (const id of deletes) target.delete.run(id);
        }
      });
    },
    startRebuild() {
      db.exec('DROP TABLE IF EXISTS docs_next');
      db.exec(
        'CREATE TABLE docs_next (id TEXT PRIMARY KEY, json TEXT NOT NULL, terms TEXT NOT NULL)',
      );
      next = statements('docs_next');
      rebuilding = true;
    },
    writeRebuild(docs) {
      if (!rebuilding || !next) throw new Error('No rebuild of the embedded index is running');
      const target = next;
      transaction(() => {
        for (const { doc, terms } of docs) {
          target.upsert.run(doc.id, JSON.stringify(doc), JSON.stringify(terms));
        }
      });
    },
    finishRebuild() {
      transaction(() => {
        db.exec('DROP TABLE docs');
        db.exec('ALTER TABLE docs_next RENAME TO docs');
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
      const read = (key: string) => db.prepare(`SELECT value FROM meta WHERE key = ?`).get(key);
      const at = read('position')?.value;
      const store = read('store')?.value;
      if (typeof at !== 'number') return null;
      return { at, storeCreatedAt: typeof store === 'number' ? store : null };
    },
    recordPosition(mark) {
      const write = db.prepare(`INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)`);
      transaction(() => {
        write.run('position', mark.at);
        if (mark.storeCreatedAt === null) db.exec(`DELETE FROM meta WHERE key = 'store'`);
        else write.run('store', mark.storeCreatedAt);
      });
    },
    clear() {
      transaction(() => {
        db.exec(`DELETE FROM docs; DELETE FROM meta WHERE key IN ('position', 'store')`);
      });
    },
    close() {
      if (db.isOpen) db.close();
    },
  };
}
