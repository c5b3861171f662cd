import {
  milestoneCreateInput,
  newMilestone,
  newTechnology,
  parseOrThrow,
  technologyCreateInput,
} from '@kobling/domain';
import type { QueryExecutor, TechnologyRow } from '@kobling/graph';
import type { UseCaseDeps } from '../deps.ts';
import { assertAllowed, forbidden, storeErrorsTyped } from '../errors.ts';
import type { Viewer } from '../viewer.ts';

/*
 * A technology's way from disclosure to licence or spin-off. Its stewards are the
 * representatives of the actors it originated at or is commercialised by, and admins; who they
 * are and its history are read under the technology's lock in the write transaction.
 */

/** A technology or milestone's fields as given; checked here with the domain's schemas. */
export interface TechnologyFields {
  readonly [field: string]: unknown;
}

/** Drops fields left out (null or undefined). */
const given = (fields: TechnologyFields): Record<string, unknown> =>
  Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined && v !== null));

/**
 * Registers a technology with its first milestone: the representatives of its origin actor, or
 * an admin (who may leave the origin out). Rejects with ForbiddenError, ValidationError (paths
 * name the fields), NotFoundError (the origin) or ConflictError (a slug in use).
 */
export async function createTechnology(
  deps: UseCaseDeps,
  viewer: Viewer,
  input: { readonly originActorId: string | null; readonly fields: TechnologyFields },
): Promise<TechnologyRow> {
  const origin = input.originActorId;
  assertAllowed(viewer, viewer.isAdmin || (origin !== null && viewer.approvedActorIds.has(origin)));
  const now = deps.now();
  const parsed = parseOrThrow(technologyCreateInput, { ...given(input.fields), source: 'user' });
  const technology: TechnologyRow = newTechnology(parsed, now);
  const milestone = newMilestone(
    {
      stage: technology.stage,
      trl: technology.trl,
      at: now,
      note: 'Registered',
      source: 'user',
      sourceRef: null,
    },
    [],
    now,
  );
  const { actors, technologies } = deps.graph;
  return storeErrorsTyped(() =>
    deps.graph.runner.write(async (tx) => {
      if (origin) await actors.nodes.require(tx, origin);
      await technologies.nodes.create(tx, technology);
      const row = await technologies.addMilestone(tx, technology.id, milestone, now);
      if (origin) {
        await technologies.originatedAt.merge(tx, [{ fromKey: technology.id, toKey: origin }]);
      }
      return row;
    }),
  );
}

/**
 * Records a step: nothing after DROPPED, TRL 1–9, not in the future, never back in stage (the
 * technology's stewards or admins). The rules are checked against the history read under the
 * technology's lock, so two steps sent together are checked one after the other. Rejects with
 * ForbiddenError, ValidationError (paths name the fields) or NotFoundError.
 */
export async function addMilestone(
  deps: UseCaseDeps,
  viewer: Viewer,
  input: { readonly technologyId: string; readonly milestone: TechnologyFields },
): Promise<TechnologyRow> {
  const now = deps.now();
  const { technologies } = deps.graph;
  return storeErrorsTyped(() =>
    deps.graph.runner.write(async (tx) => {
      await assertSteward(deps, tx, viewer, input.technologyId);
      const parsed = parseOrThrow(milestoneCreateInput, {
        ...given(input.milestone),
        source: 'user',
      });
      await technologies.nodes.require(tx, input.technologyId);
      const [history] = await technologies.history(tx, [input.technologyId]);
      const milestone = newMilestone(
        parsed,
        (history ?? []).map((m) => ({ stage: m.stage, trl: m.trl, at: m.at })),
        now,
      );
      return technologies.addMilestone(tx, input.technologyId, milestone, now);
    }),
  );
}

export type TechnologyRelation = 'ORIGIN' | 'COMPANY' | 'SUPPORTER';

const RELATION_STORE = {
  ORIGIN: 'originatedAt',
  COMPANY: 'commercialisedBy',
  SUPPORTER: 'supportedBy',
} as const;

/**
 * Links a technology to its origin group, a company or a supporter (its stewards or admins).
 * Rejects with ForbiddenError or NotFoundError.
 */
export async function linkTechnologyActor(
  deps: UseCaseDeps,
  viewer: Viewer,
  input: {
    readonly technologyId: string;
    readonly actorId: string;
    readonly relation: TechnologyRelation;
  },
): Promise<TechnologyRow> {
  const { actors, technologies } = deps.graph;
  return storeErrorsTyped(() =>
    deps.graph.runner.write(async (tx) => {
      await assertSteward(deps, tx, viewer, input.technologyId);
      const technology = await technologies.nodes.require(tx, input.technologyId);
      await actors.nodes.require(tx, input.actorId);
      await technologies[RELATION_STORE[input.relation]].merge(tx, [
        { fromKey: technology.id, toKey: input.actorId },
      ]);
      return technology;
    }),
  );
}

/**
 * Holds the technology for the transaction and refuses a viewer who does not steward it. A
 * technology that does not exist has no stewards: only an admin goes on to learn it is missing.
 */
async function assertSteward(
  deps: UseCaseDeps,
  tx: QueryExecutor,
  viewer: Viewer,
  id: string,
): Promise<void> {
  const { technologies } = deps.graph;
  const exists = await technologies.nodes.lock(tx, id);
  if (!viewer.isAdmin) {
    const [[origins], [companies]] = exists
      ? await Promise.all([
          technologies.originatedAt.outgoing(tx, [id]),
          technologies.commercialisedBy.outgoing(tx, [id]),
        ])
      : [[], []];
    const stewarded = [...(origins ?? []), ...(companies ?? [])].map((l) => l.toKey);
    if (!stewarded.some((a) => viewer.approvedActorIds.has(a))) throw forbidden(viewer);
  }
}
