/**
 * The graph-backed UnitWriter: register rows upserted into Actor by orgNumber, with the contract
 * of unit-writer.ts (never duplicates, keeps `editedFields`, reports unchanged rows and does not
 * write them, unique slugs with the nine-digit fallback) and LOCATED_IN to today's municipality.
 * Each `upsertActors` call is one write transaction with a fixed number of round-trips: batched
 * lookups by orgNumber and slug, one batched upsert, batched relationship writes.
 *
 * The region's municipalities are the seed's facts, which this package does not hold: a caller
 * that may import before the seed (the seeds' command line) passes them, and the writer creates
 * those the store lacks. A server's store is seeded when it starts, so the API passes none.
 *
 * The change feed gets one REBUILD event when the import is over (`finish`), not an event per
 * row and relationship: followers (search, the projection) rebuild once instead of applying tens
 * of thousands of events.
 */
import { uuidv7 } from '@kobling/domain';
import { GraphConstraintError, NodeStore, recordRebuild } from '@kobling/graph';
import type { ActorRow, Graph, MunicipalityRow, QueryExecutor } from '@kobling/graph';
import type { ActorUpsertRow } from './map-actor.ts';
import { IMPORTED_FIELDS, actorSlug } from './map-actor.ts';
import { assertDistinctOrgNumbers } from './unit-writer.ts';
import type { UnitWriter, WriteCounts } from './unit-writer.ts';

export interface GraphUnitWriterOptions {
  readonly now?: () => number;
  /** Municipality rows (facts with their source) to create when the store lacks them. */
  readonly municipalities?: readonly MunicipalityRow[];
}

/** The stored actor and where it is located, as this batch sees it. */
interface Current {
  row: ActorRow;
  municipality: string | null;
}

export class GraphUnitWriter implements UnitWriter {
  private readonly graph: Graph;
  private readonly now: () => number;
  private readonly municipalityFacts: readonly MunicipalityRow[];
  private readonly municipalities = new NodeStore('Municipality');
  /** Municipality codes known to exist in the store (checked once per code). */
  private readonly knownMunicipalities = new Set<string>();
  /** A batch wrote something since the last finish: followers have not been told. */
  private unannounced = false;

  constructor(graph: Graph, options: GraphUnitWriterOptions = {}) {
    this.graph = graph;
    this.now = options.now ?? Date.now;
    this.municipalityFacts = options.municipalities ?? [];
  }

  async upsertActors(rows: readonly ActorUpsertRow[]): Promise<WriteCounts> {
    assertDistinctOrgNumbers(rows);
    if (rows.length === 0) return { created: 0, updated: 0, unchanged: 0 };
    const counts = await this.graph.runner.write((tx) => this.upsertInTransaction(tx, rows));
    if (counts.created + counts.updated > 0) this.unannounced = true;
    return counts;
  }

  async finish(): Promise<void> {
    if (!this.unannounced) return;
    await this.graph.runner.write((tx) => recordRebuild(tx, this.now()));
    this.unannounced = false;
  }

