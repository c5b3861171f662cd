import { expect, test } from '@playwright/test';
import {
  ADMIN,
  gql,
  assignClusterManager,
  clusterId,
  logIn,
  signUp,
  uniqueEmail,
  approveRepresentation,
  claimedActorId,
} from './support/api.ts';
import { logInAs } from './support/browser.ts';

/*
 * A company asks to join a cluster on the cluster page; the cluster manager approves the request
 * and sees the new member in the network picture (and in its accessible table).
 */
test('a cluster manager approves a membership request and sees the new member in the network', async ({
  browser,
  request,
}) => {
  const adminToken = await logIn(request, ADMIN.email, ADMIN.password);
  const cluster = 'tequity';
  const manager = {
    email: uniqueEmail('manager'),
    password: 'manager-password-1',
    name: 'Mona Manager',
  };
  const managerAccount = await signUp(request, manager);
  await assignClusterManager(
    request,
    adminToken,
    managerAccount.userId,
    await clusterId(request, cluster),
  );

  // A company with an approved representative, who asks to join on the cluster page.
  const member = {
    email: uniqueEmail('member'),
    password: 'member-password-1',
    name: 'Mats Medlem',
  };
  const memberAccount = await signUp(request, member);
  const created = await gql<{ createActor: { __typename: string } }>(
    request,
    `mutation($input: CreateActorInput!) { createActor(input: $input) { __typename } }`,
    {
      input: {
        kind: 'COMPANY',
        name: 'Ledger Lab AS',
        description: 'Payments infrastructure for small banks.',
      },
    },
    memberAccount.token,
  );
  expect(created.createActor.__typename).toBe('MutationCreateActorSuccess');
  await approveRepresentation(
    request,
    adminToken,
    memberAccount.userId,
    await claimedActorId(request, memberAccount.token),
  );

  const memberContext = await browser.newContext();
  const memberPage = await memberContext.newPage();
  await logInAs(memberPage, member.email, member.password);
  await memberPage.goto(`/clusters/${cluster}`);
  await memberPage.getByLabel('Request on behalf of').selectOption({ label: 'Ledger Lab AS' });
  await memberPage.getByRole('button', { name: 'Request membership' }).click();
  await expect(memberPage.getByText('Your request has been sent.')).toBeVisible();
  await memberContext.close();

  const context = await browser.newContext();
  const page = await context.newPage();
  await logInAs(page, manager.email, manager.password);
  await page.getByRole('link', { name: /Manage Tequity/ }).click();
  const requests = page.getByRole('region', { name: /Membership requests/ });
  const row = requests.getByRole('row', { name: /Ledger Lab AS/ });
  await expect(row).toBeVisible();
  await row.getByRole('button', { name: 'Approve: Ledger Lab AS' }).click();
  await expect(page.getByText('Ledger Lab AS is approved as a member.')).toBeVisible();
  await expect(
    page
      .getByRole('region', { name: /Active members/ })
      .getByRole('row', { name: /Ledger Lab AS/ }),
  ).toBeVisible();

  await page.getByRole('link', { name: /To the cluster page/ }).click();
  const network = page.locator('.network');
  await expect(network).toHaveAttribute('data-state', 'ready');
  await expect(network).toHaveAttribute('data-node-labels', /Ledger Lab AS/);
  // The picture is drawn (a canvas from sigma.js) and the same network is in the table.
  await expect(network.locator('canvas').first()).toBeVisible();
  await page.getByText('The network as a list').click();
  await expect(page.getByRole('rowheader', { name: 'Ledger Lab AS' })).toBeVisible();
  await context.close();
});
