/**
 * The simulated Gmail as the reliability tests' "server", and the Gmail adapter's local delivery
 * in a real Chromium (issue 4). The site keeps Sent across reloads, tabs and a browser restart,
 * and a second tab sees the first one's sends. The adapter — bundled from its source and run in
 * the page, beside the installed extension whose guard lets its untrusted gestures through —
 * fills and sends a queued reply (Chromium's own editing for the body, real layout), finds it in
 * Sent, and cancels a scheduled message.
 */
import path from 'node:path';
import { build, type Rolldown } from 'vite';
import { ROOT } from './support/browser.mjs';
import { expect, routeAllMailSites, test, type Page } from './support/extension.ts';
import {
  GMAIL_URL,
  addRecipient,
  cancelScheduledSend,
  drafts,
  newPopup,
  openGmail,
  scheduled,
  scheduledList,
  sendButton,
  sent,
  sentList,
  toast,
  writeMessage,
} from './support/gmail-site.ts';

/** The Gmail adapter as one script for the page (its lazy modules inlined): `window.__redCupGmail.gmailAdapter`. */
const adapterScript = build({
  configFile: false,
  logLevel: 'silent',
  root: ROOT,
  build: {
    write: false,
    minify: false,
    lib: { entry: path.join(ROOT, 'src/content/providers/gmail/adapter.ts'), formats: ['iife'], name: '__redCupGmail' },
  },
}).then((result) => {
  const output = (Array.isArray(result) ? result[0] : result) as Rolldown.RolldownOutput;
  return output.output[0].code;
});

async function withAdapter(page: Page): Promise<void> {
  await page.addScriptTag({ content: await adapterScript });
}

async function sendFromUi(page: Page, to: string, subject: string): Promise<void> {
  const compose = await newPopup(page);
  await addRecipient(compose, to);
  await writeMessage(compose, subject, `Body of ${subject}`);
  await sendButton(compose).click();
  await expect(compose).toHaveCount(0);
}

test('the simulated Gmail keeps Sent across reloads, tabs and a browser restart, and shows "Message sent" for the Undo Send period', async ({
  context,
  relaunch,
}) => {
  await routeAllMailSites(context);
  const first = await context.newPage();
  await openGmail(first);
  expect(await sent(first)).toEqual([]);
  await expect(sentList(first)).toContainText('Nothing yet');

  await sendFromUi(first, 'ops@globex.co.uk', 'First send');
  const sentToast = toast(first, 'Message sent');
  await expect(sentToast).toBeVisible();
  await expect(sentToast.getByRole('link', { name: 'Undo' })).toBeVisible();
  await expect(sentToast.getByRole('link', { name: 'View message' })).toBeVisible();
  // Google holds it for the Undo Send period (5 s): then it leaves and shows in Sent.
  expect(await sent(first)).toEqual([]);
  await expect(sentToast).toBeHidden({ timeout: 15_000 });
  await expect.poll(async () => (await sent(first)).map((m) => m.subject)).toEqual(['First send']);
  // Gmail's own Sent folder: rows in [role=main], the inbox's rows kept outside it.
  await first.goto(`${GMAIL_URL}#sent`);
  await expect(first.getByRole('main').locator('tr.zA .bog')).toHaveText(['First send']);
  expect(await first.locator('tr.zA').count()).toBeGreaterThan(1);

  const second = await context.newPage();
  await openGmail(second);
  expect((await sent(second)).map((m) => m.subject)).toEqual(['First send']);
  await sendFromUi(second, 'ops@globex.co.uk', 'First send'); // the same message again: counted twice
  await expect(sentList(first).locator('li[data-subject="First send"]')).toHaveCount(2, { timeout: 15_000 });

  await first.reload();
  await expect(sentList(first).locator('li[data-subject="First send"]')).toHaveCount(2);

  const again = await relaunch();
  await routeAllMailSites(again.context);
  const page = await again.context.newPage();
  await openGmail(page);
  expect((await sent(page)).map((m) => [m.subject, m.to])).toEqual([
    ['First send', ['ops@globex.co.uk']],
    ['First send', ['ops@globex.co.uk']],
  ]);
});