  private async upsertInTransaction(
    tx: QueryExecutor,
    rows: readonly ActorUpsertRow[],
  ): Promise<WriteCounts> {
    const actors = this.graph.actors;
    const now = this.now();
    await this.ensureMunicipalities(
      tx,
      rows.map((r) => r.municipalityCode),
    );

    const idByOrg = await actors.idsByOrgNumbers(
      tx,
      rows.map((r) => r.orgNumber),
    );
    const ids = [...idByOrg.values()];
    const stored = await actors.nodes.getMany(tx, ids);
    const located = await actors.location.outgoing(tx, ids);
    const byOrg = new Map<string, Current>();
    stored.forEach((row, i) => {
      if (row?.orgNumber == null) return;
      byOrg.set(row.orgNumber, { row, municipality: located[i]?.[0]?.toKey ?? null });
    });
    // Every slug this batch may want; the answer tells who holds each (updated as we go).
    const slugOwner = await actors.idsBySlugs(
      tx,
      rows.flatMap((r) => [r.slug, actorSlug(r.name, r.orgNumber, true)]),
    );
    const freeSlug = (row: ActorUpsertRow, id: string): string => {
      const owner = slugOwner.get(row.slug);
      if (owner === undefined || owner === id) return row.slug;
      const full = actorSlug(row.name, row.orgNumber, true);
      const fullOwner = slugOwner.get(full);
      if (fullOwner === undefined || fullOwner === id) return full;
      throw new GraphConstraintError('Actor', 'slug', full);
    };
    const moveSlug = (id: string, from: string | null, to: string): void => {
      if (from !== null && slugOwner.get(from) === id) slugOwner.delete(from);
      slugOwner.set(to, id);
    };

    let created = 0;
    let updated = 0;
    let unchanged = 0;
    const writes = new Map<string, ActorRow>();
    const unlink: { fromKey: string; toKey: string }[] = [];
    const link = new Map<string, string>();

    for (const row of rows) {
      const current = byOrg.get(row.orgNumber);
      if (current === undefined) {
        const id = uuidv7(now);
        const slug = freeSlug(row, id);
        moveSlug(id, null, slug);
        const actor: ActorRow = {
          id,
          kind: row.kind,
          helix: row.helix,
          name: row.name,
          slug,
          description: null,
          website: row.website,
          orgNumber: row.orgNumber,
          naceCode: row.naceCode,
          employees: row.employees,
          foundedYear: row.foundedYear,
          isTech: row.isTech,
          stage: null,
          editedFields: [],
          source: row.source,
          sourceRef: row.sourceRef,
          createdAt: now,
          updatedAt: now,
        };
        byOrg.set(row.orgNumber, { row: actor, municipality: row.municipalityCode });
        writes.set(id, actor);
        link.set(id, row.municipalityCode);
        created++;
        continue;
      }

      const { row: actor } = current;
      const edited = new Set(actor.editedFields ?? []);
      const next: Record<string, unknown> = { ...actor };
      let changed = false;
      for (const field of IMPORTED_FIELDS) {
        if (edited.has(field)) continue;
        if (field === 'slug') {
          const slug = freeSlug(row, actor.id);
          if (slug !== actor.slug) {
            moveSlug(actor.id, actor.slug, slug);
            next.slug = slug;
            changed = true;
          }
        } else if (field === 'municipalityCode') {
          if (current.municipality !== row.municipalityCode) {
            if (current.municipality !== null) {
              unlink.push({ fromKey: actor.id, toKey: current.municipality });
            }
            link.set(actor.id, row.municipalityCode);
            current.municipality = row.municipalityCode;
            changed = true;
          }
        } else if ((actor[field] ?? null) !== row[field]) {
          next[field] = row[field];
          changed = true;
        }
      }
      if (!changed) {
        unchanged++;
        continue;
      }
      next.updatedAt = now;
      current.row = next as ActorRow;
      writes.set(actor.id, current.row);
      updated++;
    }

    const quiet = { recordChanges: false };
    await actors.nodes.upsertMany(tx, [...writes.values()], quiet);
    await actors.location.delete(tx, unlink, quiet);
    const links = [...link].map(([fromKey, toKey]) => ({ fromKey, toKey }));
    const linked = await actors.location.merge(tx, links, quiet);
    if (linked !== links.length) {
      throw new Error(`LOCATED_IN: ${links.length - linked} municipalities are missing`);
    }
    return { created, updated, unchanged };
  }

  /**
   * An import may run before the seed: the region's municipalities (facts with their source,
   * when the caller gave them) are created when missing, never overwritten.
   */
  private async ensureMunicipalities(tx: QueryExecutor, codes: readonly string[]): Promise<void> {
    const unknown = [...new Set(codes)].filter((c) => !this.knownMunicipalities.has(c));
    if (unknown.length === 0) return;
    const found = await this.municipalities.getMany(tx, unknown);
    const missing = unknown.filter((_, i) => found[i] === null);
    if (missing.length > 0) {
      // Set before the commit: a rolled-back batch costs followers at most one needless rebuild.
      this.unannounced = true;
      const facts = this.municipalityFacts.filter((m) => missing.includes(m.code));
      await this.municipalities.upsertMany(tx, facts, { recordChanges: false });
      const absent = missing.filter((c) => !facts.some((m) => m.code === c));
      if (absent.length > 0) {
        throw new Error(
          `Municipalities missing from the store (seed it first): ${absent.join(', ')}`,
        );
      }
    }
    // Marked known only after the transaction's writes succeed would be stricter; a failed
    // batch rolls back and the import stops, so the writer is not reused after it.
    for (const c of unknown) this.knownMunicipalities.add(c);
  }
}
