import { expect, test } from '@playwright/test';
import type { APIRequestContext } from '@playwright/test';
import { ADMIN, actorId, gql, logIn } from './support/api.ts';
import { expectNoSeriousAxeViolations } from './support/axe.ts';
import { logInAs } from './support/browser.ts';

/*
 * Network analytics on the site (issue 15): the cluster page's groups, brokers and helix trend
 * with their text alternatives, a cluster manager's alerts with the suggestions that close them,
 * and the what-if on a match card. What the page must show is asked from the public API first, so
 * the tests follow the seed instead of copying its numbers.
 */

interface ClusterAnalytics {
  slug: string;
  name: string;
  network: {
    members: { community: number; actor: { name: string; slug: string } }[];
    brokers: { betweenness: number; actor: { name: string } }[];
  };
  helixTrend: { year: number; eiIndex: number | null }[];
}

/** The members of each community of at least two, largest first (the page's groups). */
function groupsOf(cluster: ClusterAnalytics): { name: string; slug: string }[][] {
  const byCommunity = new Map<number, { name: string; slug: string }[]>();
  for (const m of cluster.network.members) {
    byCommunity.set(m.community, [...(byCommunity.get(m.community) ?? []), m.actor]);
  }
  return [...byCommunity]
    .filter(([, members]) => members.length >= 2)
    .sort(([a, x], [b, y]) => y.length - x.length || a - b)
    .map(([, members]) => members);
}

/** The seeded cluster with the most groups: the one these tests look at. */
async function clusterWithGroups(request: APIRequestContext): Promise<ClusterAnalytics> {
  const year = new Date().getUTCFullYear();
  const data = await gql<{ clusters: { edges: { node: ClusterAnalytics }[] } }>(
    request,
    `query($year: Int!) { clusters(first: 50) { edges { node { slug name
      network { members { community actor { name slug } } brokers(first: 5) { betweenness actor { name } } }
      helixTrend(from: $year, to: $year) { year eiIndex } } } } }`,
    { year },
  );
  const clusters = data.clusters.edges.map((e) => e.node);
  const cluster = clusters.sort((a, b) => groupsOf(b).length - groupsOf(a).length)[0];
  expect(
    cluster && groupsOf(cluster).length,
    'the seed has a cluster with a group',
  ).toBeGreaterThan(0);
  return cluster!;
}

