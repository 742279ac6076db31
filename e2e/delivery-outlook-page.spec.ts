/**
 * The simulated Outlook as the reliability tests' "server", and the Outlook adapter's local
 * delivery in a real Chromium. The site keeps Sent Items across reloads, tabs and a browser
 * restart, and with Undo send on a page closed too early leaves the message unsent in Drafts.
 * The adapter — bundled from its source and run in the page, beside the installed extension
 * whose guard lets its untrusted gestures through — fills and sends a queued reply (Chromium's
 * own editing for the recipients and the body, real layout) in a new message and in its
 * conversation, waits out Undo send, and finds the messages in Sent Items.
 */
import path from 'node:path';
import { build, type Rolldown } from 'vite';
import { ROOT } from './support/browser.mjs';
import { expect, routeAllMailSites, test, type Page } from './support/extension.ts';
import {
  OUTLOOK_URL,
  addRecipient,
  drafts,
  draftsList,
  newMessage,
  openOutlook,
  sendButton,
  sendingNotice,
  sent,
  sentList,
  writeMessage,
} from './support/outlook-site.ts';

/** The Outlook adapter as one script for the page (its lazy modules inlined): `window.__redCupOutlook.outlookAdapter`. */
const adapterScript = build({
  configFile: false,
  logLevel: 'silent',
  root: ROOT,
  build: {
    write: false,
    minify: false,
    lib: {
      entry: path.join(ROOT, 'src/content/providers/outlook/adapter.ts'),
      formats: ['iife'],
      name: '__redCupOutlook',
    },
  },
}).then((result) => {
  const output = (Array.isArray(result) ? result[0] : result) as Rolldown.RolldownOutput;
  return output.output[0].code;
});

async function withAdapter(page: Page): Promise<void> {
  await page.addScriptTag({ content: await adapterScript });
}

async function sendFromUi(page: Page, to: string, subject: string): Promise<void> {
  const compose = await newMessage(page);
  await addRecipient(compose, to);
  await writeMessage(compose, subject, `Body of ${subject}`);
  await sendButton(compose).click();
  await expect(compose).toHaveCount(0);
}

test('the simulated Outlook keeps Sent Items across reloads, tabs and a browser restart', async ({
  context,
  relaunch,
}) => {
  await routeAllMailSites(context);
  const first = await context.newPage();
  await openOutlook(first);
  expect(await sent(first)).toEqual([]);
  await expect(sentList(first)).toContainText('Nothing yet');

  await sendFromUi(first, 'ops@globex.com', 'First send');
  await expect(sentList(first).locator('li[data-subject="First send"]')).toHaveCount(1);

  const second = await context.newPage();
  await openOutlook(second);
  await expect(sentList(second).locator('li[data-subject="First send"]')).toHaveCount(1);
  await sendFromUi(second, 'ops@globex.com', 'First send'); // the same message again: counted twice
  await expect(sentList(first).locator('li[data-subject="First send"]')).toHaveCount(2);

  await first.reload();
  await expect(sentList(first).locator('li[data-subject="First send"]')).toHaveCount(2);

  const again = await relaunch();
  await routeAllMailSites(again.context);
  const page = await again.context.newPage();
  await openOutlook(page);
  expect((await sent(page)).map((m) => [m.subject, m.to])).toEqual([
    ['First send', ['ops@globex.com']],
    ['First send', ['ops@globex.com']],
  ]);
});

test('with Undo send on, a message waits with "Sending…" and Undo; a page closed meanwhile leaves it unsent in Drafts', async ({
  context,
}) => {
  await routeAllMailSites(context);
  const page = await context.newPage();
  await openOutlook(page, 'outlook.office.com', '?undosend=3');
  await sendFromUi(page, 'ops@globex.com', 'Closed too early');
  await expect(sendingNotice(page)).toBeVisible();
  await expect(sendingNotice(page).getByRole('button', { name: 'Undo' })).toBeVisible();
  await expect(draftsList(page)).toContainText('Closed too early');
  await page.reload();
  await page.waitForTimeout(3_500);
  expect(await sent(page)).toEqual([]);
  expect((await drafts(page)).map((m) => m.subject)).toEqual(['Closed too early']);
  await expect(draftsList(page)).toContainText('Closed too early');
  await expect(sentList(page)).toContainText('Nothing yet');
});

