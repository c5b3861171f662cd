import type { ExportValue } from '@kobling/graph/export';
import {
  ACTOR_KINDS,
  COMPANY_STAGES,
  HELICES,
  MEMBERSHIP_STATUSES,
  SOURCES,
  codeOf,
} from './codes.ts';
import { buildCsr, invertCsr } from './csr.ts';
import type { Csr } from './csr.ts';
import type { IntroductionFact } from './facts.ts';
import { Column, IdTable } from './ids.ts';

/**
 * The bulk-built part of a projection: every table in typed arrays, ids interned in id order, ties
 * as CSR adjacency both ways where a reader walks them both ways. Immutable once built.
 */
export interface Base {
  readonly actors: IdTable;
  readonly actorKind: Uint8Array;
  readonly actorHelix: Uint8Array;
  readonly actorName: readonly string[];
  readonly actorSlug: readonly string[];
  readonly actorStage: Uint8Array;
  readonly actorSource: Uint8Array;
  /** Municipality index, -1 when none. */
  readonly actorPlace: Int32Array;
  readonly actorTechnologies: Int32Array;
  /** Received introductions by outcome: 4 per actor (accepted, declined, expired, completed). */
  readonly actorIntroductions: Int32Array;

  readonly municipalities: IdTable;
  readonly municipalityName: readonly string[];
  readonly municipalityInRegion: Uint8Array;

  readonly topics: IdTable;
  readonly topicName: readonly string[];
  readonly topicNameNb: readonly string[];
  readonly topicSlug: readonly string[];
  readonly topicActorCount: Int32Array;
  readonly topicBroader: Int32Array;
  readonly topicSynonyms: readonly (readonly string[])[];

  readonly clusters: IdTable;
  readonly clusterName: readonly string[];
  readonly clusterSlug: readonly string[];
  readonly clusterStartYear: readonly (number | null)[];
  readonly clusterEndYear: readonly (number | null)[];

  readonly projects: IdTable;
  readonly projectTitle: readonly string[];
  readonly projectFunder: readonly (string | null)[];
  readonly projectStartYear: readonly (number | null)[];
  readonly projectEndYear: readonly (number | null)[];

  readonly people: IdTable;
  readonly personName: readonly string[];
  readonly personListed: Uint8Array;

  readonly opportunities: IdTable;
  readonly opportunityActor: Int32Array;
  readonly opportunityKind: readonly string[];
  readonly opportunityStatus: readonly string[];
  readonly opportunityVisibility: readonly string[];
  readonly opportunityTitle: readonly string[];
  readonly opportunityCreatedAt: Float64Array;
  /** Actor indices in slug order, for lookups by slug (binary search). */
  readonly actorsBySlug: Int32Array;

  /** actor → topic, value = weight. */
  readonly actorTopics: Csr;
  /** topic → actor, value = weight. */
  readonly topicActors: Csr;
  /** actor → cluster, value = membership status code. */
  readonly actorClusters: Csr;
  readonly membershipRole: readonly (string | null)[];
  readonly membershipSince: Float64Array;
  /** cluster → actor, value = membership status code. */
  readonly clusterActors: Csr;
  /** actor → project. */
  readonly actorProjects: Csr;
  readonly participationRole: readonly (string | null)[];
  /** project → actor. */
  readonly projectActors: Csr;
  /** person → actor. */
  readonly personEmployers: Csr;
  /** person → topic, value = weight. */
  readonly personTopics: Csr;
  /** actor → opportunity it posted. */
  readonly actorOpportunities: Csr;
  /** actor → person working there. */
  readonly actorPeople: Csr;
  /** actor → technology that originated there. */
  readonly actorOriginated: Csr;
  /** actor → the actor it is part of; and the inverse. */
  readonly actorParents: Csr;
  readonly actorParts: Csr;
  readonly technologies: IdTable;
  /** opportunity → topic. */
  readonly opportunityTopics: Csr;
  /** technology id → the actors it originated at or is commercialised by (for its deletion). */
  readonly technologyActors: ReadonlyMap<string, readonly string[]>;
  /** introduction id → its two sides, status and answer time (dated ties; its deletion). */
  readonly introductions: ReadonlyMap<string, IntroductionFact>;
}