test('the cluster page colours groups, marks brokers and charts the helix balance, with text alternatives', async ({
  page,
  request,
}) => {
  const cluster = await clusterWithGroups(request);
  const groups = groupsOf(cluster);
  const brokers = cluster.network.brokers.filter((b) => b.betweenness > 0).map((b) => b.actor.name);

  await page.goto(`/clusters/${cluster.slug}`);
  const summary = page.getByTestId('network-analytics');
  await expect(summary).toContainText(
    groups.length === 1 ? 'One group' : `${groups.length} groups`,
  );
  // Brokers as the API names them (the seed may have none: the page then says so).
  await expect(summary).toContainText(
    brokers.length > 0 ? `Brokers: ${brokers.join(', ')}` : 'No brokers',
  );

  // The picture: coloured by group, brokers drawn as diamonds; the colouring can change.
  const network = page.locator('.network');
  await expect(network).toHaveAttribute('data-state', 'ready');
  await expect(network).toHaveAttribute('data-colour-by', 'group');
  await expect(network).toHaveAttribute('data-brokers', brokers.join('|'));
  await expect(page.getByText(`Group 1 (${groups[0]!.length} members)`)).toBeVisible();
  await page.getByRole('radio', { name: 'Helix' }).check();
  await expect(network).toHaveAttribute('data-colour-by', 'helix');

  // The same facts in the table beside it.
  const list = page.locator('details', { hasText: 'The network as a list' });
  if (!(await list.evaluate((d: HTMLDetailsElement) => d.open))) {
    await list.locator('summary').click();
  }
  const member = groups[0]![0]!;
  const memberRow = list.getByRole('row').filter({
    has: page.getByRole('rowheader', { name: member.name, exact: true }),
  });
  await expect(memberRow.getByRole('cell', { name: 'Group 1', exact: true })).toBeVisible();
  for (const name of brokers) {
    const row = list.getByRole('row').filter({
      has: page.getByRole('rowheader', { name, exact: true }),
    });
    await expect(row.getByRole('cell', { name: /^Broker \(betweenness/ })).toBeVisible();
  }

  // The helix balance: two server-drawn charts, described in words, and their numbers in a table.
  const trend = page.getByRole('region', { name: 'The triple-helix balance year by year' });
  await expect(
    trend.getByRole('img', { name: `E-I index – ${cluster.name}`, exact: false }),
  ).toBeVisible();
  await expect(
    trend.getByRole('img', { name: `Synergy T(UIG) – ${cluster.name}`, exact: false }),
  ).toBeVisible();
  await trend.locator('summary', { hasText: 'The balance by year' }).click();
  const thisYear = cluster.helixTrend[0]!;
  const row = trend.getByRole('row', { name: new RegExp(`^${thisYear.year}`) });
  await expect(row.getByRole('cell').first()).toHaveText(
    thisYear.eiIndex === null ? '–' : String(Math.round(thisYear.eiIndex * 100) / 100),
  );

  await expectNoSeriousAxeViolations(page, 'cluster-analytics');

  // The region's balance sits on the clusters page (scanned with the other pages).
  await page.goto('/clusters');
  await expect(
    page.getByRole('img', { name: 'E-I index – The Trondheim region', exact: false }),
  ).toBeVisible();
});

test('a cluster manager sees the network’s alerts with the partners that would close them', async ({
  page,
  request,
}) => {
  const cluster = await clusterWithGroups(request);
  const token = await logIn(request, ADMIN.email, ADMIN.password);
  const data = await gql<{
    cluster: { networkAlerts: { text: string; suggestions: { actor: { name: string } }[] }[] };
  }>(
    request,
    `query($slug: String!) { cluster(slug: $slug) { networkAlerts(language: EN) { text
      suggestions { actor { name } } } } }`,
    { slug: cluster.slug },
    token,
  );
  const alerts = data.cluster.networkAlerts;
  expect(alerts.length, 'the seeded cluster has gaps').toBeGreaterThan(0);

  await logInAs(page, ADMIN.email, ADMIN.password);
  await page.goto(`/clusters/${cluster.slug}/manage`);
  const section = page.getByRole('region', { name: 'Alerts and gaps in the network' });
  for (const alert of alerts) {
    await expect(section.getByRole('heading', { name: alert.text })).toBeVisible();
  }
  await expectNoSeriousAxeViolations(page, 'cluster-manage-alerts');

  // An alert with suggestions links to them, and to the same search on Find partners.
  const index = alerts.findIndex((a) => a.suggestions.length > 0);
  expect(index, 'an alert has suggestions').toBeGreaterThanOrEqual(0);
  const card = section.getByRole('listitem').filter({
    has: page.getByRole('heading', { name: alerts[index]!.text }),
  });
  await expect(
    card.getByRole('link', { name: alerts[index]!.suggestions[0]!.actor.name }),
  ).toBeVisible();
  await card.getByRole('link', { name: 'Find partners for this' }).click();
  await expect(page).toHaveURL(/\/partners\?/);
  await expect(
    page.getByRole('heading', { level: 2, name: 'Suggestions', exact: true }),
  ).toBeVisible();
});

test('a match card shows what the suggested tie would change; a visitor’s need has no what-if', async ({
  page,
  request,
}) => {
  const cluster = await clusterWithGroups(request);
  // A member with ties in the cluster asks: its suggestions' ties change something there.
  const seeker = groupsOf(cluster)[0]![0]!;
  const data = await gql<{
    suggestPartners: {
      impact: {
        clusters: { cluster: { name: string }; labels: { text: string }[] }[];
        region: { labels: { text: string }[] };
      };
    }[];
  }>(
    request,
    `query($id: ID!) { suggestPartners(seeker: { actorId: $id },
      first: 1, language: EN) { impact { clusters { cluster { name } labels { text } }
      region { labels { text } } } } }`,
    { id: await actorId(request, seeker.slug) },
  );
  const impact = data.suggestPartners[0]!.impact;
  const inCluster = impact.clusters.find((c) => c.labels.length > 0);
  // A cluster's sentences say "in this cluster": the card names the cluster before them.
  const line = inCluster
    ? `${inCluster.cluster.name}: ${inCluster.labels[0]!.text}`
    : impact.region.labels[0]?.text;
  expect(line, 'the first suggestion changes something').toBeDefined();

  await page.goto(`/partners?actor=${seeker.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(seeker.name);
  const first = page.locator('.match').first();
  await expect(first.getByRole('heading', { name: 'What the tie would change' })).toBeVisible();
  await expect(first.getByRole('listitem').filter({ hasText: line! })).toBeVisible();
  await expectNoSeriousAxeViolations(page, 'partners-what-if');

  await page.goto('/partners?need=sensors+for+underwater+robots');
  await expect(page.locator('.match').first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'What the tie would change' })).toHaveCount(0);
});
