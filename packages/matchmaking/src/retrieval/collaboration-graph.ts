import { ACTIVE_MEMBERSHIP } from '@kobling/projection';
import type { ActorFacts, Projection } from '@kobling/projection';
import { linkGraph, linkGraphOf, type LinkGraph, type NodeGroups } from '../link/link-graph.ts';

/*
 * The link scorer's graph of one projection version — the graph the offline evaluation scores
 * (eval/evaluate.ts), built from the live facts: node i is the actor at projection index i (an
 * index whose actor was deleted is a node without ties), a tie joins two actors that take part in
 * the same project, and the memberships are the actors' ACTIVE clusters and their topics.
 *
 * Every write publishes a version, so a version's graph must cost little: the base's graph is
 * built once per base from its adjacency arrays (topic memberships are views of them, not
 * copies), and a version's graph is the base's with the rows the overlay changed recomputed —
 * the overlaid actors, their old and new collaborators and the groups they left or joined.
 */

type Base = Projection['base'];

const byBase = new WeakMap<Base, LinkGraph>();
const byVersion = new WeakMap<Projection, LinkGraph>();

/** The collaboration graph of this version, built once per version. */
export function collaborationGraph(projection: Projection): LinkGraph {
  let g = byVersion.get(projection);
  if (!g) {
    let base = byBase.get(projection.base);
    if (!base) {
      base = baseGraph(projection.base);
      byBase.set(projection.base, base);
    }
    g = projection.overlay.actors.size === 0 ? base : patched(base, projection);
    byVersion.set(projection, g);
  }
  return g;
}

/** The graph of the base alone, as if nothing had changed since it was built. */
function baseGraph(b: Base): LinkGraph {
  const n = b.actors.size;
  const ties: number[] = [];
  const { offsets, targets } = b.projectActors;
  for (let q = 0; q < b.projects.size; q++) {
    for (let i = offsets[q]!; i < offsets[q + 1]!; i++) {
      for (let j = i + 1; j < offsets[q + 1]!; j++) ties.push(targets[i]!, targets[j]!);
    }
  }
  const active = (csr: Base['actorClusters'], rows: number) =>
    Array.from({ length: rows }, (_, r) => {
      const out: number[] = [];
      for (let e = csr.offsets[r]!; e < csr.offsets[r + 1]!; e++) {
        if (csr.values[e] === ACTIVE_MEMBERSHIP) out.push(csr.targets[e]!);
      }
      return Int32Array.from(out);
    });
  const views = (csr: Base['actorTopics'], rows: number) =>
    Array.from({ length: rows }, (_, r) =>
      csr.targets.subarray(csr.offsets[r]!, csr.offsets[r + 1]!),
    );
  return linkGraph(n, ties, [
    {
      name: 'clusters',
      of: active(b.actorClusters, n),
      members: active(b.clusterActors, b.clusters.size),
    },
    {
      name: 'topics',
      of: views(b.actorTopics, n),
      members: views(b.topicActors, b.topics.size),
    },
  ]);
}

const sortedUnique = (xs: Iterable<number>): Int32Array => Int32Array.from(new Set(xs)).sort();

/** The base's graph with every row the overlay touches recomputed from this version's facts. */
function patched(base: LinkGraph, p: Projection): LinkGraph {
  const n = p.actorIndexLimit;
  const changed = [...p.overlay.actors.keys()];
  const empty = new Int32Array(0);
  const rowOf = (lists: readonly Int32Array[], u: number) => lists[u] ?? empty;

  // Ties: an overlaid actor, and everyone it worked with before or works with now.
  const now = new Map<number, Int32Array>();
  const collaboratorsNow = (u: number): Int32Array => {
    let list = now.get(u);
    if (!list) {
      const found: number[] = [];
      if (p.hasActorAt(u)) {
        for (const q of p.projectIdsOf(p.actorIdAt(u))) {
          p.forEachParticipant(q, (v) => {
            if (v !== u) found.push(v);
          });
        }
      }
      list = sortedUnique(found);
      now.set(u, list);
    }
    return list;
  };
  const touched = new Set<number>();
  for (const u of changed) {
    touched.add(u);
    for (const v of rowOf(base.neighbors, u)) touched.add(v);
    for (const v of collaboratorsNow(u)) touched.add(v);
  }
  const neighbors = Array.from({ length: n }, (_, u) => rowOf(base.neighbors, u));
  for (const u of touched) neighbors[u] = collaboratorsNow(u);

  const groups = (base.groups ?? []).map((kind) => patchedGroups(kind, p, changed, n));
  return linkGraphOf(neighbors, groups);
}

/** How a version reads one kind of membership: its groups, an actor's, a group's members. */
interface MembershipKind {
  readonly baseIds: (p: Projection) => {
    readonly ids: readonly string[];
    get(id: string): number | undefined;
  };
  readonly ids: (p: Projection) => readonly string[];
  readonly of: (facts: ActorFacts) => readonly string[];
  readonly forEachMember: (p: Projection, id: string, visit: (u: number) => void) => void;
}

const KINDS: Readonly<Record<string, MembershipKind>> = {
  clusters: {
    baseIds: (p) => p.base.clusters,
    ids: (p) => p.clusterIds(),
    of: (facts) => facts.memberships.filter((m) => m.status === 'ACTIVE').map((m) => m.clusterId),
    forEachMember: (p, id, visit) => p.forEachActiveMember(id, visit),
  },
  topics: {
    baseIds: (p) => p.base.topics,
    ids: (p) => p.topics().map((t) => t.id),
    of: (facts) => facts.topics.map((t) => t.topicId),
    forEachMember: (p, id, visit) => p.forEachActorWithTopic(id, visit),
  },
};

/** One membership kind with the overlaid actors' rows, and the groups they touch, recomputed. */
function patchedGroups(
  groups: NodeGroups,
  p: Projection,
  changed: readonly number[],
  n: number,
): NodeGroups {
  const kind = KINDS[groups.name]!;
  // The base's group indices, then the groups created since, in id order.
  const table = kind.baseIds(p);
  const ids = [
    ...table.ids,
    ...kind
      .ids(p)
      .filter((id) => table.get(id) === undefined)
      .sort(),
  ];
  const index = new Map(ids.map((id, i) => [id, i]));
  const empty = new Int32Array(0);
  const of = Array.from({ length: n }, (_, u) => groups.of[u] ?? empty);
  const touched = new Set<number>();
  for (const u of changed) {
    for (const g of of[u]!) touched.add(g);
    const facts = p.actorAt(u);
    of[u] = facts ? sortedUnique(kind.of(facts).flatMap((id) => index.get(id) ?? [])) : empty;
    for (const g of of[u]!) touched.add(g);
  }
  const members = Array.from({ length: ids.length }, (_, g) => groups.members[g] ?? empty);
  for (const g of touched) {
    const found: number[] = [];
    kind.forEachMember(p, ids[g]!, (u) => found.push(u));
    members[g] = sortedUnique(found);
  }
  return { name: groups.name, of, members };
}
