/**
 * The popup's part of the send-later queue (issue 4 points 5 and 6): the next replies waiting —
 * whether Gmail's scheduler or Red Cup's own queue holds them — a count per client, the badge,
 * and the way to the options page where every reply can be managed.
 */
import { seriousViolations } from './support/axe.ts';
import { clientProfile, saveClients } from './support/clients.ts';
import { callWorker, expect, test } from './support/extension.ts';
import { enqueueLocal } from './support/local-queue.ts';

const acme = () => ({
  ...clientProfile({ id: 'acme', name: 'Acme Corp', match: ['acme.com'], state: 'outside' }),
  sendLater: { offsetMinutes: 0, randomWithinMinutes: 0, delivery: 'local' as const },
});
const globex = () => clientProfile({ id: 'globex', name: 'Globex', match: ['globex.com'], state: 'outside' });

test('the popup lists the replies waiting, who holds each, a count per client, and opens the queue to manage them', async ({
  context,
  worker,
  openOptions,
  openPopup,
}) => {
  const options = await openOptions();
  await saveClients(options, [acme(), globex()]);
  await enqueueLocal(options, {
    id: 'local-1',
    subject: 'Numbers for Monday',
    to: 'jane@acme.com',
    body: 'Here they are',
    dueInSeconds: 3_600,
    profileIds: ['acme'],
  });
  await enqueueLocal(options, {
    id: 'local-2',
    subject: 'Second thoughts',
    to: 'jane@acme.com',
    body: 'On reflection',
    dueInSeconds: 7_200,
    profileIds: ['acme'],
  });
  const handoff = await callWorker(options, 'queue/handoff', {
    id: 'provider-1',
    provider: 'gmail',
    profileIds: ['globex'],
    recipients: ['joe@globex.com'],
    subject: 'Contract draft',
    dueAt: new Date(Date.now() + 5_400_000).toISOString(),
  });
  expect(handoff.ok).toBe(true);

  const popup = await openPopup();
  const section = popup.getByRole('region', { name: 'Scheduled replies' });
  const items = section.getByRole('list', { name: 'Scheduled replies' }).getByRole('listitem');
  await expect(items).toHaveCount(3);
  // Soonest first.
  await expect(items.nth(0)).toContainText('Numbers for Monday');
  await expect(items.nth(0)).toContainText('Red Cup sends it');
  await expect(items.nth(1)).toContainText('Contract draft');
  await expect(items.nth(1)).toContainText('with Gmail’s scheduler');
  await expect(items.nth(1)).toContainText('Globex');
  await expect(items.nth(2)).toContainText('Second thoughts');
  await expect(section.getByRole('list', { name: 'Waiting per client' }).getByRole('listitem')).toHaveText([
    'Acme Corp: 2',
    'Globex: 1',
  ]);
  expect(await worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('3');

  const opened = context.waitForEvent('page');
  await section.getByRole('button', { name: 'Manage scheduled replies' }).click();
  const queuePage = await opened;
  await queuePage.waitForLoadState();
  expect(new URL(queuePage.url()).hash).toBe('#queue');
});

test('with nothing waiting the popup says so and the badge is empty', async ({ worker, openOptions, openPopup }) => {
  const options = await openOptions();
  await saveClients(options, [acme()]);
  const popup = await openPopup();
  const section = popup.getByRole('region', { name: 'Scheduled replies' });
  await expect(section).toContainText('No replies are scheduled.');
  await expect(section.getByRole('button', { name: 'Manage scheduled replies' })).toHaveCount(0);
  expect(await worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('');
});

test('the badge drops by itself when Gmail’s scheduler sends a handed-off reply at its time', async ({
  worker,
  openOptions,
}) => {
  const options = await openOptions();
  await saveClients(options, [globex()]);
  const handoff = await callWorker(options, 'queue/handoff', {
    id: 'provider-soon',
    provider: 'gmail',
    profileIds: ['globex'],
    recipients: ['joe@globex.com'],
    subject: 'Due in a few seconds',
    dueAt: new Date(Date.now() + 8_000).toISOString(),
  });
  expect(handoff.ok).toBe(true);
  await expect.poll(() => worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('1');
  // Nothing else happens: no pass, no popup. The worker wakes at the due time on its own.
  await expect.poll(() => worker.evaluate(() => chrome.action.getBadgeText({})), { timeout: 30_000 }).toBe('');
});

test('accessibility: the popup with clients and scheduled replies has no serious or critical axe-core violation', async ({
  openOptions,
  openPopup,
}) => {
  const options = await openOptions();
  await saveClients(options, [acme(), globex()]);
  await enqueueLocal(options, {
    id: 'local-1',
    subject: 'Numbers for Monday',
    to: 'jane@acme.com',
    body: 'Here they are',
    dueInSeconds: 3_600,
    profileIds: ['acme'],
  });
  const popup = await openPopup();
  await expect(popup.getByRole('region', { name: 'Scheduled replies' }).getByRole('listitem').first()).toContainText(
    'Numbers for Monday',
  );
  expect(await seriousViolations(popup)).toEqual([]);
});
