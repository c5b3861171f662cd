import type { AlertFix } from '@kobling/network-analytics';
import type { Projection } from '@kobling/projection';
import { builder } from '../builder.ts';
import { HelixEnum } from './enums.ts';
import { NetworkAlertRef } from './network.ts';
import { servedById } from './projected-nodes.ts';
import { ActorRef, TopicRef } from './refs.ts';

/*
 * The request behind an alert's suggestions (issue 15), so a cluster manager's page can offer the
 * same search on Find partners: partners for a member of the helices it lacks, or partners for a
 * need on topics.
 */

const AlertFixKindEnum = builder.enumType('NetworkAlertFixKind', {
  description: 'PARTNERS: suggestPartners for a member; NEED: suggestForNeed on topics',
  values: ['PARTNERS', 'NEED'] as const,
});

const AlertFixRef = builder
  .objectRef<{ fix: AlertFix; projection: Projection }>('NetworkAlertFix')
  .implement({
    description: 'The suggestion request that would close a gap (its suggestions are the answer)',
    fields: (t) => ({
      kind: t.field({ type: AlertFixKindEnum, resolve: (x) => x.fix.kind }),
      actor: t.field({
        type: ActorRef,
        nullable: true,
        description: 'The member partners are sought for (PARTNERS)',
        resolve: (x, _args, ctx, info) =>
          x.fix.kind === 'PARTNERS'
            ? servedById(ctx, info, 'actors', x.projection.actorIdAt(x.fix.actorKey))
            : null,
      }),
      topics: t.field({
        type: [TopicRef],
        description: 'The topics of the need (NEED)',
        resolve: (x, _args, ctx, info) =>
          x.fix.kind === 'NEED'
            ? Promise.all(x.fix.topicIds.map((id) => servedById(ctx, info, 'topics', id)))
            : [],
      }),
      helices: t.field({
        type: [HelixEnum],
        description: 'The helices wanted (none: any)',
        resolve: (x) => [...x.fix.helices],
      }),
    }),
  });

builder.objectFields(NetworkAlertRef, (t) => ({
  fix: t.field({
    type: AlertFixRef,
    nullable: true,
    description: 'The suggestion request that would close it; none when nothing would',
    resolve: (a) => (a.alert.fix ? { fix: a.alert.fix, projection: a.view.projection } : null),
  }),
}));
