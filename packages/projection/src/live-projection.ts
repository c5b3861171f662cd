import { CHANGE_FEED_RETENTION_MS, StoreClosedError } from '@kobling/graph';
import type { Graph } from '@kobling/graph';
import { buildProjection, loadSnapshot } from './build.ts';
import type { BuildProgress } from './build.ts';
import { ProjectionNotReadyError } from './errors.ts';
import { applyChanges } from './overlay.ts';
import { Projection } from './projection.ts';
import { readChanges } from './reread.ts';

export interface LiveProjectionOptions {
  /**
   * How often the change feed is read for other processes' writes; 0 = never on a timer (one
   * process alone, as in tests: its own writes are caught up on read, see fresh()).
   */
  readonly pollMs?: number;
  /**
   * How far back each read of the feed reaches: a transaction commits after the createdAt of its
   * events, so events are re-read for this long (and skipped when already applied).
   */
  readonly lagMs?: number;
  /** Overlaid entities past which the projection is rebuilt from the store. */
  readonly foldAt?: number;
  /** The feed's retention: a follower further behind than this may have missed events. */
  readonly retentionMs?: number;
  /** Events read per round-trip. */
  readonly pageSize?: number;
  readonly onProgress?: (progress: BuildProgress) => void;
  /**
   * A file for the snapshot of each build: the next start loads it (if it is of this store and
   * the change feed still holds every event since) and catches up, instead of building.
   */
  readonly snapshotPath?: string;
  /** Failures of a build or an apply; the follower keeps serving its last version and retries. */
  readonly onError?: (error: unknown) => void;
}

export type ProjectionState = 'building' | 'ready' | 'failed' | 'closed';

export interface ProjectionStatus {
  readonly state: ProjectionState;
  readonly version: number | null;
  readonly actors: number | null;
  /** When the export of the current base began, epoch ms. */
  readonly exportedAt: number | null;
  readonly lastBuildMs: number | null;
  /** Where the current base came from: a build from the store, or the snapshot of one. */
  readonly builtFrom: 'store' | 'snapshot' | null;
  readonly rebuilds: number;
  readonly appliedEvents: number;
  readonly overlaySize: number;
  /** When the feed was last read to the end, epoch ms. */
  readonly lastCaughtUpAt: number | null;
  readonly error: string | null;
}

interface FeedEvent {
  readonly id: string;
  readonly entity: string;
  readonly entityId: string;
  readonly op: string;
  readonly createdAt: number;
}

/**
 * The graph projection kept current: built from the store at start, then following the change
 * feed — each poll reads the events since its position, re-reads the entities they name and
 * publishes a new immutable version (base + a larger overlay). A REBUILD event, a gap (the
 * follower fell further behind than the feed keeps events) or an overlay grown past `foldAt`
 * builds a new base from the store while the old version keeps answering.
 */
export class LiveProjection {
  private readonly graph: Graph;
  private readonly pollMs: number;
  private readonly lagMs: number;
  private readonly foldAt: number;
  private readonly retentionMs: number;
  private readonly pageSize: number;
  private readonly options: LiveProjectionOptions;
  private version: Projection | null = null;
  private state: ProjectionState = 'building';
  private error: string | null = null;
  private rebuilds = 0;
  private appliedEvents = 0;
  private lastBuildMs: number | null = null;
  private builtFrom: 'store' | 'snapshot' | null = null;
  private lastCaughtUpAt: number | null = null;
  /** Events applied whose createdAt is still inside the lag window. */
  private recent = new Map<string, number>();
  private running: Promise<void> | null = null;
  private queued: Promise<void> | null = null;
  /**
   * The runner's committed writes when the last poll that finished began (see fresh()): set only
   * once that poll's version is published, so a poll still running does not count as caught up.
   */
  private writesApplied = -1;
  private readonly waiters: { resolve: () => void }[] = [];
  private timer: ReturnType<typeof setInterval> | null = null;
  /** The feed is applied up to here (epoch ms); the next poll reads from here minus the lag. */
  private positionAt = 0;
  /** Every version this follower publishes shares it (Projection.lineage). */
  private readonly lineage = {};

