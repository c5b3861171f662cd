import { newPerson, parseOrThrow, personCreateInput, personUpdateInput } from '@kobling/domain';
import type { PersonRow } from '@kobling/graph';
import type { UseCaseDeps } from '../deps.ts';
import { assertAllowed, forbidden, storeErrorsTyped } from '../errors.ts';
import type { Viewer } from '../viewer.ts';

export interface MyPersonEdit {
  readonly name: string;
  /** Empty or null clears it. */
  readonly title: string | null;
  /** Empty or null clears it. */
  readonly expertise: string | null;
}

/** Empty text is "no value": a form's blank field clears the stored one. */
const blankToNull = (v: string | null): string | null => v?.trim() || null;

/**
 * Edits the signed-in user's own person profile, or creates it (linked to the account, unlisted
 * until consent) when there is none. Whether there is one is read under the user's lock, so two
 * submits cannot make two profiles. Rejects with ForbiddenError (a visitor) or ValidationError.
 */
export async function updateMyPerson(
  deps: UseCaseDeps,
  viewer: Viewer,
  input: MyPersonEdit,
): Promise<PersonRow> {
  const user = viewer.user;
  if (user === null) throw forbidden(viewer);
  const fields = {
    name: input.name.trim(),
    title: blankToNull(input.title),
    expertise: blankToNull(input.expertise),
  };
  const patch = parseOrThrow(personUpdateInput, fields);
  const now = deps.now();
  const { accounts, people } = deps.graph;
  return storeErrorsTyped(() =>
    deps.graph.runner.write(async (tx) => {
      await accounts.users.lock(tx, user.id);
      const [links] = await accounts.person.outgoing(tx, [user.id]);
      const existing = links?.[0]?.toKey;
      if (existing) return people.nodes.update(tx, existing, { ...patch, updatedAt: now });
      const created = newPerson(
        parseOrThrow(personCreateInput, { ...fields, listed: false, source: 'user' }),
        now,
      );
      const stored = await people.nodes.create(tx, created);
      await accounts.person.merge(tx, [{ fromKey: user.id, toKey: stored.id }]);
      return stored;
    }),
  );
}

/**
 * Gives or withdraws consent to be listed publicly: the person themself or an admin. Rejects
 * with ForbiddenError or NotFoundError.
 */
export async function setPersonListed(
  deps: UseCaseDeps,
  viewer: Viewer,
  input: { readonly personId: string; readonly listed: boolean },
): Promise<PersonRow> {
  assertAllowed(viewer, viewer.isAdmin || viewer.personId === input.personId);
  const now = deps.now();
  return storeErrorsTyped(() =>
    deps.graph.runner.write((tx) =>
      deps.graph.people.setListed(tx, input.personId, input.listed, now),
    ),
  );
}
