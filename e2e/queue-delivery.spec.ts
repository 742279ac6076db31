/**
 * The local send-later queue under stress (issue 4, DESIGN §5.3–5.5): a reply is never lost,
 * never sent twice, never sent outside the boundary. The service worker is stopped at each step
 * of a delivery, the mail tab is closed in the middle, two mail tabs are open, the browser is
 * closed with overdue replies, and an IndexedDB write fails. Every reply is counted in the
 * simulated Gmail's Sent list (its "server" state, kept across page loads): exactly once, or
 * not at all and waiting in `needs-attention` — never twice. One reply goes out through the
 * simulated Outlook the same way.
 */
import type { Page } from '@playwright/test';
import { clientProfile, saveClients } from './support/clients.ts';
import {
  callWorker,
  expect,
  routeAllMailSites,
  stopServiceWorker,
  test,
  waitForContentScript,
  type BrowserContext,
  type Worker,
} from './support/extension.ts';
import { addRecipient, GMAIL_URL, newPopup, openGmail, pill, sendButton, writeMessage } from './support/gmail-site.ts';
import { guardPanel, ledger, queue } from './support/guard.ts';
import {
  enqueueLocal,
  entryOf,
  loadTabsTheExtensionOpens,
  notificationIds,
  sentWithSubject,
  waitForSent,
  waitForStatus,
} from './support/local-queue.ts';
import { OUTLOOK_URL, openOutlook, sendingNotice, sentList as outlookSentItems } from './support/outlook-site.ts';

const acmeInside = () => ({
  ...clientProfile({ id: 'acme', name: 'Acme Corp', match: ['acme.com'], state: 'inside' }),
  sendLater: { offsetMinutes: 0, randomWithinMinutes: 0, delivery: 'local' as const },
});
const globexOutside = () => ({
  ...clientProfile({ id: 'globex', name: 'Globex', match: ['globex.com'], state: 'outside' }),
  sendLater: { offsetMinutes: 0, randomWithinMinutes: 0, delivery: 'local' as const },
});

/** Routes the simulated mail sites and stores the clients; answers an extension page to talk to the worker from. */
async function setUp(context: BrowserContext, openOptions: () => Promise<Page>): Promise<Page> {
  await routeAllMailSites(context);
  const options = await openOptions();
  await saveClients(options, [acmeInside(), globexOutside()]);
  return options;
}

async function gmailTab(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await openGmail(page);
  return page;
}

/** Exactly once and `sent`, or not at all and waiting for the user: never twice, never lost. */
async function expectOnceOrAttention(worker: Worker, page: Page, id: string, subject: string): Promise<void> {
  const entry = await waitForStatus(worker, id, ['sent', 'needs-attention']);
  // Give a second delivery every chance to happen before counting.
  await page.waitForTimeout(3_000);
  const copies = await sentWithSubject(page, subject);
  if (entry.status === 'sent') expect(copies).toHaveLength(1);
  else {
    expect(copies).toHaveLength(0);
    expect(entry.reply?.html, 'a reply waiting for the user keeps its text').toContain(subject);
  }
  expect((await entryOf(worker, id))?.status).toBe(entry.status);
}

test('a local reply goes out once at its due time through the open Gmail tab, and its body is then deleted', async ({
  context,
  openOptions,
  worker,
}) => {
  const options = await setUp(context, openOptions);
  const page = await gmailTab(context);
  await enqueueLocal(options, {
    id: 'r-plain',
    subject: 'Quarterly figures',
    to: 'jane@acme.com',
    body: 'Quarterly figures attached',
    dueInSeconds: 3,
    profileIds: ['acme'],
  });
  const [message] = await waitForSent(page, 'Quarterly figures', 1);
  expect(message!.to).toEqual(['jane@acme.com']);
  expect(message!.body).toContain('Quarterly figures attached');
  const entry = await waitForStatus(worker, 'r-plain', ['sent']);
  expect(entry.reply).toBeUndefined();
  await page.waitForTimeout(3_000);
  expect(await sentWithSubject(page, 'Quarterly figures')).toHaveLength(1);
  const kinds = (await ledger(worker)).filter((e) => e.queue?.entryId === 'r-plain').map((e) => e.kind);
  expect(kinds).toEqual(expect.arrayContaining(['queued', 'sending']));
  expect(kinds.some((k) => k === 'delivered' || k === 'delivered-late')).toBe(true);
});