/** The export tables in the order the builder reads them: every node table before its ties. */
export const BUILD_ORDER = [
  'municipalities',
  'topics',
  'clusters',
  'projects',
  'actors',
  'people',
  'technologies',
  'opportunities',
  'topicSynonyms',
  'broader',
  'actorPlaces',
  'actorTopics',
  'memberships',
  'participations',
  'worksAt',
  'partOf',
  'personTopics',
  'originatedAt',
  'commercialisedBy',
  'opportunityTopics',
  'introductions',
] as const;

export type BuildTable = (typeof BUILD_ORDER)[number];

type Row = readonly ExportValue[];

const str = (v: ExportValue | undefined): string =>
  v === null || v === undefined ? '' : String(v);
const optStr = (v: ExportValue | undefined): string | null =>
  v === null || v === undefined ? null : String(v);
const num = (v: ExportValue | undefined): number | null => (typeof v === 'number' ? v : null);

class Edges {
  readonly from = new Column((n) => new Int32Array(n));
  readonly to = new Column((n) => new Int32Array(n));
  readonly value = new Column((n) => new Float64Array(n));

  push(from: number | undefined, to: number | undefined, value = 0): boolean {
    if (from === undefined || to === undefined) return false;
    this.from.push(from);
    this.to.push(to);
    this.value.push(value);
    return true;
  }

  /** The edges with both ends renumbered. */
  renumbered(from: Int32Array, to: Int32Array) {
    const f = this.from.values().map((i) => from[i]!);
    const t = this.to.values().map((i) => to[i]!);
    return { from: f, to: t, value: this.value.values() };
  }
}

/** Introduction statuses counted per receiver, in the order of Base.actorIntroductions. */
const INTRO_OUTCOMES = ['ACCEPTED', 'DECLINED', 'EXPIRED', 'COMPLETED'] as const;

/**
 * Reads export rows table by table (BUILD_ORDER) and builds the Base. Ties to an id the node
 * tables do not hold are dropped: in one consistent export there are none.
 */
export class BaseBuilder {
  private readonly actors = new IdTable();
  private readonly actorRows: {
    kind: number;
    helix: number;
    name: string;
    slug: string;
    stage: number;
    source: number;
  }[] = [];
  private readonly municipalities = new IdTable();
  private readonly municipalityRows: { name: string; inRegion: boolean }[] = [];
  private readonly topics = new IdTable();
  private readonly topicRows: { name: string; nameNb: string; slug: string; actorCount: number }[] =
    [];
  private readonly synonyms = new Map<number, string[]>();
  private readonly broader = new Map<number, string>();
  private readonly clusters = new IdTable();
  private readonly clusterRows: {
    name: string;
    slug: string;
    startYear: number | null;
    endYear: number | null;
  }[] = [];
  private readonly projects = new IdTable();
  private readonly projectRows: {
    title: string;
    startYear: number | null;
    endYear: number | null;
    funder: string | null;
  }[] = [];
  private readonly people = new IdTable();
  private readonly personRows: { name: string; listed: boolean }[] = [];
  private readonly technologies = new IdTable();
  private readonly opportunities = new IdTable();
  private readonly opportunityRows: {
    actor: string;
    kind: string;
    status: string;
    visibility: string;
    title: string;
    createdAt: number;
  }[] = [];
  private readonly places = new Map<number, string>();
  private readonly actorTopics = new Edges();
  private readonly memberships = new Edges();
  private readonly membershipRoles: (string | null)[] = [];
  private readonly membershipSince: number[] = [];
  private readonly participations = new Edges();
  private readonly participationRoles: (string | null)[] = [];
  private readonly worksAt = new Edges();
  private readonly partOf = new Edges();
  private readonly originated = new Edges();
  private readonly personTopics = new Edges();
  private readonly technologyActors = new Map<number, Set<number>>();
  private readonly opportunityTopics = new Edges();
  private readonly introductions = new Map<number, Int32Array>();
  private readonly technologyActorIds = new Map<string, string[]>();
  private readonly introductionFacts = new Map<string, IntroductionFact>();

  add(table: BuildTable, rows: readonly Row[]): void {
    for (const row of rows) this.addRow(table, row);
  }

