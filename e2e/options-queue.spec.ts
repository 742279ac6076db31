/**
 * The options page's Scheduled replies (issue 4 point 5): every reply Red Cup or the provider
 * holds, filtered by client and state, with cancel, change time (in the client's zone, warned
 * when outside the boundary), send now (through triage when outside) and open in compose; the
 * provider's hand-offs link to its Scheduled folder. And the profile's delivery choice.
 */
import { DateTime } from 'luxon';
import type { Page } from '@playwright/test';
import type { ClientProfile } from '../src/core/profile.ts';
import { clientProfile, saveClients } from './support/clients.ts';
import {
  callWorker,
  expect,
  extensionPages,
  routeAllMailSites,
  test,
  type BrowserContext,
  type Worker,
} from './support/extension.ts';
import {
  addRecipient,
  drafts,
  GMAIL_URL,
  newPopup,
  openGmail,
  scheduled,
  scheduledList,
  sendButton,
  sent,
  writeMessage,
} from './support/gmail-site.ts';
import { guardPanel, ledger, queue } from './support/guard.ts';
import { storedProfiles } from './support/import.ts';
import { enqueueLocal, entryOf, sentWithSubject, waitForStatus } from './support/local-queue.ts';

const local = (p: ClientProfile): ClientProfile => ({ ...p, sendLater: { ...p.sendLater, delivery: 'local' } });
const acme = () => local(clientProfile({ id: 'acme', name: 'Acme Corp', match: ['acme.com'], state: 'inside' }));
const globex = () => local(clientProfile({ id: 'globex', name: 'Globex', match: ['globex.com'], state: 'outside' }));

async function openQueue(context: BrowserContext, extensionUrl: (path: string) => string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${extensionUrl(extensionPages().options)}#queue`);
  await expect(page.getByRole('heading', { name: 'Scheduled replies' })).toBeFocused();
  return page;
}

const list = (page: Page) => page.getByRole('list', { name: 'Scheduled replies' });
const row = (page: Page, subject: string) => list(page).getByRole('listitem').filter({ hasText: subject });