test('no mail tab open: Red Cup opens Gmail in a background tab, sends the reply once, and closes that tab', async ({
  context,
  openOptions,
  worker,
}) => {
  const options = await setUp(context, openOptions);
  loadTabsTheExtensionOpens(context, GMAIL_URL);
  await enqueueLocal(options, {
    id: 'r-no-tab',
    subject: 'Nobody had Gmail open',
    to: 'jane@acme.com',
    body: 'Sent from a background tab',
    dueInSeconds: 2,
    profileIds: ['acme'],
  });
  await waitForStatus(worker, 'r-no-tab', ['sent']);
  await expect
    .poll(() => context.pages().filter((p) => p.url().startsWith('https://mail.google.com/')).length, {
      timeout: 10_000,
    })
    .toBe(0);
  const page = await gmailTab(context);
  expect(await sentWithSubject(page, 'Nobody had Gmail open')).toHaveLength(1);
});

test('the worker stopped right after the enqueue: the alarm still delivers it once', async ({
  context,
  openOptions,
  worker,
}) => {
  const options = await setUp(context, openOptions);
  const page = await gmailTab(context);
  await enqueueLocal(options, {
    id: 'r-stop-enqueue',
    subject: 'After enqueue',
    to: 'jane@acme.com',
    body: 'After enqueue',
    dueInSeconds: 4,
    profileIds: ['acme'],
  });
  await stopServiceWorker(context);
  await waitForSent(page, 'After enqueue', 1);
  await expectOnceOrAttention(worker, page, 'r-stop-enqueue', 'After enqueue');
});

test('the worker stopped once the alarm fired (entry sending): delivered once or waiting for the user, never twice', async ({
  context,
  openOptions,
  worker,
}) => {
  const options = await setUp(context, openOptions);
  const page = await gmailTab(context);
  await enqueueLocal(options, {
    id: 'r-stop-alarm',
    subject: 'After alarm',
    to: 'jane@acme.com',
    body: 'After alarm',
    dueInSeconds: 3,
    profileIds: ['acme'],
  });
  await waitForStatus(worker, 'r-stop-alarm', ['sending', 'sent'], 30_000);
  await stopServiceWorker(context);
  // Wake it: any message does (the popup's own, here).
  await options.reload();
  await expectOnceOrAttention(worker, page, 'r-stop-alarm', 'After alarm');
});

test('the worker stopped as Send was pressed, before it wrote the confirmation: found in Sent, marked sent, not sent again', async ({
  context,
  openOptions,
  worker,
}) => {
  const options = await setUp(context, openOptions);
  const page = await gmailTab(context);
  await enqueueLocal(options, {
    id: 'r-stop-send',
    subject: 'After send',
    to: 'jane@acme.com',
    body: 'After send',
    dueInSeconds: 3,
    profileIds: ['acme'],
  });
  await waitForSent(page, 'After send', 1, 30_000);
  await stopServiceWorker(context);
  await options.reload();
  const entry = await waitForStatus(worker, 'r-stop-send', ['sent', 'needs-attention']);
  await page.waitForTimeout(3_000);
  expect(await sentWithSubject(page, 'After send')).toHaveLength(1);
  expect(entry.status).toBe('sent');
});

test('the worker stopped once it had opened a mail tab: the reply goes out once, or waits for the user', async ({
  context,
  openOptions,
  worker,
}) => {
  const options = await setUp(context, openOptions);
  loadTabsTheExtensionOpens(context, GMAIL_URL);
  const opened = context.waitForEvent('page', {
    predicate: (p) => p.url().startsWith('https://mail.google.com/') || p.url().startsWith('chrome-error://'),
    timeout: 30_000,
  });
  await enqueueLocal(options, {
    id: 'r-stop-tab',
    subject: 'After the tab opened',
    to: 'jane@acme.com',
    body: 'After the tab opened',
    dueInSeconds: 2,
    profileIds: ['acme'],
  });
  const background = await opened;
  await waitForContentScript(background, { timeout: 30_000 });
  await stopServiceWorker(context);
  await options.reload();
  const page = await gmailTab(context);
  await expectOnceOrAttention(worker, page, 'r-stop-tab', 'After the tab opened');
});