  private constructor(graph: Graph, options: LiveProjectionOptions) {
    this.graph = graph;
    this.options = options;
    this.pollMs = options.pollMs ?? 250;
    this.lagMs = options.lagMs ?? 10_000;
    this.foldAt = options.foldAt ?? 20_000;
    this.retentionMs = options.retentionMs ?? CHANGE_FEED_RETENTION_MS;
    this.pageSize = options.pageSize ?? 1_000;
  }

  /** Starts building the projection of the graph and following its change feed. */
  static follow(graph: Graph, options: LiveProjectionOptions = {}): LiveProjection {
    const live = new LiveProjection(graph, options);
    live.catchUp().catch(() => undefined);
    if (live.pollMs > 0) {
      live.timer = setInterval(() => {
        live.catchUp().catch(() => undefined);
      }, live.pollMs);
      live.timer.unref();
    }
    return live;
  }

  /** True once the first build is done (a version can be read without waiting). */
  get isReady(): boolean {
    return this.version !== null;
  }

  /** The latest version; ProjectionNotReadyError until the first build is done. */
  current(): Projection {
    if (!this.version) throw new ProjectionNotReadyError();
    return this.version;
  }

  /** The latest version, waiting up to `timeoutMs` for the first build. */
  async ready(timeoutMs: number): Promise<Projection> {
    if (this.version) return this.version;
    if (this.state === 'closed')
      throw new ProjectionNotReadyError('The graph projection is closed');
    await new Promise<void>((resolve) => {
      const timeout = setTimeout(resolve, timeoutMs);
      this.waiters.push({
        resolve: () => {
          clearTimeout(timeout);
          resolve();
        },
      });
    });
    return this.current();
  }

  /**
   * The latest version, including every write this process has committed (the runner counts
   * them): what a request reads right after its own write. Other processes' writes arrive with
   * the next poll.
   */
  async fresh(timeoutMs: number): Promise<Projection> {
    await this.ready(timeoutMs);
    if (this.graph.runner.writesCommitted !== this.writesApplied) {
      // A failed catch-up is reported (onError) and the last version served, as between polls.
      await this.catchUp().catch(() => undefined);
    }
    return this.current();
  }

  status(): ProjectionStatus {
    const v = this.version;
    return {
      state: this.state,
      version: v?.version ?? null,
      actors: v?.totalActors ?? null,
      exportedAt: v?.exportedAt ?? null,
      lastBuildMs: this.lastBuildMs,
      builtFrom: this.builtFrom,
      rebuilds: this.rebuilds,
      appliedEvents: this.appliedEvents,
      overlaySize: v?.overlaySize ?? 0,
      lastCaughtUpAt: this.lastCaughtUpAt,
      error: this.error,
    };
  }

  /**
   * Brings the projection up to the feed: resolves after a poll that began after the call (one
   * runs at a time; callers during a poll share the next one).
   */
  catchUp(): Promise<void> {
    if (this.state === 'closed') return Promise.resolve();
    if (!this.running) {
      this.running = this.poll().finally(() => {
        this.running = null;
      });
      return this.running;
    }
    // After the running poll either way: a failed poll must not leave its rejection queued for
    // every later caller (they would never wait for a poll again).
    const next = () => {
      this.queued = null;
      return this.catchUp();
    };
    this.queued ??= this.running.then(next, next);
    return this.queued;
  }

  close(): void {
    this.state = 'closed';
    if (this.timer) clearInterval(this.timer);
    for (const w of this.waiters.splice(0)) w.resolve();
  }

