import { expect, test } from '@playwright/test';
import { signUp, uniqueEmail } from './support/api.ts';
import { expectNoSeriousAxeViolations } from './support/axe.ts';
import { logInAs } from './support/browser.ts';
import { linkIn, mailTo } from './support/mailbox.ts';

/*
 * My page's mail section (issue 14), where every mail's footer links: a user chooses the
 * language and kinds of mail, and moves the account to a new address confirmed from there.
 */
test('a user sets what mail they get and changes their address from My page', async ({
  page,
  request,
}) => {
  const user = { email: uniqueEmail('mailer'), password: 'mailer-password-1', name: 'Mai Ler' };
  await signUp(request, user);
  await logInAs(page, user.email, user.password);
  await page.goto('/me#mail');
  const section = page.getByRole('region', { name: 'Mail' });
  await expect(section).toContainText(`Mail goes to ${user.email}, which you have confirmed.`);

  await section.getByRole('radio', { name: 'English' }).check();
  await section.getByRole('checkbox', { name: /weekly digest/ }).uncheck();
  await section.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Your mail settings are saved.')).toBeVisible();
  await page.reload();
  await expect(section.getByRole('checkbox', { name: /weekly digest/ })).not.toBeChecked();
  await expect(section.getByRole('checkbox', { name: /Introductions/ })).toBeChecked();
  await expect(section.getByRole('radio', { name: 'English' })).toBeChecked();
  await expectNoSeriousAxeViolations(page, 'my page with its mail section');

  const newAddress = uniqueEmail('moved');
  await section.getByLabel('New email address').fill(newAddress);
  await section.getByLabel('Your password').fill(user.password);
  await section.getByRole('button', { name: 'Change the address' }).click();
  await expect(
    page.getByText('Confirm the change with the link sent to the new address.'),
  ).toBeVisible();
  const confirm = linkIn(await mailTo(newAddress, 'CHANGE_EMAIL'), '/confirm-email?token=');
  await page.goto(confirm);
  await page.getByRole('button', { name: 'Confirm the new address' }).click();
  await expect(
    page.getByText('Your email address has been changed.', { exact: false }),
  ).toBeVisible();
  await logInAs(page, newAddress, user.password);
  await page.goto('/me#mail');
  await expect(page.getByRole('region', { name: 'Mail' })).toContainText(newAddress);
});