test('"Open in compose": the queued reply comes back in a new Gmail compose, and leaves the queue', async ({
  context,
  openOptions,
  worker,
}) => {
  const options = await setUp(context, openOptions);
  const page = await gmailTab(context);
  await enqueueLocal(options, {
    id: 'r-reopen',
    subject: 'Second thoughts',
    to: 'jane@acme.com',
    body: 'Let me rephrase this',
    dueInSeconds: 3_600,
    profileIds: ['acme'],
  });
  const answer = await callWorker(options, 'queue/open-in-compose', { id: 'r-reopen' });
  expect(answer).toEqual({ ok: true, value: { message: expect.stringContaining('open in a compose window') } });
  const compose = page
    .getByRole('dialog')
    .filter({ has: page.locator('input[name=subjectbox]') })
    .last();
  await expect(compose.locator('input[name=subjectbox]')).toHaveValue('Second thoughts');
  await expect(compose.getByRole('textbox', { name: 'Message Body' })).toContainText('Let me rephrase this');
  // The recipient is a chip again (Gmail shows the contact's name), and the guard knows the client.
  await expect(compose.locator('[role=option][data-hovercard-id="jane@acme.com"]')).toBeVisible();
  await expect(compose).toContainText('Acme Corp · inside hours');
  const entry = await waitForStatus(worker, 'r-reopen', ['cancelled']);
  expect(entry.reply).toBeUndefined();
  expect(await sentWithSubject(page, 'Second thoughts')).toHaveLength(0);
});

test('two Gmail tabs open at once: the reply goes out once', async ({ context, openOptions, worker }) => {
  const options = await setUp(context, openOptions);
  const first = await gmailTab(context);
  const second = await gmailTab(context);
  await enqueueLocal(options, {
    id: 'r-two-tabs',
    subject: 'Two tabs',
    to: 'jane@acme.com',
    body: 'Two tabs',
    dueInSeconds: 3,
    profileIds: ['acme'],
  });
  await waitForStatus(worker, 'r-two-tabs', ['sent']);
  await first.waitForTimeout(3_000);
  expect(await sentWithSubject(first, 'Two tabs')).toHaveLength(1);
  expect(await sentWithSubject(second, 'Two tabs')).toHaveLength(1);
});

test('the user closes the mail tab in the middle of a delivery: the reply is not lost and not sent twice', async ({
  context,
  openOptions,
  worker,
}) => {
  const options = await setUp(context, openOptions);
  const page = await gmailTab(context);
  await enqueueLocal(options, {
    id: 'r-closed-tab',
    subject: 'Closed tab',
    to: 'jane@acme.com',
    body: 'Closed tab',
    dueInSeconds: 3,
    profileIds: ['acme'],
  });
  await waitForStatus(worker, 'r-closed-tab', ['sending', 'sent'], 30_000);
  await page.close();
  const counter = await gmailTab(context);
  await expectOnceOrAttention(worker, counter, 'r-closed-tab', 'Closed tab');
});

test('the browser closed with two overdue replies: at start the one inside its boundary goes out, the one outside moves to the next window', async ({
  context,
  openOptions,
  relaunch,
}) => {
  const options = await setUp(context, openOptions);
  await enqueueLocal(options, {
    id: 'r-overdue-in',
    subject: 'Overdue inside',
    to: 'jane@acme.com',
    body: 'Overdue inside',
    dueInSeconds: 2,
    profileIds: ['acme'],
  });
  await enqueueLocal(options, {
    id: 'r-overdue-out',
    subject: 'Overdue outside',
    to: 'joe@globex.com',
    body: 'Overdue outside',
    dueInSeconds: 2,
    profileIds: ['globex'],
  });
  const again = await relaunch({ closedForMs: 4_000 });
  await routeAllMailSites(again.context);
  const page = await gmailTab(again.context);
  await waitForStatus(again.worker, 'r-overdue-in', ['sent'], 120_000);
  const moved = await waitForStatus(again.worker, 'r-overdue-out', ['pending']);
  expect(Date.parse(moved.dueAt)).toBeGreaterThan(Date.now());
  expect(moved.reply?.html).toContain('Overdue outside');
  expect(await notificationIds(again.worker)).not.toHaveLength(0);
  await page.waitForTimeout(2_000);
  expect(await sentWithSubject(page, 'Overdue inside')).toHaveLength(1);
  expect(await sentWithSubject(page, 'Overdue outside')).toHaveLength(0);
});

