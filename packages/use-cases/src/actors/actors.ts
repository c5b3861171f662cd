import {
  ACTOR_EDITABLE_FIELDS,
  actorCreateInput,
  actorUpdateInput,
  newActor,
  parseOrThrow,
} from '@kobling/domain';
import type { ActorRow } from '@kobling/graph';
import type { UseCaseDeps } from '../deps.ts';
import {
  assertAllowed,
  forbidden,
  parseIn,
  requireConfirmedAddress,
  storeErrorsTyped,
} from '../errors.ts';
import type { Viewer } from '../viewer.ts';
import { checkedUpdate, parseMunicipality, topicWeightsSchema } from './actor-input.ts';

/** An actor's fields as given (GraphQL's CreateActorInput/UpdateActorInput), checked here. */
export interface ActorFields {
  readonly [field: string]: unknown;
  readonly municipalityCode?: string | null;
}

/** Drops left-out fields: undefined always, null too when `nullIsLeftOut` (a create). */
function given(fields: ActorFields, nullIsLeftOut: boolean): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(fields).filter(([, v]) => v !== undefined && !(nullIsLeftOut && v === null)),
  );
}

/**
 * Creates an actor: any signed-in user; the creator (unless an admin) gets a claim to represent
 * it. Rejects with ForbiddenError, ValidationError (paths name the fields), NotFoundError (the
 * municipality) or ConflictError (a slug or org number in use).
 */
export async function createActor(
  deps: UseCaseDeps,
  viewer: Viewer,
  input: { readonly fields: ActorFields },
): Promise<ActorRow> {
  const user = viewer.user;
  if (user === null) throw forbidden(viewer);
  requireConfirmedAddress(viewer);
  const { municipalityCode, ...fields } = input.fields;
  const code = parseMunicipality(municipalityCode);
  const now = deps.now();
  const parsed = parseOrThrow(actorCreateInput, { ...given(fields, true), source: 'user' });
  const actor: ActorRow = newActor(parsed, now);
  const { actors, accounts } = deps.graph;
  return storeErrorsTyped(() =>
    deps.graph.runner.write(async (tx) => {
      const row = await actors.nodes.create(tx, actor);
      if (code) await actors.setMunicipality(tx, row.id, code);
      if (!user.isAdmin) {
        await accounts.represents.merge(tx, [
          { fromKey: user.id, toKey: row.id, status: 'CLAIMED', role: null, since: now },
        ]);
      }
      return row;
    }),
  );
}

/**
 * Changes an actor's fields (its representatives or an admin): undefined leaves a field, null
 * clears it. The edit is checked against the row read under the actor's lock and the fields a
 * person changed are remembered (editedFields, so imports do not overwrite them). Rejects with
 * ForbiddenError, ValidationError (paths name the fields), NotFoundError or ConflictError.
 */
export async function updateActor(
  deps: UseCaseDeps,
  viewer: Viewer,
  input: { readonly id: string; readonly changes: ActorFields },
): Promise<ActorRow> {
  assertAllowed(viewer, viewer.isAdmin || viewer.approvedActorIds.has(input.id));
  const { municipalityCode, ...fields } = input.changes;
  const code = parseMunicipality(municipalityCode);
  const patchInput = given(fields, false);
  const patch: Record<string, unknown> =
    Object.keys(patchInput).length === 0 && code !== undefined
      ? {}
      : parseOrThrow(actorUpdateInput, patchInput);
  const now = deps.now();
  const { actors } = deps.graph;
  return storeErrorsTyped(() =>
    deps.graph.runner.write(async (tx) => {
      await actors.nodes.lock(tx, input.id);
      const current = await actors.nodes.require(tx, input.id);
      const next = checkedUpdate(current, patch, now);
      const edited = new Set(current.editedFields ?? []);
      for (const key of Object.keys(patch)) {
        if ((ACTOR_EDITABLE_FIELDS as readonly string[]).includes(key)) edited.add(key);
      }
      const row = await actors.nodes.update(tx, current.id, {
        ...next,
        editedFields: [...edited].sort(),
      });
      if (code !== undefined) await actors.setMunicipality(tx, row.id, code);
      return row;
    }),
  );
}

/**
 * Replaces an actor's topics (its representatives or an admin). Rejects with ForbiddenError,
 * ValidationError (under `topics`) or NotFoundError (the actor, a topic).
 */
export async function setActorTopics(
  deps: UseCaseDeps,
  viewer: Viewer,
  input: {
    readonly actorId: string;
    readonly topics: readonly { readonly topicId: string; readonly weight: number }[];
  },
): Promise<ActorRow> {
  assertAllowed(viewer, viewer.isAdmin || viewer.approvedActorIds.has(input.actorId));
  const topics = parseIn(topicWeightsSchema, input.topics, 'topics');
  const { actors } = deps.graph;
  return storeErrorsTyped(() =>
    deps.graph.runner.write(async (tx) => {
      await actors.nodes.lock(tx, input.actorId);
      await actors.setTopics(tx, input.actorId, topics);
      return actors.nodes.require(tx, input.actorId);
    }),
  );
}