test('the Outlook adapter delivers a queued reply in a new message and in its conversation, once each, and finds them in Sent Items', async ({
  context,
}) => {
  await routeAllMailSites(context);
  const page = await context.newPage();
  await openOutlook(page);
  await withAdapter(page);

  const reports = await page.evaluate(async () => {
    type Adapter = import('../src/content/providers/adapter.ts').ProviderAdapter;
    const adapter = (window as unknown as { __redCupOutlook: { outlookAdapter: Adapter } }).__redCupOutlook
      .outlookAdapter;
    const since = new Date(Date.now() - 1_000).toISOString();
    const html = '<div>Hi Jane,</div><div>the <b>homepage</b> is back.</div>';
    const out: unknown[] = [adapter.account(document)];
    const fresh = await adapter.openCompose(document, 'Homepage is back', {
      to: ['Jane Doe <jane@acme.com>'],
      cc: ['sam@initech.com'],
      bcc: ['priya@umbrella.io'],
      html,
      thread: null,
    });
    if (!fresh.ok) return [fresh.reason];
    out.push(fresh.filled.compose.kind, fresh.filled.compose.bodyHtml(), (await fresh.filled.send(10_000)).outcome);
    const thread = { id: 'AAQkADAwATM0MDAA0', url: 'https://outlook.office.com/mail/' };
    const inThread = await adapter.openCompose(document, 'RE: Launch plan', {
      to: ['bob@globex.com'],
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
        recipients: ['jane@acme.com', 'sam@initech.com', 'priya@umbrella.io'],
        since,
      }),
    );
    out.push(await adapter.findSent(document, { subject: 'Never sent', recipients: ['jane@acme.com'], since }));
    return out;
  });
  expect(reports).toEqual([
    OUTLOOK_URL,
    'new',
    expect.stringContaining('<b>homepage</b>'),
    'sent',
    'inline',
    'sent',
    'yes',
    'no',
  ]);
  const messages = await sent(page);
  expect(messages.map((m) => [m.kind, m.to, m.cc, m.bcc, m.subject])).toEqual([
    ['new', ['jane@acme.com'], ['sam@initech.com'], ['priya@umbrella.io'], 'Homepage is back'],
    ['reply', ['bob@globex.com'], [], [], 'RE: Launch plan'],
  ]);
  expect(messages[0]!.body).toBe('Hi Jane,\nthe homepage is back.');
  await expect(sentList(page).locator('li[data-subject]')).toHaveCount(2);
  await expect(page.locator('.compose')).toHaveCount(0);
});

test('with Undo send on, the adapter reports sent only once the message is in Sent Items', async ({ context }) => {
  await routeAllMailSites(context);
  const page = await context.newPage();
  await openOutlook(page, 'outlook.office.com', '?undosend=2');
  await withAdapter(page);
  const delivery = page.evaluate(async () => {
    type Adapter = import('../src/content/providers/adapter.ts').ProviderAdapter;
    const adapter = (window as unknown as { __redCupOutlook: { outlookAdapter: Adapter } }).__redCupOutlook
      .outlookAdapter;
    const opened = await adapter.openCompose(document, 'Held by Undo send', {
      to: ['jane@acme.com'],
      cc: [],
      bcc: [],
      html: '<div>Later</div>',
      thread: null,
    });
    if (!opened.ok) return { outcome: opened.reason, sentCount: -1 };
    const report = await opened.filled.send(10_000);
    return {
      outcome: report.outcome,
      sentCount: (window as unknown as { __site: { sent: unknown[] } }).__site.sent.length,
    };
  });
  await expect(sendingNotice(page)).toBeVisible();
  expect(await sent(page)).toEqual([]);
  expect(await delivery).toEqual({ outcome: 'sent', sentCount: 1 });
  await expect(sentList(page)).toContainText('Held by Undo send');
  await expect(sendingNotice(page)).toHaveCount(0);
});
