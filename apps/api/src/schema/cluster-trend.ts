import { clusterHelixTrend } from '@kobling/network-analytics';
import { builder } from '../builder.ts';
import { NotFoundError } from '../errors.ts';
import { trendYearsSchema } from '../network/moment.ts';
import { HelixTrendPointRef, viewOf } from './network.ts';
import { ClusterRef } from './refs.ts';

/*
 * A cluster's triple-helix balance over the years, for the cluster page's chart (issue 15): the
 * same points as Region.helixTrend, over the cluster's members (those ACTIVE at each year's end).
 */
builder.objectFields(ClusterRef, (t) => ({
  helixTrend: t.field({
    type: [HelixTrendPointRef],
    description:
      'E-I index and synergy (T(UIG)) among its members per year, one point a year from `from` to `to`',
    args: {
      from: t.arg.int({ required: true }),
      to: t.arg.int({ required: true }),
    },
    validate: trendYearsSchema,
    resolve: async (c, args, ctx) => {
      const view = await viewOf(ctx, null);
      const trend = clusterHelixTrend(view.projection, c.id, args.from, args.to, view.visibility);
      if (!trend) throw new NotFoundError('Cluster', c.id);
      return trend;
    },
  }),
}));