test('filters by client and state; cancelling a local reply deletes its text; a Gmail hand-off links to Scheduled and says how to cancel it', async ({
  context,
  worker,
  openOptions,
  extensionUrl,
}) => {
  const options = await openOptions();
  await saveClients(options, [acme(), globex()]);
  await enqueueLocal(options, {
    id: 'acme-1',
    subject: 'Launch numbers',
    to: 'jane@acme.com',
    body: 'The numbers',
    dueInSeconds: 3_600,
    profileIds: ['acme'],
  });
  await enqueueLocal(options, {
    id: 'globex-1',
    subject: 'Contract questions',
    to: 'joe@globex.com',
    body: 'Questions',
    dueInSeconds: 7_200,
    profileIds: ['globex'],
  });
  const handoff = await callWorker(options, 'queue/handoff', {
    id: 'gmail-1',
    provider: 'gmail',
    profileIds: ['globex'],
    recipients: ['joe@globex.com'],
    subject: 'Invoice',
    dueAt: new Date(Date.now() + 10_800_000).toISOString(),
  });
  expect(handoff.ok).toBe(true);

  const page = await openQueue(context, extensionUrl);
  await expect(list(page).getByRole('listitem')).toHaveCount(3);
  await expect(row(page, 'Invoice')).toContainText('Scheduled in Gmail');
  await expect(row(page, 'Invoice').getByRole('link', { name: 'Open Gmail’s Scheduled folder' })).toHaveAttribute(
    'href',
    'https://mail.google.com/mail/u/0/#scheduled',
  );
  await expect(row(page, 'Launch numbers')).toContainText('Waiting in Red Cup');

  await page.getByLabel('Client').selectOption({ label: 'Globex' });
  await expect(list(page).getByRole('listitem')).toHaveCount(2);
  await expect(row(page, 'Launch numbers')).toHaveCount(0);
  await page.getByLabel('Client').selectOption({ label: 'All clients' });

  // A local reply: cancelled for good, its text deleted.
  await row(page, 'Launch numbers').getByRole('button', { name: 'Cancel reply' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Cancel “Launch numbers”?' });
  await expect(dialog.getByRole('button', { name: 'Keep it' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Cancel the reply' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Cancelled: the reply will not be sent.' })).toBeVisible();
  await expect(row(page, 'Launch numbers')).toHaveCount(0);
  await page.getByLabel('Show').selectOption({ label: 'Sent or cancelled' });
  await expect(row(page, 'Launch numbers')).toContainText('Cancelled');
  const cancelled = await entryOf(worker, 'acme-1');
  expect(cancelled?.status).toBe('cancelled');
  expect(cancelled?.reply).toBeUndefined();

  // Gmail's hand-off with no Gmail tab open: Red Cup says how to cancel it there; nothing changes.
  await page.getByLabel('Show').selectOption({ label: 'Waiting to go out' });
  await row(page, 'Invoice').getByRole('button', { name: 'Cancel reply' }).click();
  await page
    .getByRole('alertdialog', { name: 'Cancel “Invoice”?' })
    .getByRole('button', { name: 'Cancel the reply' })
    .click();
  await expect(page.getByRole('alert').filter({ hasText: 'go to the Scheduled folder' })).toBeVisible();
  expect((await entryOf(worker, 'gmail-1'))?.status).toBe('handed-off');
});

test("a reply Gmail's Schedule send holds is cancelled through the open Gmail tab: it leaves Scheduled and goes back to Drafts", async ({
  context,
  worker,
  openOptions,
  extensionUrl,
}) => {
  await routeAllMailSites(context);
  const options = await openOptions();
  await saveClients(options, [
    clientProfile({ id: 'globex', name: 'Globex', match: ['globex.com'], state: 'outside' }),
  ]);
  const gmail = await context.newPage();
  await openGmail(gmail);
  const compose = await newPopup(gmail);
  await addRecipient(compose, 'joe@globex.com');
  await writeMessage(compose, 'Renewal terms', 'Here are the terms.');
  await sendButton(compose).click();
  await guardPanel(gmail)
    .getByRole('button', { name: /^Send / })
    .click();
  await expect(scheduledList(gmail)).toContainText('Renewal terms');

  const page = await openQueue(context, extensionUrl);
  await expect(row(page, 'Renewal terms')).toContainText('Scheduled in Gmail');
  await row(page, 'Renewal terms').getByRole('button', { name: 'Cancel reply' }).click();
  await page
    .getByRole('alertdialog', { name: 'Cancel “Renewal terms”?' })
    .getByRole('button', { name: 'Cancel the reply' })
    .click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'Gmail cancelled the scheduled message; it is back in your drafts.' }),
  ).toBeVisible();
  await expect(row(page, 'Renewal terms')).toHaveCount(0);
  await expect.poll(async () => (await scheduled(gmail)).length).toBe(0);
  expect((await drafts(gmail)).map((m) => m.subject)).toContain('Renewal terms');
  expect(await sent(gmail)).toEqual([]);
  const entry = (await queue(worker)).find((e) => e.subject === 'Renewal terms');
  expect(entry?.status).toBe('cancelled');
});