test('a client whose profile asks for local delivery: "Send at" keeps the reply in Red Cup\'s queue and closes the compose', async ({
  context,
  openOptions,
  worker,
}) => {
  await setUp(context, openOptions);
  const page = await gmailTab(context);
  const compose = await newPopup(page);
  await addRecipient(compose, 'joe@globex.com');
  await writeMessage(compose, 'Held locally', 'See you in the morning.');
  await expect(pill(compose)).toContainText('after hours');
  await sendButton(compose).click();
  await guardPanel(page)
    .getByRole('button', { name: /^Send / })
    .click();
  await expect(compose).toBeHidden();
  await expect(guardPanel(page)).toBeHidden();
  const entries = (await queue(worker)).filter((e) => e.subject === 'Held locally');
  expect(entries).toHaveLength(1);
  expect(entries[0]).toMatchObject({
    status: 'pending',
    mode: 'local',
    account: 'https://mail.google.com/mail/u/0/',
    recipients: ['joe@globex.com'],
  });
  expect(entries[0]!.reply?.html).toContain('See you in the morning.');
  expect(await sentWithSubject(page, 'Held locally')).toHaveLength(0);
});

test('an IndexedDB write that fails: the panel says so clearly and the compose stays open with its text', async ({
  context,
  openOptions,
  worker,
}) => {
  await setUp(context, openOptions);
  const page = await gmailTab(context);
  const compose = await newPopup(page);
  await addRecipient(compose, 'joe@globex.com');
  await writeMessage(compose, 'Disk full', 'Every word stays.');
  await expect(pill(compose)).toContainText('after hours');
  // A real failure inside the worker's IndexedDB, not a test hook in the product.
  await worker.evaluate(() => {
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('The disk is full.', 'QuotaExceededError');
    };
  });
  await sendButton(compose).click();
  await guardPanel(page)
    .getByRole('button', { name: /^Send / })
    .click();
  await expect(guardPanel(page).getByRole('alert')).toContainText('could not keep your reply for later');
  await expect(compose.locator('[contenteditable=true][g_editable=true]')).toHaveText('Every word stays.');
  expect(await sentWithSubject(page, 'Disk full')).toHaveLength(0);
});

test('Outlook: a local reply goes out once through the open Outlook tab', async ({ context, openOptions, worker }) => {
  const options = await setUp(context, openOptions);
  const page = await context.newPage();
  // Outlook's Undo send on (2 s): the message has left only once it is in Sent Items.
  await openOutlook(page, 'outlook.office.com', '?undosend=2');
  await enqueueLocal(options, {
    id: 'r-outlook',
    subject: 'Outlook figures',
    to: 'jane@acme.com',
    body: 'Outlook figures attached',
    dueInSeconds: 3,
    profileIds: ['acme'],
    provider: 'outlook',
  });
  await expect(sendingNotice(page)).toBeVisible({ timeout: 60_000 });
  const [message] = await waitForSent(page, 'Outlook figures', 1);
  expect(message).toMatchObject({ to: ['jane@acme.com'], cc: [], bcc: [] });
  expect(message!.body).toContain('Outlook figures attached');
  await expect(outlookSentItems(page).locator('li[data-subject="Outlook figures"]')).toHaveCount(1);
  const entry = await waitForStatus(worker, 'r-outlook', ['sent']);
  expect(entry).toMatchObject({ provider: 'outlook', account: OUTLOOK_URL });
  expect(entry.reply, 'the body is deleted once Outlook confirmed it').toBeUndefined();
  await expect(page.locator('.compose')).toHaveCount(0);
  await page.waitForTimeout(3_000);
  await expect(outlookSentItems(page).locator('li[data-subject="Outlook figures"]')).toHaveCount(1);
  expect(await sentWithSubject(page, 'Outlook figures')).toHaveLength(1);
});