  private addRow(table: BuildTable, r: Row): void {
    switch (table) {
      case 'municipalities':
        this.municipalities.add(str(r[0]));
        this.municipalityRows.push({ name: str(r[1]), inRegion: r[2] === true });
        return;
      case 'topics':
        this.topics.add(str(r[0]));
        this.topicRows.push({
          name: str(r[1]),
          nameNb: str(r[2]),
          slug: str(r[3]),
          actorCount: num(r[4]) ?? 0,
        });
        return;
      case 'clusters':
        this.clusters.add(str(r[0]));
        this.clusterRows.push({
          name: str(r[1]),
          slug: str(r[2]),
          startYear: num(r[3]),
          endYear: num(r[4]),
        });
        return;
      case 'projects':
        this.projects.add(str(r[0]));
        this.projectRows.push({
          title: str(r[1]),
          startYear: num(r[2]),
          endYear: num(r[3]),
          funder: optStr(r[4]),
        });
        return;
      case 'actors':
        this.actors.add(str(r[0]));
        this.actorRows.push({
          kind: codeOf(ACTOR_KINDS, optStr(r[1])),
          helix: codeOf(HELICES, optStr(r[2])),
          name: str(r[3]),
          slug: str(r[4]),
          stage: codeOf(COMPANY_STAGES, optStr(r[5])),
          source: codeOf(SOURCES, optStr(r[6])),
        });
        return;
      case 'people':
        this.people.add(str(r[0]));
        this.personRows.push({ name: str(r[1]), listed: r[2] === true });
        return;
      case 'technologies':
        this.technologies.add(str(r[0]));
        return;
      case 'opportunities':
        this.opportunities.add(str(r[0]));
        this.opportunityRows.push({
          actor: str(r[1]),
          kind: str(r[2]),
          status: str(r[3]),
          visibility: str(r[4]),
          title: str(r[5]),
          createdAt: num(r[6]) ?? 0,
        });
        return;
      case 'topicSynonyms': {
        const topic = this.topics.get(str(r[0]));
        if (topic === undefined) return;
        const list = this.synonyms.get(topic) ?? [];
        list.push(str(r[1]));
        this.synonyms.set(topic, list);
        return;
      }
      case 'broader': {
        const topic = this.topics.get(str(r[0]));
        const broader = str(r[1]);
        if (topic === undefined || this.topics.get(broader) === undefined) return;
        const seen = this.broader.get(topic);
        if (seen === undefined || broader < seen) this.broader.set(topic, broader);
        return;
      }
      case 'actorPlaces': {
        const actor = this.actors.get(str(r[0]));
        const code = str(r[1]);
        if (actor === undefined || this.municipalities.get(code) === undefined) return;
        const seen = this.places.get(actor);
        if (seen === undefined || code < seen) this.places.set(actor, code);
        return;
      }
      case 'actorTopics':
        this.actorTopics.push(
          this.actors.get(str(r[0])),
          this.topics.get(str(r[1])),
          num(r[2]) ?? 0,
        );
        return;
      case 'memberships':
        if (
          this.memberships.push(
            this.actors.get(str(r[0])),
            this.clusters.get(str(r[1])),
            codeOf(MEMBERSHIP_STATUSES, optStr(r[2])),
          )
        ) {
          this.membershipRoles.push(optStr(r[3]));
          this.membershipSince.push(num(r[4]) ?? Number.NaN);
        }
        return;
      case 'participations':
        if (this.participations.push(this.actors.get(str(r[0])), this.projects.get(str(r[1])))) {
          this.participationRoles.push(optStr(r[2]));
        }
        return;
      case 'worksAt':
        this.worksAt.push(this.people.get(str(r[0])), this.actors.get(str(r[1])));
        return;
      case 'partOf':
        this.partOf.push(this.actors.get(str(r[0])), this.actors.get(str(r[1])));
        return;
      case 'personTopics':
        this.personTopics.push(
          this.people.get(str(r[0])),
          this.topics.get(str(r[1])),
          num(r[2]) ?? 0,
        );
        return;
      case 'originatedAt':
      case 'commercialisedBy': {
        const technology = this.technologies.get(str(r[0]));
        const actor = this.actors.get(str(r[1]));
        if (technology === undefined || actor === undefined) return;
        if (table === 'originatedAt') this.originated.push(actor, technology);
        const set = this.technologyActors.get(actor) ?? new Set();
        set.add(technology);
        this.technologyActors.set(actor, set);
        const actors = this.technologyActorIds.get(str(r[0])) ?? [];
        actors.push(str(r[1]));
        this.technologyActorIds.set(str(r[0]), actors);
        return;
      }
      case 'opportunityTopics':
        this.opportunityTopics.push(this.opportunities.get(str(r[0])), this.topics.get(str(r[1])));
        return;
      case 'introductions': {
        const receiver = this.actors.get(str(r[2]));
        if (receiver !== undefined) {
          this.introductionFacts.set(str(r[0]), {
            id: str(r[0]),
            requesterId: optStr(r[1]),
            receiverId: str(r[2]),
            status: str(r[3]),
            respondedAt: num(r[6]),
          });
        }
        const outcome = INTRO_OUTCOMES.indexOf(str(r[3]) as (typeof INTRO_OUTCOMES)[number]);
        if (receiver === undefined || outcome < 0) return;
        const counts = this.introductions.get(receiver) ?? new Int32Array(4);
        counts[outcome]! += 1;
        this.introductions.set(receiver, counts);
        return;
      }
    }
  }