test('changing the time: typed in the client’s zone, a time outside the boundary is warned about, a time inside is saved', async ({
  context,
  worker,
  openOptions,
  extensionUrl,
}) => {
  const options = await openOptions();
  const client = acme();
  await saveClients(options, [client]);
  await enqueueLocal(options, {
    id: 'acme-2',
    subject: 'Weekly report',
    to: 'jane@acme.com',
    body: 'Report',
    dueInSeconds: 3_600,
    profileIds: ['acme'],
  });
  const page = await openQueue(context, extensionUrl);

  await row(page, 'Weekly report').getByRole('button', { name: 'Change time' }).click();
  const picker = page.getByLabel(`New time, in ${client.timeZone} (the client’s time)`);
  await expect(picker).toBeFocused();
  const inClientZone = DateTime.now().setZone(client.timeZone);
  await expect(picker).toHaveValue(inClientZone.plus({ hours: 1 }).toFormat("yyyy-LL-dd'T'HH:mm"));

  // Five hours from now the client's window (an hour ago to two hours ahead, every day) is closed.
  await picker.fill(inClientZone.plus({ hours: 5 }).toFormat("yyyy-LL-dd'T'HH:mm"));
  await expect(page.getByRole('status').filter({ hasText: 'That time is outside Acme Corp’s hours' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save this time anyway' })).toBeVisible();
  // The warning offers the client's next window instead: the picker takes it, and the warning goes.
  await page.getByRole('button', { name: /^Use the next window: / }).click();
  await expect(page.getByText('That time is outside')).toHaveCount(0);
  await expect(picker).toBeFocused();
  const offered = DateTime.fromFormat(await picker.inputValue(), "yyyy-LL-dd'T'HH:mm", { zone: client.timeZone });
  expect(offered > inClientZone.plus({ hours: 5 })).toBe(true);

  await picker.fill(inClientZone.minus({ hours: 2 }).toFormat("yyyy-LL-dd'T'HH:mm"));
  await page
    .getByRole('button', { name: 'Save this time anyway' })
    .or(page.getByRole('button', { name: 'Save the new time' }))
    .click();
  await expect(page.getByRole('alert').filter({ hasText: 'That time has passed.' })).toBeVisible();

  const tomorrow = inClientZone.plus({ days: 1, minutes: 30 }).startOf('minute');
  await picker.fill(tomorrow.toFormat("yyyy-LL-dd'T'HH:mm"));
  await expect(page.getByText('That time is outside')).toHaveCount(0);
  await page.getByRole('button', { name: 'Save the new time' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: '“Weekly report” now goes out at its new time.' }),
  ).toBeVisible();
  expect((await entryOf(worker, 'acme-2'))?.dueAt).toBe(tomorrow.toUTC().toISO());
  expect((await ledger(worker)).some((e) => e.kind === 'moved' && e.queue?.entryId === 'acme-2')).toBe(true);
});

test('send now: inside the boundary it goes out at once; outside, triage first — red cup keeps it, a real emergency sends it', async ({
  context,
  worker,
  openOptions,
  extensionUrl,
}) => {
  await routeAllMailSites(context);
  const options = await openOptions();
  await saveClients(options, [acme(), globex()]);
  const gmail = await context.newPage();
  await openGmail(gmail);
  await enqueueLocal(options, {
    id: 'acme-3',
    subject: 'Quick answer',
    to: 'jane@acme.com',
    body: 'Yes, Tuesday works',
    dueInSeconds: 3_600,
    profileIds: ['acme'],
  });
  await enqueueLocal(options, {
    id: 'globex-3',
    subject: 'Site is down?',
    to: 'joe@globex.com',
    body: 'Looking into it now',
    dueInSeconds: 3_600,
    profileIds: ['globex'],
  });
  const page = await openQueue(context, extensionUrl);

  await row(page, 'Quick answer').getByRole('button', { name: 'Send now' }).click();
  await waitForStatus(worker, 'acme-3', ['sent']);
  expect(await sentWithSubject(gmail, 'Quick answer')).toHaveLength(1);

  const outside = row(page, 'Site is down?');
  await outside.getByRole('button', { name: 'Send now' }).click();
  const triage = outside.getByRole('group', { name: 'Is it an emergency?' });
  await expect(triage.getByRole('radio').first()).toBeFocused();
  const answer = async (question: RegExp, label: string) =>
    triage.getByRole('group', { name: question }).getByRole('radio', { name: label, exact: true }).check();
  await answer(/agreed counts as an emergency/, 'No');
  await answer(/real harm/, 'No');
  await answer(/emergency to Globex/, 'Yes');
  await expect(triage.getByRole('status')).toContainText('Suggestion: a red cup — it can wait.');
  await triage.getByRole('button', { name: 'Keep it scheduled' }).click();
  await expect(triage).toHaveCount(0);
  expect((await entryOf(worker, 'globex-3'))?.status).toBe('pending');

  await outside.getByRole('button', { name: 'Send now' }).click();
  await answer(/agreed counts as an emergency/, 'Yes');
  await answer(/real harm/, 'Yes');
  await answer(/emergency to Globex/, 'Yes');
  await expect(triage.getByRole('status')).toContainText('Suggestion: a real emergency.');
  await triage.getByRole('button', { name: 'Send now: real emergency' }).click();
  await waitForStatus(worker, 'globex-3', ['sent']);
  expect(await sentWithSubject(gmail, 'Site is down?')).toHaveLength(1);
  const decided = (await ledger(worker)).find((e) => e.kind === 'sent-emergency' && e.queue?.entryId === 'globex-3');
  expect(decided?.triage).toEqual({
    answers: { agreedSituation: 'yes', realHarm: 'yes', emergencyToClient: 'yes' },
    suggestion: 'real-emergency',
  });
});

test('a profile chooses Red Cup’s own queue in its Send later settings', async ({ worker, openOptions }) => {
  const options = await openOptions();
  await saveClients(options, [clientProfile({ id: 'acme', name: 'Acme Corp', match: ['acme.com'], state: 'inside' })]);
  await options.reload();
  await options.getByRole('button', { name: 'Edit Acme Corp' }).click();
  const who = options.getByRole('group', { name: 'Who sends it' });
  await expect(who.getByRole('radio', { name: 'Gmail’s or Outlook’s own Schedule send' })).toBeChecked();
  await who.getByRole('radio', { name: 'Red Cup’s own queue' }).check();
  await options.getByRole('button', { name: /^Save/ }).first().click();
  await expect(options.getByRole('status').filter({ hasText: 'Saved “Acme Corp”.' })).toBeVisible();
  expect((await storedProfiles(worker))[0]?.sendLater.delivery).toBe('local');
});

/** Writes a record into the worker's queue store as it is, past the worker's checks: how a damaged or older record looks. */
async function putQueueRecord(worker: Worker, record: Record<string, unknown>): Promise<void> {
  await worker.evaluate(
    (value) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('red-cup');
        open.onerror = () => reject(new Error('cannot open red-cup'));
        open.onsuccess = () => {
          const tx = open.result.transaction('queue', 'readwrite');
          tx.objectStore('queue').put(value);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(new Error(tx.error?.message ?? 'put failed'));
        };
      }),
    record,
  );
}

