/** Cursor pagination over a stable order (sort key, then id), the same on both engines. */

export interface PageRequest {
  readonly first: number;
  readonly after?: string | null;
}

export interface Page<T> {
  readonly items: T[];
  readonly cursors: string[];
  readonly hasNextPage: boolean;
  readonly endCursor: string | null;
}

export const MAX_PAGE_SIZE = 100;

interface CursorPosition {
  readonly key: string | number;
  readonly id: string;
}

export function encodeCursor(position: CursorPosition): string {
  return Buffer.from(JSON.stringify([position.key, position.id])).toString('base64url');
}

export class InvalidCursorError extends Error {
  override readonly name = 'InvalidCursorError';
}

export function decodeCursor(cursor: string): CursorPosition {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      (typeof value[0] === 'string' || typeof value[0] === 'number') &&
      typeof value[1] === 'string'
    ) {
      return { key: value[0], id: value[1] };
    }
  } catch {
    // fall through to the error below
  }
  throw new InvalidCursorError(`Cursor "${cursor}" is not a cursor this list gave out`);
}

/** Parameters for a page query: where to start and one row more than asked, to see if more exist. */
export function pageParams<K extends string | number>(
  page: PageRequest,
  start: K,
): { afterKey: K; afterId: string; limit: number } {
  const first = Math.min(Math.max(1, Math.trunc(page.first)), MAX_PAGE_SIZE);
  if (!page.after) return { afterKey: start, afterId: '', limit: first + 1 };
  const position = decodeCursor(page.after);
  if (typeof position.key !== typeof start) {
    throw new InvalidCursorError(`Cursor "${page.after}" belongs to a different list`);
  }
  return { afterKey: position.key as K, afterId: position.id, limit: first + 1 };
}

export function toPage<T>(
  rows: readonly { id: string; sortKey: string | number }[],
  page: PageRequest,
  items: T[],
): Page<T> {
  const first = Math.min(Math.max(1, Math.trunc(page.first)), MAX_PAGE_SIZE);
  const kept = rows.slice(0, first);
  const cursors = kept.map((r) => encodeCursor({ key: r.sortKey, id: r.id }));
  return {
    items: items.slice(0, first),
    cursors,
    hasNextPage: rows.length > first,
    endCursor: cursors[cursors.length - 1] ?? null,
  };
}
