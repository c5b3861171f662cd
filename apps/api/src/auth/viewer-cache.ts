import { LRUCache } from 'lru-cache';
import type { CypherRunner } from '@kobling/graph';
import type { Viewer } from './viewer.ts';

/** How long a resolved viewer is reused while nothing has been written (ms). */
export const VIEWER_CACHE_TTL_MS = 5_000;
const VIEWER_CACHE_MAX = 10_000;

interface Entry {
  readonly viewer: Viewer;
  /** The runner's commit count when the viewer was read: any later write makes it stale. */
  readonly writes: number;
  /** When the session itself runs out (epoch ms). */
  readonly sessionExpiresAt: number;
}

/**
 * Viewers by session id, so a signed-in page costs no store round-trip for who is asking.
 * Resolving one reads the session, the user and three link lists (five round-trips), once per
 * GraphQL operation; a page makes one or more operations and a user many pages.
 *
 * An entry is used only while no write has committed in this process since it was read: a log
 * out, a revoked session, an approved claim or a deleted account is a write, so it drops every
 * entry at once. Writes by another instance on the same store (several API processes) reach this
 * one after at most VIEWER_CACHE_TTL_MS.
 */
export class ViewerCache {
  private readonly runner: Pick<CypherRunner, 'writesCommitted'>;
  private readonly entries: LRUCache<string, Entry>;

  constructor(runner: Pick<CypherRunner, 'writesCommitted'>, ttlMs = VIEWER_CACHE_TTL_MS) {
    this.runner = runner;
    this.entries = new LRUCache<string, Entry>({ max: VIEWER_CACHE_MAX, ttl: Math.max(1, ttlMs) });
  }

  /** The cached viewer of a session, or null when there is none still valid at `now`. */
  get(sessionId: string, now: number): Viewer | null {
    const entry = this.entries.get(sessionId);
    if (!entry) return null;
    if (entry.writes !== this.runner.writesCommitted || entry.sessionExpiresAt <= now) {
      this.entries.delete(sessionId);
      return null;
    }
    return entry.viewer;
  }

  /**
   * Keeps a viewer read when the runner's commit count was `writes` (taken before the read, so a
   * write that lands during the read makes the entry stale rather than hiding it).
   */
  set(sessionId: string, viewer: Viewer, writes: number, sessionExpiresAt: number): void {
    this.entries.set(sessionId, { viewer, writes, sessionExpiresAt });
  }
}
