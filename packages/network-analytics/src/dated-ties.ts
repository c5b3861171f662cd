import type { Projection } from '@kobling/projection';
import type { Network } from './network.ts';
import { buildNetwork, helixCode } from './network.ts';

/** A moment to compute a network at: the end of a day (epoch ms) and its calendar year. */
export interface AsOf {
  readonly at: number;
  readonly year: number;
}

/** The end (UTC) of the day of `date`, and its year. */
export function asOfDate(date: Date): AsOf {
  const end = Date.UTC(
    date.getUTCFullYear(),
    date.getUTCMonth(),
    date.getUTCDate(),
    23,
    59,
    59,
    999,
  );
  return { at: end, year: date.getUTCFullYear() };
}

/** The last moment of a year. */
export const asOfYear = (year: number): AsOf => ({
  at: Date.UTC(year, 11, 31, 23, 59, 59, 999),
  year,
});

/**
 * Which ties count: PUBLIC are the facts anyone may see (project co-participation); ALL adds the
 * accepted introductions, which only their two sides and administrators may see.
 */
export type TieVisibility = 'PUBLIC' | 'ALL';

/** Introductions that became a working tie once answered. */
export const TIE_STATUSES = new Set(['ACCEPTED', 'COMPLETED']);

/**
 * Every actor of a projection version and its ties as of a moment, over the projection's actor
 * indices: two actors are tied while they take part in the same project (its start year to its
 * end year; an open end runs on), and — with ALL — from when one accepted the other's
 * introduction. Projects running at that moment are kept with their participants: the
 * co-participations T(UIG) counts.
 */
export class DatedTies {
  readonly asOf: AsOf;
  readonly visibility: TieVisibility;
  /** Every existing actor (keys are projection indices) with its ties. */
  readonly network: Network;
  /** Position in `network` of each projection index, -1 for a deleted actor. */
  readonly positionOf: Int32Array;
  /** Participants (positions) of each project running at the moment. */
  readonly projects: ReadonlyMap<string, Int32Array>;

  constructor(projection: Projection, asOf: AsOf, visibility: TieVisibility) {
    this.asOf = asOf;
    this.visibility = visibility;
    const limit = projection.actorIndexLimit;
    const positionOf = new Int32Array(limit).fill(-1);
    const keys: number[] = [];
    const helices: number[] = [];
    for (let index = 0; index < limit; index += 1) {
      if (!projection.hasActorAt(index)) continue;
      positionOf[index] = keys.length;
      keys.push(index);
      helices.push(helixCode(projection.helixAt(index)));
    }
    const from: number[] = [];
    const to: number[] = [];
    const projects = new Map<string, Int32Array>();
    for (const id of projection.projectIds()) {
      const project = projection.project(id);
      if (!project || !runsIn(project.startYear, project.endYear, asOf.year)) continue;
      const members: number[] = [];
      projection.forEachParticipant(id, (index) => {
        const p = positionOf[index]!;
        if (p >= 0) members.push(p);
      });
      projects.set(id, Int32Array.from(members));
      for (let x = 0; x < members.length; x += 1) {
        for (let y = x + 1; y < members.length; y += 1) {
          from.push(members[x]!);
          to.push(members[y]!);
        }
      }
    }
    if (visibility === 'ALL') {
      projection.forEachIntroduction((intro) => {
        if (!TIE_STATUSES.has(intro.status) || intro.requesterId === null) return;
        if (intro.respondedAt === null || intro.respondedAt > asOf.at) return;
        const a = projection.actorIndex(intro.requesterId);
        const b = projection.actorIndex(intro.receiverId);
        if (a === undefined || b === undefined) return;
        from.push(positionOf[a]!);
        to.push(positionOf[b]!);
      });
    }
    this.network = buildNetwork(keys, helices, from, to);
    this.positionOf = positionOf;
    this.projects = projects;
  }
}

/** Whether a project with these years runs in `year` (an open end runs on). */
export const runsIn = (start: number | null, end: number | null, year: number): boolean =>
  (start === null || start <= year) && (end === null || end >= year);

/**
 * The network among the given nodes of a larger one (positions in it), in the order given: the
 * ties of a cluster's or a municipality's actors with each other.
 */
export function inducedNetwork(whole: Network, nodes: ArrayLike<number>): Network {
  const local = new Int32Array(whole.keys.length).fill(-1);
  for (let i = 0; i < nodes.length; i += 1) local[nodes[i]!] = i;
  const from: number[] = [];
  const to: number[] = [];
  for (let i = 0; i < nodes.length; i += 1) {
    const v = nodes[i]!;
    for (let e = whole.offsets[v]!; e < whole.offsets[v + 1]!; e += 1) {
      const j = local[whole.targets[e]!]!;
      if (j > i) {
        from.push(i);
        to.push(j);
      }
    }
  }
  return buildNetwork(
    Array.from(nodes, (v) => whole.keys[v]!),
    Array.from(nodes, (v) => whole.helix[v]!),
    from,
    to,
  );
}
