import { expect, test } from '@playwright/test';
import type { APIRequestContext, Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ADMIN, gql } from './support/api.ts';
import { expectNoSeriousAxeViolations } from './support/axe.ts';
import { logInAs } from './support/browser.ts';

/*
 * Every page type: an axe-core scan (WCAG 2.1 A and AA rules) finds no serious or critical
 * violation, and a full-page screenshot is kept in test-results/screenshots/ as an artefact.
 */

const SCREENSHOTS = join(import.meta.dirname, '..', 'test-results', 'screenshots');

async function checkPage(
  page: Page,
  name: string,
  path: string,
  options: { status?: number } = {},
) {
  const response = await page.goto(path);
  expect(response?.status(), `${name} ${path}`).toBe(options.status ?? 200);
  await expect(page.locator('main h1').first()).toBeVisible();
  const title = await page.title();
  expect(title.length, `${name} has a title`).toBeGreaterThan(0);
  if ((options.status ?? 200) === 200) {
    await expect(page.locator('meta[property="og:title"]')).toHaveCount(1);
    await expect(page.locator('meta[name="description"]')).toHaveCount(1);
  }
  // Client-drawn parts (the network picture) settle before the scan and the picture.
  await page.waitForLoadState('networkidle');
  await expectNoSeriousAxeViolations(page, name);
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

const firstId = async (
  request: APIRequestContext,
  list: 'people' | 'opportunities',
  filter = '',
): Promise<string> => {
  const data = await gql<Record<string, { edges: { node: { id: string } }[] }>>(
    request,
    `{ ${list}(first: 1${filter}) { edges { node { id } } } }`,
  );
  return encodeURIComponent(data[list]?.edges[0]?.node.id ?? '');
};

const PUBLIC_PAGES: [string, (request: APIRequestContext) => Promise<string> | string][] = [
  ['home', () => '/'],
  ['search', () => '/search?q=ocean'],
  ['actor', () => '/actors/ntnu-vista-subsea-autonomy'],
  ['person', async (request) => `/people/${await firstId(request, 'people')}`],
  ['clusters', () => '/clusters'],
  ['cluster', () => '/clusters/ocean-autonomy'],
  ['technology', () => '/technologies/cooperative-docking-for-underwater-drones'],
  ['commercialisation', () => '/commercialisation'],
  ['opportunities', () => '/opportunities'],
  ['opportunity', async (request) => `/opportunities/${await firstId(request, 'opportunities')}`],
  [
    'challenge-with-consortia',
    async (request) =>
      `/opportunities/${await firstId(request, 'opportunities', ', filter: { kinds: [CHALLENGE] }')}`,
  ],
  ['partners', () => '/partners?need=sensors+for+underwater+robots'],
  ['signup', () => '/signup'],
  ['login', () => '/login'],
];

test.describe('public pages', () => {
  for (const [name, path] of PUBLIC_PAGES) {
    test(`${name}: no serious axe violation, screenshot kept`, async ({ page, request }) => {
      await checkPage(page, name, await path(request));
    });
  }

  test('not-found: a real 404 page', async ({ page }) => {
    await checkPage(page, 'not-found', '/no-such-page', { status: 404 });
  });

  test('the same pages in bokmål (language switch, remembered)', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'På norsk' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Finn partnere for næring, forskning og offentlig sektor',
    );
    await page.goto('/clusters');
    await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
    await checkPage(page, 'clusters-nb', '/clusters');
    await page.getByRole('button', { name: 'In English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});

test('signed-in pages: my page, post an opportunity, cluster manager, admin', async ({ page }) => {
  await logInAs(page, ADMIN.email, ADMIN.password);
  await checkPage(page, 'me', '/me');
  await checkPage(page, 'opportunity-new', '/opportunities/new');
  await checkPage(page, 'cluster-manage', '/clusters/ocean-autonomy/manage');
  await checkPage(page, 'admin', '/admin');
  // The administrator rebuilds the search index from the admin page.
  await page.getByRole('button', { name: 'Rebuild' }).click();
  await expect(page.getByText(/The search index has been rebuilt: \d+ documents/)).toBeVisible();
});

test('narrow screens: the home page and a cluster fit a phone', async ({ browser }) => {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    locale: 'en-GB',
  });
  const page = await context.newPage();
  for (const [name, path] of [
    ['home-phone', '/'],
    ['cluster-phone', '/clusters/ocean-autonomy'],
  ] as const) {
    await checkPage(page, name, path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow, `${name} scrolls sideways`).toBeLessThanOrEqual(1);
  }
  await context.close();
});
