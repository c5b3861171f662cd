import { describe, expect, it } from 'vitest';
import { NetworkAnalytics } from './analytics.ts';
import { clusterHelixTrend } from './cluster-trend.ts';
import { asOfYear } from './dated-ties.ts';
import type { TieVisibility } from './dated-ties.ts';
import { EXAMPLE_NETWORK, exampleProjection } from './testing.ts';

/* The example network (example-network.ts; worked by hand in analytics.test.ts). */
const projection = exampleProjection();
const k1 = EXAMPLE_NETWORK.cluster.id;

describe("a cluster's helix trend", () => {
  it('2020: c1–r1 across helices, c1–c2 within → E-I 0; p1 (U+I) and p2 (I) → T(UIG) 0', () => {
    expect(clusterHelixTrend(projection, k1, 2020, 2020, 'PUBLIC')).toEqual([
      {
        year: 2020,
        actors: 4,
        ties: 2,
        ei: { external: 1, internal: 1, index: 0 },
        tripleHelix: 0,
        coParticipations: 2,
      },
    ]);
  });

  it.each(['PUBLIC', 'ALL'] as TieVisibility[])(
    'gives, %s, what the cluster’s network at the end of each year gives',
    (visibility) => {
      const analytics = NetworkAnalytics.of(projection);
      const trend = clusterHelixTrend(projection, k1, 2018, 2026, visibility)!;
      expect(trend.map((p) => p.year)).toEqual([
        2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026,
      ]);
      for (const point of trend) {
        const scope = analytics.cluster(k1, asOfYear(point.year), visibility)!;
        expect(point).toEqual({
          year: point.year,
          actors: scope.structure.actors,
          ties: scope.structure.ties,
          ei: scope.ei,
          tripleHelix: scope.tripleHelix,
          coParticipations: scope.cells.reduce((a, b) => a + b, 0),
        });
      }
    },
  );

  it('is kept for the projection version; a cluster the version lacks has none', () => {
    const first = clusterHelixTrend(projection, k1, 2020, 2021, 'PUBLIC')!;
    expect(clusterHelixTrend(projection, k1, 2020, 2021, 'PUBLIC')![1]).toBe(first[1]);
    expect(clusterHelixTrend(projection, 'nx-nope', 2020, 2021, 'PUBLIC')).toBeNull();
  });
});
