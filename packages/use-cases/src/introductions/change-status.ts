import { introductionTransitionError } from '@kobling/domain';
import type { IntroductionStatus } from '@kobling/domain';
import type { IntroductionEnds, IntroductionRow, QueryExecutor } from '@kobling/graph';
import type { UseCaseDeps } from '../deps.ts';
import { ConflictError, NotFoundError, forbidden, storeErrorsTyped } from '../errors.ts';
import type { Viewer } from '../viewer.ts';

export interface StatusChange {
  readonly id: string;
  readonly to: IntroductionStatus;
  /** Who may make it, given the introduction's actors (null: no such introduction). */
  readonly allowed: (viewer: Viewer, ends: IntroductionEnds | null) => boolean;
  /** The fields written with the status; throws a typed error when the input is bad. */
  readonly patch: (now: number) => Partial<IntroductionRow>;
  /** What else the change does in its transaction (the mail it causes). */
  readonly then?: (
    tx: QueryExecutor,
    row: IntroductionRow,
    ends: IntroductionEnds,
    now: number,
  ) => Promise<void>;
}

/**
 * Moves an introduction to another status. Everything that decides it is read under the
 * introduction's lock in the write transaction (docs/conventions.md, "A read that decides a
 * write"): who its actors are, its status and its expiry. Two answers, or an answer and the
 * expiry sweep, take turns, and the second sees what the first wrote and gets a ConflictError.
 * The order of the checks is the API's: not allowed, then bad input, then not possible now.
 */
export function changeStatus(
  deps: UseCaseDeps,
  viewer: Viewer,
  change: StatusChange,
): Promise<IntroductionRow> {
  const now = deps.now();
  const { introductions } = deps.graph;
  return storeErrorsTyped(() =>
    deps.graph.runner.write(async (tx) => {
      const exists = await introductions.nodes.lock(tx, change.id);
      const ends = exists ? ((await introductions.ends(tx, [change.id]))[0] ?? null) : null;
      if (!change.allowed(viewer, ends)) throw forbidden(viewer);
      if (!exists) throw new NotFoundError('Introduction', change.id);
      const patch = change.patch(now);
      assertTransition(await introductions.nodes.require(tx, change.id), change.to, now);
      const row = await introductions.nodes.update(tx, change.id, {
        ...patch,
        status: change.to,
        updatedAt: now,
      });
      if (change.then && ends) await change.then(tx, row, ends, now);
      return row;
    }),
  );
}

function assertTransition(row: IntroductionRow, to: IntroductionStatus, now: number): void {
  const from = row.status;
  if (from === 'REQUESTED' && row.expiresAt !== null && row.expiresAt <= now) {
    throw new ConflictError(
      'status',
      `The introduction expired on ${new Date(row.expiresAt).toISOString()}; ask again`,
    );
  }
  const message = introductionTransitionError(from, to);
  if (message) throw new ConflictError('status', message);
}
