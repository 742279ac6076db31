/**
 * The popup while composing (issue 3 point 8): the focused compose's client, verdict and
 * actions; the pause switch, which the open mail tab honours at once; and the sentence for a
 * page layout Red Cup cannot read. The popup page is opened in a tab of its own, told which
 * mail tab to speak about with `?tab=<id>`.
 */
import { clientProfile, nextWindowOf, saveClients } from './support/clients.ts';
import { test, expect, routeAllMailSites, routeMailPage, waitForContentScript } from './support/extension.ts';
import { mailTabId, popupFor } from './support/popup.ts';
import {
  addRecipient,
  newPopup,
  openGmail,
  pill,
  scheduled,
  scheduledList,
  sendButton,
  sent,
  sentList,
  writeMessage,
} from './support/gmail-site.ts';
import { guardPanel } from './support/guard.ts';

test('the popup shows the compose’s client and schedules it with Gmail', async ({
  context,
  worker,
  openOptions,
  extensionUrl,
}) => {
  const acme = clientProfile({ id: 'acme', name: 'Acme Corp', match: ['acme.com'], state: 'outside' });
  await routeAllMailSites(context);
  const options = await openOptions();
  await saveClients(options, [acme]);
  const page = await context.newPage();
  await openGmail(page);
  const compose = await newPopup(page);
  await addRecipient(compose, 'jane@acme.com');
  await writeMessage(compose, 'From the popup', 'Later.');
  await expect(pill(compose)).toContainText('after hours');

  const popup = await popupFor(context, extensionUrl, await mailTabId(worker, 'mail.google.com'));
  const section = popup.getByRole('region', { name: 'This compose' });
  await expect(section).toContainText('Acme Corp');
  await expect(section).toContainText('after hours');
  await section.getByRole('button', { name: /^Send / }).click();
  await expect(scheduledList(page)).toContainText('jane@acme.com');
  expect((await scheduled(page))[0]?.at).toBe(nextWindowOf(acme).toISOString());
  expect(await sent(page)).toEqual([]);
});

test('pausing in the popup lets the open compose send at once, and resuming guards it again', async ({
  context,
  worker,
  openOptions,
  extensionUrl,
}) => {
  await routeAllMailSites(context);
  const options = await openOptions();
  await saveClients(options, [clientProfile({ id: 'acme', name: 'Acme Corp', match: ['acme.com'], state: 'outside' })]);
  const page = await context.newPage();
  await openGmail(page);
  const compose = await newPopup(page);
  await addRecipient(compose, 'jane@acme.com');
  await writeMessage(compose, 'Paused', 'Goes now.');
  await expect(pill(compose)).toContainText('after hours');

  const popup = await popupFor(context, extensionUrl, await mailTabId(worker, 'mail.google.com'));
  const pause = popup.getByRole('group', { name: 'Pause Red Cup' });
  await pause.getByRole('button', { name: 'For 1 hour' }).click();
  await expect(pause.getByRole('button', { name: 'Resume now' })).toBeVisible();
  // The mail tab is told at once: no reload, no new recipient.
  await expect(pill(compose)).toContainText('Paused until');
  await sendButton(compose).click();
  await expect(sentList(page)).toContainText('jane@acme.com');
  await expect(guardPanel(page)).toHaveCount(0);

  await pause.getByRole('button', { name: 'Resume now' }).click();
  const second = await newPopup(page);
  await addRecipient(second, 'jane@acme.com');
  await expect(pill(second)).toContainText('after hours');
  await sendButton(second).click();
  await expect(guardPanel(page)).toBeVisible();
});

test('a page Red Cup cannot read: the popup says so, and nothing is blocked', async ({
  context,
  worker,
  openOptions,
  extensionUrl,
}) => {
  await routeMailPage(
    context,
    'mail.google.com',
    `<!doctype html><title>Gmail</title><form><input name="q"><button type="button" onclick="document.title='sent'">Send</button></form>`,
  );
  const options = await openOptions();
  await saveClients(options, [clientProfile({ id: 'acme', name: 'Acme Corp', match: ['acme.com'], state: 'outside' })]);
  const page = await context.newPage();
  await page.goto('https://mail.google.com/mail/u/0/');
  await waitForContentScript(page);
  const popup = await popupFor(context, extensionUrl, await mailTabId(worker, 'mail.google.com'));
  await expect(popup.getByRole('region', { name: 'This compose' })).toContainText('This layout is not supported yet');
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(page).toHaveTitle('sent');
});
