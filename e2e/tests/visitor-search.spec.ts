import { expect, test } from '@playwright/test';

/* A visitor searches, narrows with a facet, opens a technology and reads its history. */
test('a visitor searches with a facet, opens a technology and reads its history', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('searchbox', { name: /Search actors, people/ }).fill('drone');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/search\?q=drone/);
  await expect(page.getByRole('heading', { level: 1, name: 'Results for "drone"' })).toBeVisible();

  await page
    .getByRole('group', { name: 'Type' })
    .getByRole('checkbox', { name: /Technologies/ })
    .check();
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/type=TECHNOLOGY/);
  const results = page.locator('ol.results > li');
  await expect(results.first()).toBeVisible();
  // Every hit is a technology once the facet is on, and the search word is highlighted.
  for (const tag of await results.locator('.tag').first().allTextContents())
    expect(tag).toBe('Technologies');
  await expect(results.locator('mark').first()).toHaveText(/drone/i);

  await page.getByRole('link', { name: 'Cooperative docking for underwater drones' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Cooperative docking for underwater drones' }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'History' })).toBeVisible();
  await expect(page.getByRole('img', { name: /TRL over time/ })).toBeVisible();
  const history = page.getByRole('list', { name: /Milestones/ });
  await expect(history.getByRole('listitem')).toHaveCount(3);
  await expect(history).toContainText('TRL');
});