const heldRecord = (id: string, subject: string, extra: Record<string, unknown> = {}) => ({
  id,
  status: 'needs-attention',
  mode: 'local',
  provider: 'gmail',
  profileIds: ['acme'],
  recipients: ['jane@acme.com'],
  subject,
  dueAt: new Date(Date.now() - 3_600_000).toISOString(),
  createdAt: new Date(Date.now() - 7_200_000).toISOString(),
  updatedAt: new Date(Date.now() - 3_000_000).toISOString(),
  sendingSince: new Date(Date.now() - 3_500_000).toISOString(),
  account: GMAIL_URL,
  reply: { to: ['jane@acme.com'], cc: [], bcc: [], html: `<div>Body of ${subject}</div>`, thread: null },
  problem:
    'It may or may not have gone out (Outlook closed the compose, but its Sent Items are not on this page); check your Sent folder before sending it again.',
  waitingKeys: [],
  ...extra,
});

test('a reply that needs you is settled: “It went out” marks it sent and deletes its text (issue 13 A4)', async ({
  context,
  worker,
  openOptions,
  extensionUrl,
}) => {
  const options = await openOptions();
  await saveClients(options, [acme()]);
  await putQueueRecord(worker, heldRecord('held-1', 'Did it go?'));
  const page = await openQueue(context, extensionUrl);
  const held = row(page, 'Did it go?');
  await expect(held).toContainText('Needs you');
  await expect(held.getByRole('button', { name: 'Send it again' })).toBeVisible();
  await expect(held.getByRole('button', { name: 'Open in compose' })).toBeVisible();
  await held.getByRole('button', { name: 'It went out' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: '“Did it go?” is marked as sent; Red Cup deleted its text.' }),
  ).toBeVisible();
  await expect(row(page, 'Did it go?')).toHaveCount(0);
  const entry = await entryOf(worker, 'held-1');
  expect(entry?.status).toBe('sent');
  expect(entry?.reply).toBeUndefined();
  expect((await ledger(worker)).filter((e) => e.queue?.entryId === 'held-1').map((e) => e.kind)).toEqual([
    expect.stringMatching(/^delivered/),
  ]);
});

