// @vitest-environment happy-dom
/**
 * Local delivery through the Outlook adapter on the simulated Outlook (adapter.ts "Local
 * delivery"): a queued reply opens in a new message or in its conversation's inline Reply,
 * filled exactly, Send is pressed and confirmed only by Sent Items (Undo send included); Sent
 * Items is searched, a compose discarded — and every failure leaves no half-filled compose.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { LocalReply } from '../../../core/queue-types.ts';
import { outlookAdapter as adapter } from './adapter.ts';
import { openFilledCompose } from './delivery/open.ts';
import {
  $,
  $$,
  field,
  loadOutlook,
  newMessage,
  reply as openReply,
  type,
  type Site,
} from './testing/simulated-outlook.ts';

const QUICK = { stepMs: 300, closeMs: 300, undoMs: 100 };
const ACCOUNT = 'https://outlook.office.com/mail/';
const THREAD = { id: 'AAQkADAwATM0MDAA0', url: ACCOUNT };

const reply = (over: Partial<LocalReply> = {}): LocalReply => ({
  to: ['Jane Doe <jane@acme.com>'],
  cc: [],
  bcc: [],
  html: '<div>Hi Jane,</div><div>the <b>homepage</b> is back.</div>',
  thread: null,
  ...over,
});

const roots = () => adapter.findComposeRoots(document);
const setURL = (url: string) => (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);

async function opened(subject: string, r: LocalReply) {
  const result = await openFilledCompose(document, subject, r, QUICK);
  if (!result.ok) throw new Error(result.reason);
  return result.filled;
}

describe('account and conversation', () => {
  it('reads the mailbox from the URL on each Outlook host, and nothing elsewhere', () => {
    loadOutlook();
    expect(adapter.account(document)).toBe(ACCOUNT);
    setURL('https://outlook.live.com/mail/0/inbox');
    expect(adapter.account(document)).toBe('https://outlook.live.com/mail/');
    setURL('https://outlook.office365.com/mail/deeplink/compose');
    expect(adapter.account(document)).toBe('https://outlook.office365.com/mail/');
    setURL('https://outlook.office.com/calendar/view/week');
    expect(adapter.account(document)).toBeNull();
    setURL('https://example.com/mail/');
    expect(adapter.account(document)).toBeNull();
  });

  it('gives an inline reply its conversation; a new message has none', () => {
    loadOutlook();
    const inline = adapter.compose(adapter.composeRootOf($('[aria-label^="Message body"]', openReply()))!);
    expect(inline.thread()).toEqual(THREAD);
    const fresh = adapter.compose(adapter.composeRootOf($('[aria-label^="Message body"]', newMessage()))!);
    expect(fresh.thread()).toBeNull();
  });

  it('delivers locally now', () => {
    expect(adapter.deliversLocally).toBe(true);
  });
});

describe('openCompose and send', () => {
  let site: Site;
  beforeEach(() => {
    site = loadOutlook();
  });

  it('fills a new message (To, Cc, Bcc revealed, subject, HTML body) and sends it once, confirmed by Sent Items', async () => {
    const r = reply({ cc: ['sam@initech.com'], bcc: ['Priya Shah <Priya@Umbrella.io>'] });
    const result = await adapter.openCompose(document, 'Homepage is back', r);
    if (!result.ok) throw new Error(result.reason);
    const compose = result.filled.compose;
    expect(compose.kind).toBe('new');
    expect(compose.recipientFields()).toEqual({
      to: ['jane@acme.com'],
      cc: ['sam@initech.com'],
      bcc: ['Priya@Umbrella.io'],
    });
    expect(compose.subject()).toBe('Homepage is back');
    expect(compose.bodyHtml()).toBe(r.html);
    expect(site.sent).toEqual([]);

    expect(await result.filled.send(1_000)).toMatchObject({ outcome: 'sent' });
    expect(site.sent).toHaveLength(1);
    expect(site.sent[0]).toMatchObject({
      kind: 'new',
      to: ['jane@acme.com'],
      cc: ['sam@initech.com'],
      bcc: ['priya@umbrella.io'],
      subject: 'Homepage is back',
    });
    expect(site.sent[0]!.body.replace(/\s+/g, '')).toBe('HiJane,thehomepageisback.');
    expect(roots()).toEqual([]);
  });

  it("answers in the conversation's inline Reply when it is the one open, its recipients replacing the sender's", async () => {
    const filled = await opened('RE: Launch plan', reply({ to: ['ops@globex.com'], thread: THREAD }));
    expect(filled.compose.kind).toBe('inline');
    expect(filled.compose.recipientFields().to).toEqual(['ops@globex.com']);
    expect(await filled.send(1_000)).toMatchObject({ outcome: 'sent' });
    expect(site.sent.map((m) => [m.kind, m.to, m.subject])).toEqual([['reply', ['ops@globex.com'], 'RE: Launch plan']]);
  });

  it("opens a new message for another conversation, and never fills the user's own reply", async () => {
    const other = await opened('RE: Launch plan', reply({ thread: { id: 'AAQkADAwATM0MDAA7', url: ACCOUNT } }));
    expect(other.compose.kind).toBe('new');
    expect(await other.compose.discard()).toEqual({ ok: true });

    const users = openReply();
    type(field(users, 'To'), 'jane@acme.com');
    const filled = await opened('RE: Launch plan', reply({ thread: THREAD }));
    expect(filled.compose.kind).toBe('new');
    expect(users.isConnected).toBe(true);
    expect(adapter.compose(adapter.composeRootOf(field(users, 'To'))!).recipients()).toEqual([
      'bob@globex.com',
      'jane@acme.com',
    ]);
  });

  it('goes as a new message when the inline reply cannot hold it (no subject box there)', async () => {
    const observer = new MutationObserver(() => {
      for (const box of $$('.conversation input[aria-label="Add a subject"]')) box.remove();
    });
    observer.observe(document.body, { childList: true, subtree: true });
    const filled = await opened('RE: Launch plan', reply({ thread: THREAD }));
    observer.disconnect();
    expect(filled.compose.kind).toBe('new');
    expect($$('.conversation .compose')).toEqual([]); // the inline reply was discarded
    expect(roots()).toHaveLength(1);
  });

  it("gives the focus back to the user's own compose after filling the reply's", async () => {
    const users = newMessage();
    const to = field(users, 'To');
    to.focus();
    type(to, 'pri');
    const filled = await opened('Meanwhile', reply());
    expect(filled.compose.root).not.toBe(adapter.composeRootOf(to));
    expect(document.activeElement).toBe(to);
  });

  it('fails without a trace when the compose cannot be filled: the opened compose is discarded', async () => {
    // An Outlook without the Bcc button: the reply cannot be restored exactly.
    const observer = new MutationObserver(() => {
      for (const b of $$('button')) if (b.textContent === 'Bcc') b.remove();
    });
    observer.observe(document.body, { childList: true, subtree: true });
    const result = await openFilledCompose(document, 'Secret', reply({ bcc: ['priya@umbrella.io'] }), QUICK);
    observer.disconnect();
    expect(result).toEqual({ ok: false, reason: 'the button that shows the Bcc field was not found' });
    expect(roots()).toEqual([]);
    expect(site.sent).toEqual([]);
  });

  it('fails when Outlook has no New mail button (nothing opened, nothing sent)', async () => {
    $('button[aria-label="New mail"]').remove();
    expect(await adapter.openCompose(document, 'Hello', reply())).toEqual({
      ok: false,
      reason: "Outlook's New mail button was not found on this page",
    });
    expect(roots()).toEqual([]);
  });

  it('does not send an address it cannot read back from the chip Outlook made of it', async () => {
    expect(await openFilledCompose(document, 'Bad address', reply({ to: ['jane@acme'] }), QUICK)).toEqual({
      ok: false,
      reason: "the To field differs from the reply's (0 recipients instead of 1)",
    });
    expect(roots()).toEqual([]);
  });

  it('is unknown, never not-sent, once Send was pressed: Outlook refused it, and the compose is taken back', async () => {
    const filled = await opened('Lost recipient', reply());
    field(filled.compose.root, 'To').replaceChildren(); // gone before Send, e.g. by an add-in
    expect(await filled.send(500)).toEqual({
      outcome: 'unknown',
      reason: 'Outlook refused to send it: This message must have at least one valid recipient.',
    });
    expect(site.sent).toEqual([]);
    expect(roots()).toEqual([]);
  });

  it('is unknown when the compose closed on a page where Sent Items cannot be opened', async () => {
    const filled = await opened('Unlisted', reply());
    $('[role=tree]').remove();
    const report = await filled.send(500);
    expect(report).toEqual({
      outcome: 'unknown',
      reason: 'Outlook closed the compose, but its Sent Items could not be opened in this tab',
    });
    expect(site.sent).toHaveLength(1); // it did go: the page just cannot tell
  });

  it('with Undo send on, reports sent only once the message has reached Sent Items', async () => {
    site = loadOutlook({ query: '?undosend=0.4' });
    const filled = await opened('Undo window', reply());
    const started = Date.now();
    const report = await filled.send(3_000);
    expect(report).toMatchObject({ outcome: 'sent' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(350);
    expect(site.sent.map((m) => m.subject)).toEqual(['Undo window']);
    expect(site.drafts).toEqual([]);
  });

  it('is unknown when the user presses Undo: nothing went out', async () => {
    site = loadOutlook({ query: '?undosend=0.3' });
    const filled = await opened('Taken back', reply());
    const report = filled.send(800);
    await new Promise((resolve) => setTimeout(resolve, 50));
    $('.site-notification button').click(); // "Undo"
    expect(await report).toEqual({
      outcome: 'unknown',
      reason: 'Outlook closed the compose, but the message did not appear in Sent Items within 1 s',
    });
    expect(site.sent).toEqual([]);
  });

  it('is not-sent when the compose was closed before Send', async () => {
    const filled = await opened('Closed', reply());
    $('button[aria-label=Discard]', filled.compose.root).click();
    expect(await filled.send(200)).toEqual({
      outcome: 'not-sent',
      reason: 'the compose closed before Send was pressed',
    });
    expect(site.sent).toEqual([]);
  });
});

describe('findSent, cancelScheduled, discard', () => {
  beforeEach(() => {
    loadOutlook();
  });

  it('finds a sent message in Sent Items by subject and time, and puts the tab back; unknown without the folder', async () => {
    const since = new Date(Date.now() - 1_000).toISOString();
    const filled = await opened('Figures', reply({ cc: ['sam@initech.com'] }));
    await filled.send(1_000);
    const query = { subject: 'Figures', recipients: ['jane@acme.com', 'sam@initech.com'], since };
    expect(await adapter.findSent(document, query)).toBe('yes');
    expect(location.pathname).toBe('/mail/inbox'); // back in the folder the tab showed
    expect(await adapter.findSent(document, { ...query, subject: 'Other' })).toBe('no');
    expect(await adapter.findSent(document, { ...query, subject: 'Figure' })).toBe('no'); // the whole subject, not a part
    expect(await adapter.findSent(document, { ...query, since: new Date(Date.now() + 60_000).toISOString() })).toBe(
      'no',
    );
    const users = newMessage(); // the user's own compose: the tab is not taken to Sent Items
    expect(await adapter.findSent(document, query)).toBe('unknown');
    $('button[aria-label=Discard]', users).click();
    $('[role=tree]').remove();
    expect(await adapter.findSent(document, query)).toBe('unknown');
  });

  it('reads the rows Outlook shows in Sent Items, not a list the page may also have', async () => {
    const since = new Date(Date.now() - 1_000).toISOString();
    const filled = await opened('Only here', reply());
    expect(await filled.send(2_000)).toMatchObject({ outcome: 'sent' });
    await new Promise((resolve) => setTimeout(resolve, 300)); // Outlook repaints the inbox
    const lists = $$('[role=listbox][aria-label="Message list"]');
    expect(lists).toHaveLength(1);
    // While the inbox shows, its rows are not Sent Items: the folder must be opened to read them.
    expect($$('[role=option][data-convid]', lists[0]).some((row) => row.textContent?.includes('Only here'))).toBe(
      false,
    );
    expect(await adapter.findSent(document, { subject: 'Only here', recipients: ['jane@acme.com'], since })).toBe(
      'yes',
    );
  });

  it('refuses to cancel a scheduled message, saying where Outlook keeps it', async () => {
    const result = await adapter.cancelScheduled(document, {
      subject: 'Later',
      recipients: ['jane@acme.com'],
      dueAt: new Date().toISOString(),
    });
    expect(result).toEqual({ ok: false, reason: expect.stringContaining('Drafts') });
  });

  it("discards a compose with Outlook's Discard", async () => {
    const compose = adapter.compose(adapter.composeRootOf($('[aria-label^="Message body"]', newMessage()))!);
    expect(await compose.discard()).toEqual({ ok: true });
    expect(compose.isOpen()).toBe(false);
    expect(roots()).toEqual([]);
    expect(await compose.discard()).toEqual({ ok: false, reason: 'the compose is already closed' });
  });
});
