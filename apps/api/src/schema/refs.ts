import type {
  ActorRow,
  ClusterRow,
  IntroductionRow,
  MilestoneRow,
  MunicipalityRow,
  NodeLabel,
  NodeRow,
  NodeStore,
  OpportunityRow,
  PersonRow,
  ProjectRow,
  TechnologyRow,
  TopicRow,
  UserRow,
} from '@kobling/graph';
import { builder } from '../builder.ts';
import type { Context } from '../context.ts';
import { expireDueLazily } from '@kobling/use-cases';

/*
 * The node types' refs, declared apart from their fields so type files can point at each
 * other without import cycles. Each loads through a per-request DataLoader (dataloader plugin);
 * a row the viewer may not see loads as null, so node(id), nodes and every nested field that
 * returns an id apply the same rule.
 */

async function loadVisible<L extends NodeLabel>(
  ctx: Context,
  store: NodeStore<L>,
  ids: readonly string[],
  visible?: (row: NodeRow<L>) => boolean | Promise<boolean>,
): Promise<(NodeRow<L> | null)[]> {
  const rows = await store.getMany(ctx.graph.runner, ids);
  if (!visible) return rows;
  return Promise.all(rows.map(async (r) => (r !== null && (await visible(r)) ? r : null)));
}

export const ActorRef = builder.loadableNodeRef('Actor', {
  id: { resolve: (a: ActorRow) => a.id },
  load: (ids: string[], ctx: Context) => loadVisible(ctx, ctx.graph.actors.nodes, ids),
});

export const PersonRef = builder.loadableNodeRef('Person', {
  id: { resolve: (p: PersonRow) => p.id },
  load: (ids: string[], ctx: Context) =>
    loadVisible(ctx, ctx.graph.people.nodes, ids, (p) => ctx.access.canSeePerson(p)),
});

export const TopicRef = builder.loadableNodeRef('Topic', {
  id: { resolve: (t: TopicRow) => t.id },
  load: (ids: string[], ctx: Context) => loadVisible(ctx, ctx.graph.topics.nodes, ids),
});

export const ClusterRef = builder.loadableNodeRef('Cluster', {
  id: { resolve: (c: ClusterRow) => c.id },
  load: (ids: string[], ctx: Context) => loadVisible(ctx, ctx.graph.clusters.nodes, ids),
});

export const MunicipalityRef = builder.loadableNodeRef('Municipality', {
  id: { resolve: (m: MunicipalityRow) => m.code },
  load: (ids: string[], ctx: Context) => loadVisible(ctx, ctx.graph.municipalities.nodes, ids),
});

export const ProjectRef = builder.loadableNodeRef('Project', {
  id: { resolve: (p: ProjectRow) => p.id },
  load: (ids: string[], ctx: Context) => loadVisible(ctx, ctx.graph.projects.nodes, ids),
});

export const TechnologyRef = builder.loadableNodeRef('Technology', {
  id: { resolve: (t: TechnologyRow) => t.id },
  load: (ids: string[], ctx: Context) => loadVisible(ctx, ctx.graph.technologies.nodes, ids),
});

export const MilestoneRef = builder.loadableNodeRef('Milestone', {
  id: { resolve: (m: MilestoneRow) => m.id },
  load: (ids: string[], ctx: Context) =>
    loadVisible(ctx, ctx.graph.technologies.milestoneNodes, ids),
});

export const OpportunityRef = builder.loadableNodeRef('Opportunity', {
  id: { resolve: (o: OpportunityRow) => o.id },
  load: (ids: string[], ctx: Context) =>
    loadVisible(ctx, ctx.graph.opportunities.nodes, ids, (o) => ctx.access.canSeeOpportunity(o)),
});

export const IntroductionRef = builder.loadableNodeRef('Introduction', {
  id: { resolve: (i: IntroductionRow) => i.id },
  load: async (ids: string[], ctx: Context) => {
    // Unanswered requests past their expiry read as EXPIRED (throttled; matchmaking/expiry.ts).
    await expireDueLazily(ctx.graph, ctx.settings.now());
    return loadVisible(ctx, ctx.graph.introductions.nodes, ids, (i) =>
      ctx.access.canSeeIntroduction(i),
    );
  },
});

export const UserRef = builder.loadableNodeRef('User', {
  id: { resolve: (u: UserRow) => u.id },
  load: (ids: string[], ctx: Context) =>
    loadVisible(ctx, ctx.graph.accounts.users, ids, (u) => ctx.access.canSeeUser(u)),
});