test('the Gmail adapter delivers a queued reply in a new message and in its thread, once each, and finds them in Sent', async ({
  context,
}) => {
  await routeAllMailSites(context);
  const page = await context.newPage();
  await openGmail(page);
  await withAdapter(page);

  const reports = await page.evaluate(async () => {
    type Adapter = import('../src/content/providers/adapter.ts').ProviderAdapter;
    const adapter = (window as unknown as { __redCupGmail: { gmailAdapter: Adapter } }).__redCupGmail.gmailAdapter;
    const since = new Date(Date.now() - 1_000).toISOString();
    const html = '<div dir="ltr">Hi Jane,</div><div dir="ltr">the <b>homepage</b> is back.</div>';
    const out: unknown[] = [adapter.account(document)];
    const fresh = await adapter.openCompose(document, 'Homepage is back', {
      to: ['Jane Doe <jane@acme.com>'],
      cc: ['sam@initech.com.au'],
      bcc: [],
      html,
      thread: null,
    });
    if (!fresh.ok) return [fresh.reason];
    out.push(fresh.filled.compose.kind, fresh.filled.compose.bodyHtml(), (await fresh.filled.send(10_000)).outcome);
    const thread = { id: 'thread-f:1815926311', url: 'https://mail.google.com/mail/u/0/#inbox/6c3cee27' };
    const inThread = await adapter.openCompose(document, 'Re: Launch week: homepage status', {
      to: ['jane@acme.com'],
      cc: [],
      bcc: [],
      html,
      thread,
    });
    if (!inThread.ok) return [inThread.reason];
    out.push(inThread.filled.compose.kind, (await inThread.filled.send(10_000)).outcome);
    out.push(
      await adapter.findSent(document, {
        subject: 'Homepage is back',
        recipients: ['jane@acme.com', 'sam@initech.com.au'],
        since,
      }),
    );
    // Asked about a time past Gmail's longest Undo Send period: "not in Sent" is final at once.
    out.push(
      await adapter.findSent(document, {
        subject: 'Never sent',
        recipients: ['jane@acme.com'],
        since: new Date(Date.now() - 60_000).toISOString(),
      }),
    );
    return out;
  });
  expect(reports).toEqual([
    GMAIL_URL,
    'popup',
    expect.stringContaining('<b>homepage</b>'),
    'sent',
    'inline',
    'sent',
    'yes',
    'no',
  ]);
  const messages = await sent(page);
  expect(messages.map((m) => [m.kind, m.to, m.cc, m.subject])).toEqual([
    ['popup', ['jane@acme.com'], ['sam@initech.com.au'], 'Homepage is back'],
    ['inline', ['jane@acme.com'], [], 'Re: Launch week: homepage status'],
  ]);
  expect(messages[0]!.body).toBe('Hi Jane,\nthe homepage is back.');
  await expect(page.locator('.dw [role=dialog], .ip.adB')).toHaveCount(0);
});

test('Undo in the Undo Send period keeps the message out of Sent and opens it again', async ({ context }) => {
  await routeAllMailSites(context);
  const page = await context.newPage();
  await openGmail(page, '?undo=10');
  await sendFromUi(page, 'ops@globex.co.uk', 'Taken back');
  await toast(page, 'Message sent').getByRole('link', { name: 'Undo' }).click();
  await expect(toast(page, 'Sending undone.')).toBeVisible();
  await expect(page.getByRole('dialog', { name: 'Taken back' })).toBeVisible();
  // Nothing is held to go out any more, and nothing went.
  expect(await page.evaluate(() => (window as unknown as { __site: { outbox: unknown[] } }).__site.outbox)).toEqual([]);
  expect(await sent(page)).toEqual([]);
});

/** Schedules a message for tomorrow morning through Gmail's own menu, as a user does. */
async function scheduleFromUi(page: Page, to: string, subject: string): Promise<void> {
  const before = (await scheduled(page)).length;
  const compose = await newPopup(page);
  await addRecipient(compose, to);
  await writeMessage(compose, subject, `Body of ${subject}`);
  await compose.getByRole('button', { name: 'More send options' }).click();
  await page.getByRole('menuitem', { name: 'Schedule send' }).click();
  await page.getByRole('menuitem', { name: /Tomorrow morning/ }).click();
  await expect.poll(async () => (await scheduled(page)).length).toBe(before + 1);
}

test('a user cancels a scheduled message from the Scheduled list: back in Drafts, and it stays cancelled', async ({
  context,
}) => {
  await routeAllMailSites(context);
  const page = await context.newPage();
  await openGmail(page);
  await scheduleFromUi(page, 'ops@globex.co.uk', 'Maybe later');
  await expect(scheduledList(page)).toContainText('Maybe later');
  await cancelScheduledSend(page, 'Maybe later');
  expect(await scheduled(page)).toEqual([]);
  expect((await drafts(page)).map((m) => m.subject)).toEqual(['Maybe later']);
  await page.reload();
  await expect(scheduledList(page)).toContainText('Nothing yet');
  expect((await drafts(page)).map((m) => m.subject)).toEqual(['Maybe later']);
});

test("the Gmail adapter cancels a scheduled message through Gmail's Scheduled list", async ({ context }) => {
  await routeAllMailSites(context);
  const page = await context.newPage();
  await openGmail(page);
  await scheduleFromUi(page, 'ops@globex.co.uk', 'Later');
  const [message] = await scheduled(page);
  await withAdapter(page);
  const result = await page.evaluate(async (dueAt) => {
    type Adapter = import('../src/content/providers/adapter.ts').ProviderAdapter;
    const adapter = (window as unknown as { __redCupGmail: { gmailAdapter: Adapter } }).__redCupGmail.gmailAdapter;
    return adapter.cancelScheduled(document, { subject: 'Later', recipients: ['ops@globex.co.uk'], dueAt });
  }, message!.at!);
  expect(result).toEqual({ ok: true });
  expect(await scheduled(page)).toEqual([]);
  await expect(toast(page, 'Sending cancelled')).toBeVisible();
  await page.reload();
  expect(await scheduled(page)).toEqual([]);
});
