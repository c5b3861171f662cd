/**
 * Where imported rows go. The graph-backed writer lives in packages/graph; `MemoryUnitWriter` is
 * the in-memory implementation with the same semantics, used for `--dry-run` and in tests.
 *
 * Contract for every writer:
 * - upsert by orgNumber: a row whose orgNumber exists updates that actor, never a second one;
 * - fields listed in the actor's `editedFields` (set when a person edits them) are never
 *   overwritten by an import;
 * - an actor whose importable fields already equal the row is `unchanged` (no write, no
 *   updatedAt bump), so a second import of the same file reports everything unchanged;
 * - slugs stay unique: if the row's slug belongs to another actor, the nine-digit variant is used;
 * - a batch holds each org number once (the importer drops repeats): one that does not is
 *   refused whole, since two rows for one actor would count two writes for one stored unit.
 */
import type { ActorUpsertRow, ImportedField } from './map-actor.ts';
import { IMPORTED_FIELDS, actorSlug } from './map-actor.ts';

export interface WriteCounts {
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
}

export interface UnitWriter {
  upsertActors(rows: readonly ActorUpsertRow[]): Promise<WriteCounts>;
  /** The import is over (finished or stopped): announce what was written, if the writer must. */
  finish?(): Promise<void>;
}

/** An actor as the memory writer holds it. */
export interface StoredActor extends Omit<ActorUpsertRow, 'source'> {
  readonly id: string;
  readonly source: string;
  readonly editedFields: readonly string[];
  readonly createdAt: number;
  readonly updatedAt: number;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Throws when a batch holds an org number twice (see the contract above). */
export function assertDistinctOrgNumbers(rows: readonly ActorUpsertRow[]): void {
  const seen = new Set<string>();
  for (const { orgNumber } of rows) {
    if (seen.has(orgNumber)) throw new Error(`org number ${orgNumber} appears twice in one batch`);
    seen.add(orgNumber);
  }
}

/**
 * The dry-run writer: a Map keyed by orgNumber with the full upsert contract above. An import
 * with `dryRun: true` writes into a fresh one, so its counts say what a real run would do to an
 * empty store while the real store is untouched.
 */
export class MemoryUnitWriter implements UnitWriter {
  private readonly byOrg = new Map<string, Mutable<StoredActor>>();
  private readonly slugOwner = new Map<string, string>();
  private readonly now: () => number;
  private nextId = 1;

  constructor(options: { now?: () => number } = {}) {
    this.now = options.now ?? Date.now;
  }

  get size(): number {
    return this.byOrg.size;
  }

  get(orgNumber: string): StoredActor | undefined {
    return this.byOrg.get(orgNumber);
  }

  all(): StoredActor[] {
    return [...this.byOrg.values()];
  }

  /**
   * A person's edit: sets the fields and records them in editedFields, so later imports keep
   * them. (What the actor page's save does in the real store.)
   */
  editActor(orgNumber: string, patch: Partial<Pick<ActorUpsertRow, ImportedField>>): void {
    const actor = this.byOrg.get(orgNumber);
    if (actor === undefined) throw new Error(`no actor with orgNumber ${orgNumber}`);
    const edited = new Set(actor.editedFields);
    for (const [field, value] of Object.entries(patch) as [ImportedField, unknown][]) {
      if (field === 'slug') this.moveSlug(actor, value as string);
      else (actor as Record<string, unknown>)[field] = value;
      edited.add(field);
    }
    actor.editedFields = [...edited];
    actor.updatedAt = this.now();
  }

  async upsertActors(rows: readonly ActorUpsertRow[]): Promise<WriteCounts> {
    assertDistinctOrgNumbers(rows);
    let created = 0;
    let updated = 0;
    let unchanged = 0;
    const now = this.now();
    for (const row of rows) {
      const existing = this.byOrg.get(row.orgNumber);
      if (existing === undefined) {
        const actor: Mutable<StoredActor> = {
          ...row,
          slug: this.freeSlug(row),
          id: `brreg-${row.orgNumber}-${this.nextId++}`,
          editedFields: [],
          createdAt: now,
          updatedAt: now,
        };
        this.byOrg.set(row.orgNumber, actor);
        this.slugOwner.set(actor.slug, row.orgNumber);
        created++;
        continue;
      }
      const edited = new Set(existing.editedFields);
      let changed = false;
      for (const field of IMPORTED_FIELDS) {
        if (edited.has(field)) continue;
        if (field === 'slug') {
          const slug = this.freeSlug(row);
          if (slug !== existing.slug) {
            this.moveSlug(existing, slug);
            changed = true;
          }
          continue;
        }
        if (existing[field] !== row[field]) {
          (existing as Record<string, unknown>)[field] = row[field];
          changed = true;
        }
      }
      if (changed) {
        existing.updatedAt = now;
        updated++;
      } else unchanged++;
    }
    return { created, updated, unchanged };
  }

  /** The row's slug, or the nine-digit variant when another actor owns it. */
  private freeSlug(row: ActorUpsertRow): string {
    const owner = this.slugOwner.get(row.slug);
    return owner === undefined || owner === row.orgNumber
      ? row.slug
      : actorSlug(row.name, row.orgNumber, true);
  }

  private moveSlug(actor: Mutable<StoredActor>, slug: string): void {
    const owner = this.slugOwner.get(slug);
    if (owner !== undefined && owner !== actor.orgNumber) throw new Error(`slug ${slug} is taken`);
    this.slugOwner.delete(actor.slug);
    actor.slug = slug;
    this.slugOwner.set(slug, actor.orgNumber);
  }
}