  finish(): Base {
    const actors = this.actors.sorted();
    const municipalities = this.municipalities.sorted();
    const topics = this.topics.sorted();
    const clusters = this.clusters.sorted();
    const projects = this.projects.sorted();
    const people = this.people.sorted();
    const opportunities = this.opportunities.sorted();
    const technologies = this.technologies.sorted();
    const n = actors.table.size;
    const inOrder = <T>(rows: readonly T[], renumber: Int32Array): T[] => {
      const out = new Array<T>(rows.length);
      rows.forEach((row, old) => (out[renumber[old]!] = row));
      return out;
    };
    const actorRows = inOrder(this.actorRows, actors.renumber);
    const topicRows = inOrder(this.topicRows, topics.renumber);
    const municipalityRows = inOrder(this.municipalityRows, municipalities.renumber);
    const clusterRows = inOrder(this.clusterRows, clusters.renumber);
    const projectRows = inOrder(this.projectRows, projects.renumber);
    const personRows = inOrder(this.personRows, people.renumber);
    const opportunityRows = inOrder(this.opportunityRows, opportunities.renumber);

    const actorPlace = new Int32Array(n).fill(-1);
    for (const [old, code] of this.places)
      actorPlace[actors.renumber[old]!] = municipalities.table.get(code)!;
    const actorTechnologies = new Int32Array(n);
    for (const [old, set] of this.technologyActors)
      actorTechnologies[actors.renumber[old]!] = set.size;
    const actorIntroductions = new Int32Array(n * 4);
    for (const [old, counts] of this.introductions)
      actorIntroductions.set(counts, actors.renumber[old]! * 4);
    const topicBroader = new Int32Array(topics.table.size).fill(-1);
    for (const [old, id] of this.broader)
      topicBroader[topics.renumber[old]!] = topics.table.get(id)!;
    const topicSynonyms: string[][] = Array.from({ length: topics.table.size }, () => []);
    for (const [old, list] of this.synonyms) topicSynonyms[topics.renumber[old]!] = list.sort();

    const csr = (
      edges: Edges,
      from: Int32Array,
      to: Int32Array,
      nodes: number,
      valued: boolean,
    ) => {
      const e = edges.renumbered(from, to);
      return buildCsr(nodes, e.from, e.to, valued ? e.value : null);
    };
    const actorTopics = csr(this.actorTopics, actors.renumber, topics.renumber, n, true);
    // Roles ride along by encoding the edge's position as its value, then are read back in CSR order.
    const withPosition = (edges: Edges, targets: Int32Array) => {
      const e = edges.renumbered(actors.renumber, targets);
      const positions = new Float64Array(e.from.length).map((_, i) => i);
      return { e, csr: buildCsr(n, e.from, e.to, positions) };
    };
    const members = withPosition(this.memberships, clusters.renumber);
    const memberStatus = this.memberships.value.values();
    const membershipRole = Array.from(members.csr.values, (p) => this.membershipRoles[p] ?? null);
    const membershipSince = Float64Array.from(
      members.csr.values,
      (p) => this.membershipSince[p] ?? Number.NaN,
    );
    const actorClusters = {
      ...members.csr,
      values: Float64Array.from(members.csr.values, (p) => memberStatus[p]!),
    };
    const personEmployers = csr(
      this.worksAt,
      people.renumber,
      actors.renumber,
      people.table.size,
      false,
    );
    const actorParents = csr(this.partOf, actors.renumber, actors.renumber, n, false);
    const participating = withPosition(this.participations, projects.renumber);
    const participationRole = Array.from(
      participating.csr.values,
      (p) => this.participationRoles[p] ?? null,
    );
    const actorProjects = {
      ...participating.csr,
      values: new Float64Array(participating.csr.targets.length),
    };
    const actorOpportunities = buildCsr(
      n,
      Int32Array.from(opportunityRows, (o) => actors.table.get(o.actor) ?? -1).filter(
        (a) => a >= 0,
      ),
      Int32Array.from(
        opportunityRows
          .map((o, i) => [o, i] as const)
          .filter(([o]) => actors.table.get(o.actor) !== undefined),
        ([, i]) => i,
      ),
      null,
    );

    return {
      actors: actors.table,
      actorKind: Uint8Array.from(actorRows, (a) => a.kind),
      actorHelix: Uint8Array.from(actorRows, (a) => a.helix),
      actorName: actorRows.map((a) => a.name),
      actorSlug: actorRows.map((a) => a.slug),
      actorStage: Uint8Array.from(actorRows, (a) => a.stage),
      actorSource: Uint8Array.from(actorRows, (a) => a.source),
      actorPlace,
      actorsBySlug: Int32Array.from(actorRows.map((_, i) => i)).sort((a, b) => {
        const x = actorRows[a]!.slug;
        const y = actorRows[b]!.slug;
        return x < y ? -1 : x > y ? 1 : 0;
      }),
      actorTechnologies,
      actorIntroductions,
      municipalities: municipalities.table,
      municipalityName: municipalityRows.map((m) => m.name),
      municipalityInRegion: Uint8Array.from(municipalityRows, (m) => (m.inRegion ? 1 : 0)),
      topics: topics.table,
      topicName: topicRows.map((t) => t.name),
      topicNameNb: topicRows.map((t) => t.nameNb),
      topicSlug: topicRows.map((t) => t.slug),
      topicActorCount: Int32Array.from(topicRows, (t) => t.actorCount),
      topicBroader,
      topicSynonyms,
      clusters: clusters.table,
      clusterName: clusterRows.map((c) => c.name),
      clusterSlug: clusterRows.map((c) => c.slug),
      clusterStartYear: clusterRows.map((c) => c.startYear),
      clusterEndYear: clusterRows.map((c) => c.endYear),
      projects: projects.table,
      projectTitle: projectRows.map((p) => p.title),
      projectFunder: projectRows.map((p) => p.funder),
      projectStartYear: projectRows.map((p) => p.startYear),
      projectEndYear: projectRows.map((p) => p.endYear),
      people: people.table,
      personName: personRows.map((p) => p.name),
      personListed: Uint8Array.from(personRows, (p) => (p.listed ? 1 : 0)),
      opportunities: opportunities.table,
      opportunityActor: Int32Array.from(opportunityRows, (o) => actors.table.get(o.actor) ?? -1),
      opportunityKind: opportunityRows.map((o) => o.kind),
      opportunityStatus: opportunityRows.map((o) => o.status),
      opportunityVisibility: opportunityRows.map((o) => o.visibility),
      opportunityTitle: opportunityRows.map((o) => o.title),
      opportunityCreatedAt: Float64Array.from(opportunityRows, (o) => o.createdAt),
      actorTopics,
      topicActors: invertCsr(actorTopics, topics.table.size),
      actorClusters,
      membershipRole,
      membershipSince,
      clusterActors: invertCsr(actorClusters, clusters.table.size),
      actorProjects,
      participationRole,
      projectActors: invertCsr(actorProjects, projects.table.size),
      personEmployers,
      actorPeople: invertCsr(personEmployers, n),
      actorOriginated: csr(this.originated, actors.renumber, technologies.renumber, n, false),
      actorParents,
      actorParts: invertCsr(actorParents, n),
      technologies: technologies.table,
      personTopics: csr(
        this.personTopics,
        people.renumber,
        topics.renumber,
        people.table.size,
        true,
      ),
      actorOpportunities,
      technologyActors: this.technologyActorIds,
      introductions: this.introductionFacts,
      opportunityTopics: csr(
        this.opportunityTopics,
        opportunities.renumber,
        topics.renumber,
        opportunities.table.size,
        false,
      ),
    };
  }
}
