import { expect, test } from '@playwright/test';
import {
  ADMIN,
  actorId,
  gql,
  approveRepresentation,
  claimedActorId,
  logIn,
  makeRepresentative,
  signUp,
  uniqueEmail,
} from './support/api.ts';
import { logInAs } from './support/browser.ts';
import { linkIn, mailTo } from './support/mailbox.ts';

/*
 * A startup founder signs up (confirming the address with the mailed link), describes a need,
 * gets explained matches and requests an introduction to a research group; the group's
 * representative is told by mail, logs in and accepts it, and the founder reads the answer in
 * a mail from the platform's real SMTP sending (the harness's server).
 */
test('a founder finds an explained match and the research group accepts the introduction', async ({
  browser,
  request,
}) => {
  const adminToken = await logIn(request, ADMIN.email, ADMIN.password);
  // The research group's representative exists beforehand (claimed and approved).
  const rep = {
    email: uniqueEmail('rep'),
    password: 'representative-pass-1',
    name: 'Rita Representant',
  };
  const repAccount = await signUp(request, rep);
  await makeRepresentative(
    request,
    adminToken,
    repAccount,
    await actorId(request, 'ntnu-vista-subsea-autonomy'),
  );

  const founder = {
    email: uniqueEmail('founder'),
    password: 'founder-password-1',
    name: 'Frida Gründer',
  };
  const founderContext = await browser.newContext();
  const page = await founderContext.newPage();

  await test.step('sign up', async () => {
    await page.goto('/signup');
    await page.getByLabel('Name').fill(founder.name);
    await page.getByLabel('Email').fill(founder.email);
    await page.getByLabel('Password').fill(founder.password);
    await page.getByRole('button', { name: 'Create account' }).click();
    await expect(
      page.getByText('If this address can be used, a message is on its way'),
    ).toBeVisible();
    const mail = await mailTo(founder.email, 'VERIFY_EMAIL');
    expect(mail.subject).toBe('Confirm your email address');
    await page.goto(linkIn(mail, '/verify-email?token='));
    await page.getByRole('button', { name: 'Confirm my address' }).click();
    await expect(page).toHaveURL(/\/me$/);
    await expect(page.getByRole('heading', { level: 1, name: 'My page' })).toBeVisible();
  });

  await test.step('register the startup (an administrator approves the claim)', async () => {
    const form = page.getByRole('form', { name: 'Create a new actor' });
    await form.getByLabel('Kind').selectOption('COMPANY');
    await form.getByLabel('Name').fill('Fjordsensor AS');
    await form.getByLabel('Description').fill('Startup building sensors for underwater robots.');
    await form.getByRole('button', { name: 'Create actor' }).click();
    await expect(page.getByText('Fjordsensor AS has been created.')).toBeVisible();
    await expect(page.getByText('Awaiting approval')).toBeVisible();
    const founderToken = await logIn(request, founder.email, founder.password);
    const me = await gql<{ viewer: { user: { id: string } } }>(
      request,
      '{ viewer { user { id } } }',
      {},
      founderToken,
    );
    const userId = me.viewer.user.id;
    await approveRepresentation(
      request,
      adminToken,
      userId,
      await claimedActorId(request, founderToken),
    );
  });

  await test.step('describe a need and read the explained matches', async () => {
    await page
      .getByRole('navigation', { name: 'Main menu' })
      .getByRole('link', { name: 'Find partners' })
      .click();
    // Paraphrased, as founders write (issue 16): no topic is named as the taxonomy names it.
    await page
      .getByLabel('What do you need?')
      .fill('We need to inspect fish farm nets with underwater drones');
    await page.getByRole('checkbox', { name: 'Academia' }).check();
    await page.getByRole('button', { name: 'Find partners' }).click();
    await expect(page.getByRole('heading', { name: 'Suggestions' })).toBeVisible();
    await expect(page.getByText('The need was read as these topics')).toBeVisible();
    await expect(page.getByText('from “underwater drones”')).toBeVisible();
    const match = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: 'NTNU VISTA subsea autonomy centre' }) });
    await expect(match).toBeVisible();
    // The explanation names the shared topic, and the match sits in a quadrant.
    await expect(match.getByText(/Shares \d+ topics?: .*robotics/i)).toBeVisible();
    await expect(
      match.getByText(/Strategic fit|Peer|Complementary|Exploratory/).first(),
    ).toBeVisible();
    await expect(
      page.getByRole('img', { name: /placed by similarity and complementarity/ }),
    ).toBeVisible();

    await match.locator('summary', { hasText: 'Request an introduction' }).click();
    await match
      .getByLabel('Message')
      .fill('We build sensors for underwater robots and look for a research partner.');
    await match.getByRole('button', { name: 'Request an introduction' }).click();
    await expect(
      page.getByText('An introduction to NTNU VISTA subsea autonomy centre has been requested.'),
    ).toBeVisible();
  });

  await test.step('the research group representative reads the request by mail and accepts', async () => {
    const asked = await mailTo(rep.email, 'INTRODUCTION_REQUESTED');
    expect(asked.subject).toContain('Fjordsensor AS');
    expect(asked.text).toContain('We build sensors for underwater robots');
    expect(asked.headers['list-unsubscribe']).toMatch(/\/unsubscribe\?u=/);
    const repContext = await browser.newContext();
    const repPage = await repContext.newPage();
    await logInAs(repPage, rep.email, rep.password);
    await repPage.goto(linkIn(asked, '/me'));
    const incoming = repPage.getByRole('listitem').filter({ hasText: 'Fjordsensor AS' });
    await expect(incoming).toContainText('Requested');
    await expect(incoming).toContainText('We build sensors for underwater robots');
    await incoming.getByRole('button', { name: 'Accept' }).click();
    await expect(repPage.getByText('The introduction is accepted.')).toBeVisible();
    await expect(repPage.getByRole('listitem').filter({ hasText: 'Fjordsensor AS' })).toContainText(
      'Accepted',
    );
    await repContext.close();
  });

  await test.step('the founder reads the answer by mail and sees the accepted introduction', async () => {
    const answer = await mailTo(founder.email, 'INTRODUCTION_ANSWERED');
    expect(answer.subject).toBe('NTNU VISTA subsea autonomy centre accepted the introduction');
    expect(answer.text).toContain(rep.email);
    await page.goto(linkIn(answer, '/me'));
    await expect(
      page.getByRole('listitem').filter({ hasText: 'NTNU VISTA subsea autonomy centre' }).first(),
    ).toContainText('Accepted');
  });
  await founderContext.close();
});
