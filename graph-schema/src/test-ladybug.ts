import lbug from '@ladybugdb/core';

export type Row = Record<string, unknown>;

/** Test helper: an in-memory LadybugDB with a query-to-rows shortcut. Close it in afterEach. */
export function openMemoryDb() {
  const db = new lbug.Database(':memory:');
  const conn = new lbug.Connection(db);
  return {
    /** Runs `text` and returns the rows of its (last) result. */
    async all(text: string): Promise<Row[]> {
      const result = await conn.query(text);
      const last = Array.isArray(result) ? result[result.length - 1] : result;
      return last ? ((await last.getAll()) as Row[]) : [];
    },
    async close(): Promise<void> {
      await conn.close();
      await db.close();
    },
  };
}

export type MemoryDb = ReturnType<typeof openMemoryDb>;