  private async poll(): Promise<void> {
    const writesAtStart = this.graph.runner.writesCommitted;
    const startedAt = Date.now();
    try {
      // A snapshot is published only once the feed since it is applied (below).
      const current =
        this.version ??
        (this.options.snapshotPath ? await this.loadSnapshot(this.options.snapshotPath) : null);
      if (!current || startedAt - this.positionAt > this.retentionMs - this.lagMs) {
        await this.rebuild();
      } else {
        const events = await this.newEvents();
        // A bulk load records its REBUILD after its rows committed: an export begun after the
        // event was recorded holds them.
        if (events.some((e) => e.op === 'REBUILD' && e.createdAt >= current.exportedAt)) {
          await this.rebuild();
        } else
          await this.apply(
            current,
            events.filter((e) => e.op !== 'REBUILD'),
            startedAt,
          );
      }
      this.lastCaughtUpAt = startedAt;
      this.writesApplied = writesAtStart;
      this.error = null;
      if (this.state !== 'closed') this.state = 'ready';
    } catch (error) {
      if (error instanceof StoreClosedError) {
        this.close();
        return;
      }
      this.error = error instanceof Error ? error.message : String(error);
      if (!this.version && this.state !== 'closed') this.state = 'failed';
      this.options.onError?.(error);
      throw error;
    }
  }

  private async loadSnapshot(path: string): Promise<Projection | null> {
    const started = performance.now();
    const loaded = await loadSnapshot(this.graph.runner, path, this.retentionMs - this.lagMs);
    if (!loaded) return null;
    this.lastBuildMs = performance.now() - started;
    this.builtFrom = 'snapshot';
    this.positionAt = loaded.exportedAt;
    return new Projection(
      loaded.base,
      loaded.overlay,
      loaded.version,
      loaded.exportedAt,
      this.lineage,
    );
  }

  private async rebuild(): Promise<void> {
    const started = performance.now();
    const built = await buildProjection(this.graph.runner, {
      ...(this.options.onProgress ? { onProgress: this.options.onProgress } : {}),
      ...(this.options.snapshotPath ? { snapshotPath: this.options.snapshotPath } : {}),
    });
    this.lastBuildMs = performance.now() - started;
    this.recent.clear();
    this.rebuilds += 1;
    this.builtFrom = 'store';
    this.positionAt = built.exportedAt;
    this.publish(
      new Projection(
        built.base,
        built.overlay,
        (this.version?.version ?? 0) + 1,
        built.exportedAt,
        this.lineage,
      ),
    );
  }

  /** Events from the position on (minus the lag), without the ones already applied. */
  private async newEvents(): Promise<FeedEvent[]> {
    const events: FeedEvent[] = [];
    let from = this.positionAt - this.lagMs;
    for (;;) {
      const page = await this.graph.outbox.changesSince(from, this.pageSize);
      for (const e of page) {
        if (!this.recent.has(e.id) && !events.some((x) => x.id === e.id)) events.push(e);
      }
      const last = page.at(-1);
      if (page.length < this.pageSize || !last || last.createdAt === from) return events;
      from = last.createdAt;
    }
  }

  private async apply(current: Projection, events: readonly FeedEvent[], startedAt: number) {
    if (events.length > 0) {
      const changed = new Map<string, Set<string>>();
      for (const e of events)
        changed.set(e.entity, (changed.get(e.entity) ?? new Set()).add(e.entityId));
      const changes = await this.graph.runner.read((tx) =>
        readChanges(this.graph, tx, changed, current),
      );
      const overlay = applyChanges(
        current.overlay,
        changes,
        current.base.actors.size,
        (id) => current.base.actors.get(id) ?? current.overlay.newActorIndex.get(id),
      );
      for (const e of events) this.recent.set(e.id, e.createdAt);
      this.appliedEvents += events.length;
      this.publish(
        new Projection(
          current.base,
          overlay,
          current.version + 1,
          current.exportedAt,
          this.lineage,
        ),
      );
    } else if (this.version !== current) {
      this.publish(current);
    }
    this.positionAt = startedAt;
    for (const [id, createdAt] of this.recent) {
      if (createdAt < startedAt - this.lagMs) this.recent.delete(id);
    }
    if ((this.version?.overlaySize ?? 0) > this.foldAt) await this.rebuild();
  }

  private publish(version: Projection): void {
    this.version = version;
    for (const w of this.waiters.splice(0)) w.resolve();
  }
}