test('a record with a failure reason too long to read is usable again: shortened, and cancelled like any other (issue 13 A1)', async ({
  context,
  worker,
  openOptions,
  extensionUrl,
}) => {
  const options = await openOptions();
  await saveClients(options, [acme()]);
  const list45 = Array.from({ length: 45 }, (_, i) => `Person ${i} <person.${i}@acme.com>`).join(', ');
  await putQueueRecord(
    worker,
    heldRecord('long-1', 'Reply to all 45', {
      status: 'failed',
      retryAt: new Date(Date.now() + 3_600_000).toISOString(),
      problem: `the To field holds ${list45} instead of ${list45}`,
    }),
  );
  const page = await openQueue(context, extensionUrl);
  await page.getByLabel('Show').selectOption({ label: 'All' });
  const r = row(page, 'Reply to all 45');
  await expect(r).toContainText('Red Cup shortened this entry when reading it');
  await expect(page.getByRole('heading', { name: /could not be read/ })).toHaveCount(0);
  await r.getByRole('button', { name: 'Cancel reply' }).click();
  await page
    .getByRole('alertdialog', { name: 'Cancel “Reply to all 45”?' })
    .getByRole('button', { name: 'Cancel the reply' })
    .click();
  await expect(page.getByRole('status').filter({ hasText: 'Cancelled: the reply will not be sent.' })).toBeVisible();
  const entry = await entryOf(worker, 'long-1');
  expect(entry?.status).toBe('cancelled');
  expect(entry?.reply).toBeUndefined();
});

test('a damaged queue record offers to open its reply in a compose window, or to delete it (issue 13 A1)', async ({
  context,
  worker,
  openOptions,
  extensionUrl,
}) => {
  await routeAllMailSites(context);
  const options = await openOptions();
  await saveClients(options, [acme()]);
  const gmail = await context.newPage();
  await openGmail(gmail);
  // Damaged: a state no version of Red Cup writes. Its reply is intact.
  await putQueueRecord(worker, heldRecord('bad-1', 'Rescued reply', { status: 'half-sent' }));
  await putQueueRecord(worker, heldRecord('bad-2', 'Lost cause', { status: 'half-sent', reply: { to: 'nobody' } }));
  const page = await openQueue(context, extensionUrl);
  await expect(
    page.getByRole('heading', { name: '2 stored records could not be read and are not in use' }),
  ).toBeVisible();
  const damaged = page.getByRole('region', { name: /could not be read/ });
  const first = damaged.getByRole('group', { name: 'What to do with the damaged scheduled reply “bad-1”' });
  const second = damaged.getByRole('group', { name: 'What to do with the damaged scheduled reply “bad-2”' });
  await expect(second).toContainText('Its reply cannot be read any more.');
  await expect(second.getByRole('button', { name: 'Open the reply in a compose window' })).toHaveCount(0);

  await first.getByRole('button', { name: 'Open the reply in a compose window' }).click();
  await expect(
    page
      .getByRole('alert')
      .filter({ hasText: 'The reply is open in a compose window of its account; the damaged record was deleted.' }),
  ).toBeVisible();
  const compose = gmail
    .getByRole('dialog')
    .filter({ has: gmail.locator('input[name=subjectbox]') })
    .last();
  await expect(compose.locator('input[name=subjectbox]')).toHaveValue('Rescued reply');
  await expect(compose.getByRole('textbox', { name: 'Message Body' })).toContainText('Body of Rescued reply');
  expect(await entryOf(worker, 'bad-1')).toBeUndefined();

  await second.getByRole('button', { name: 'Delete' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Delete the damaged record “bad-2”?' });
  await expect(dialog.getByRole('button', { name: 'Keep it' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Delete it' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The damaged record was deleted.' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /could not be read/ })).toHaveCount(0);
  expect((await queue(worker)).map((e) => e.id)).toEqual([]);
  expect(await sentWithSubject(gmail, 'Rescued reply')).toHaveLength(0);
});
