// @vitest-environment happy-dom
/**
 * Local delivery through the Gmail adapter on the simulated Gmail (adapter.ts "Local delivery"):
 * a queued reply opens in a new message or in its thread's inline Reply, filled exactly, Send
 * is pressed and confirmed by what Gmail shows; Sent is searched, a scheduled message cancelled,
 * a compose discarded — and every failure leaves no half-filled compose behind.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { LocalReply } from '../../../core/queue-types.ts';
import { gmailAdapter } from './adapter.ts';
import { openFilledCompose } from './delivery/open.ts';
import { cancelScheduled, findSent } from './delivery/lists.ts';
import { $, $$, loadGmail, openCompose, press, toBox, typeText, type Site } from './testing/simulated-gmail.ts';
import { waitFor } from '../../dom/wait.ts';

const QUICK = { stepMs: 300, closeMs: 300, undoMs: 300 };
/** Long enough to see that no notice comes, and for the simulated Gmail to repaint a search. */
const SLOW_NOTICE = { stepMs: 1_500, closeMs: 300, undoMs: 3_000 };
const THREAD = {
  id: 'thread-f:1815926311',
  url: `https://mail.google.com/mail/u/0/#inbox/${(1815926311).toString(16)}`,
};

const reply = (over: Partial<LocalReply> = {}): LocalReply => ({
  to: ['Jane Doe <jane@acme.com>'],
  cc: [],
  bcc: [],
  html: '<div dir="ltr">Hi Jane,<br>the <b>homepage</b> is back.</div>',
  thread: null,
  ...over,
});

const roots = () => gmailAdapter.findComposeRoots(document);

async function opened(subject: string, r: LocalReply) {
  const result = await gmailAdapter.openCompose(document, subject, r);
  if (!result.ok) throw new Error(result.reason);
  return result.filled;
}

describe('account and thread', () => {
  it('reads the account from the URL, the pop-out window included', () => {
    loadGmail();
    expect(gmailAdapter.account(document)).toBe('https://mail.google.com/mail/u/0/');
    loadGmail('?view=cm&fs=1');
    expect(gmailAdapter.account(document)).toBe('https://mail.google.com/mail/u/0/');
    document.body.innerHTML = '';
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(
      'https://mail.google.com/mail/u/3/#sent',
    );
    expect(gmailAdapter.account(document)).toBe('https://mail.google.com/mail/u/3/');
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL('https://example.com/mail/u/0/');
    expect(gmailAdapter.account(document)).toBeNull();
  });

  it('gives each compose its To, Cc and Bcc apart, its body HTML and its thread', () => {
    loadGmail();
    $('.ams.bkH').click();
    const inline = gmailAdapter.compose($('.ip.adB > .M9'));
    typeText(toBox(inline.root, 'to'), 'ops@globex.co.uk');
    $('span.pE[role=link]', inline.root).click();
    typeText(toBox(inline.root, 'cc'), 'sam@initech.com.au,');
    $('[contenteditable=true]', inline.root).innerHTML = '<div>Done <b>now</b></div>';
    expect(inline.recipientFields()).toEqual({
      to: ['jane@acme.com', 'ops@globex.co.uk'],
      cc: ['sam@initech.com.au'],
      bcc: [],
    });
    expect(inline.bodyHtml()).toBe('<div>Done <b>now</b></div>');
    expect(inline.thread()).toEqual(THREAD);

    const popup = gmailAdapter.compose(openCompose());
    expect(popup.thread()).toBeNull();
    const subject = $('input[name=subjectbox]', popup.root) as HTMLInputElement;
    subject.value = 'Re: Launch week: homepage status';
    expect(popup.thread()).toEqual(THREAD); // a reply popped out of the thread
    expect(popup.bodyHtml()).toBe('');
  });
});

/** Gmail's Undo Send period, shortened in the simulated Gmail to 1 s (`?undo=1`). */
const UNDO_1S = '?undo=1';

describe('openCompose and send', () => {
  let site: Site;
  beforeEach(() => {
    site = loadGmail(UNDO_1S);
  });

  it('fills a new message (To, Cc, Bcc revealed, subject, HTML body) and sends it once, confirmed', async () => {
    const r = reply({ cc: ['sam@initech.com.au'], bcc: ['Priya Shah <Priya@Umbrella.io>'] });
    const filled = await opened('Homepage is back', r);
    const compose = filled.compose;
    expect(compose.kind).toBe('popup');
    expect(compose.recipientFields()).toEqual({
      to: ['jane@acme.com'],
      cc: ['sam@initech.com.au'],
      bcc: ['Priya@Umbrella.io'],
    });
    expect(compose.subject()).toBe('Homepage is back');
    expect(compose.bodyHtml()).toBe(r.html);
    expect(site.sent).toEqual([]);

    const report = await filled.send(5_000);
    expect(report.outcome).toBe('sent');
    expect(site.sent).toHaveLength(1);
    expect(site.outbox).toEqual([]); // the Undo Send period was over: the message had left
    expect(site.sent[0]).toMatchObject({
      kind: 'popup',
      to: ['jane@acme.com'],
      cc: ['sam@initech.com.au'],
      bcc: ['priya@umbrella.io'],
      subject: 'Homepage is back',
    });
    expect(site.sent[0]!.body.replace(/\s+/g, '')).toBe('HiJane,thehomepageisback.'); // happy-dom's innerText drops the <br>
    expect(roots()).toEqual([]);
  });

  it("answers in the thread's inline Reply when the reply belongs to the thread on the page", async () => {
    const filled = await opened(
      'Re: Launch week: homepage status',
      reply({ to: ['ops@globex.co.uk'], thread: THREAD }),
    );
    expect(filled.compose.kind).toBe('inline');
    // The inline reply came with Jane as a chip: the queued reply's recipients replace her.
    expect(filled.compose.recipientFields().to).toEqual(['ops@globex.co.uk']);
    const report = filled.send(5_000);
    // A reply's "Message sent" offers Undo but no "View message" (research/sent-signals.md §1a).
    await waitFor(document, () => $$('#link_undo').length > 0, 1_000);
    expect($$('#link_vsm')).toEqual([]);
    expect(await report).toMatchObject({ outcome: 'sent' });
    expect(site.sent.map((m) => [m.kind, m.to, m.subject])).toEqual([
      ['inline', ['ops@globex.co.uk'], 'Re: Launch week: homepage status'],
    ]);
  });

  it("opens a new message for another thread, and never fills the user's own inline reply", async () => {
    const other = await opened('Re: Launch week: homepage status', reply({ thread: { id: 'thread-f:42', url: 'x' } }));
    expect(other.compose.kind).toBe('popup');
    expect(other.compose.thread()).toEqual(THREAD); // same subject as the page's thread: Gmail threads it by subject
    await other.compose.discard();

    $('.ams.bkH').click();
    const users = $('.ip.adB > .M9');
    const filled = await opened('Re: Launch week: homepage status', reply({ thread: THREAD }));
    expect(filled.compose.kind).toBe('popup');
    expect(gmailAdapter.compose(users).recipientFields().to).toEqual(['jane@acme.com']);
    expect(users.isConnected).toBe(true);
  });

  it("gives the focus back to the user's own compose after filling the reply's", async () => {
    const users = openCompose();
    const box = toBox(users);
    box.focus();
    typeText(box, 'pri');
    const filled = await opened('Meanwhile', reply());
    expect(filled.compose.root).not.toBe(users);
    expect(document.activeElement).toBe(box);
    // Gmail commits half-typed text when its box loses the focus: nothing of the user's is lost.
    expect(gmailAdapter.compose(users).recipients()).toEqual(['pri']);
  });

  it('fails without a trace when the compose cannot be filled: the opened compose is discarded', async () => {
    // A Gmail without the Bcc link: the reply cannot be restored exactly.
    const observer = new MutationObserver(() => {
      for (const link of $$('span.pB[role=link]')) link.remove();
    });
    observer.observe(document.body, { childList: true, subtree: true });
    const result = await openFilledCompose(document, 'Secret', reply({ bcc: ['priya@umbrella.io'] }), QUICK);
    observer.disconnect();
    expect(result).toEqual({ ok: false, reason: 'the link that shows the Bcc field was not found' });
    expect(roots()).toEqual([]);
    expect(site.sent).toEqual([]);
  });

  it('fails when Gmail has no Compose button (nothing opened, nothing sent)', async () => {
    $('[gh=cm]').remove();
    expect(await gmailAdapter.openCompose(document, 'Hello', reply())).toEqual({
      ok: false,
      reason: "Gmail's Compose button was not found on this page",
    });
    expect(roots()).toEqual([]);
  });

  it('is unknown, never not-sent, once Send was pressed: Gmail refused it', async () => {
    const filled = await opened('Bad address', reply({ to: ['jane@acme'] }));
    const report = await filled.send(500);
    expect(report).toEqual({
      outcome: 'unknown',
      reason: expect.stringMatching(
        /^Gmail refused to send it: .*The address "jane@acme" in the "To" field was not recognized/,
      ),
    });
    expect(site.sent).toEqual([]);
    expect(roots()).toEqual([]); // the compose was taken back; the reply is still in the queue
    expect($$('[role=alertdialog]')).toEqual([]);
  });

  it('is unknown when the compose closed but neither the notice nor Sent confirm it', async () => {
    const filled = await openFilledCompose(document, 'Silent', reply(), SLOW_NOTICE);
    if (!filled.ok) throw new Error(filled.reason);
    $('.b8.UC').remove();
    $('.ams.bkH').click(); // the user's inline reply: Sent cannot be opened without closing it
    const report = await filled.filled.send(3_000);
    expect(report).toEqual({
      outcome: 'unknown',
      reason: expect.stringContaining('Sent folder could not be read here'),
    });
  });

  it('confirms by the Sent folder when Gmail shows no notice', async () => {
    const filled = await openFilledCompose(document, 'Listed', reply(), SLOW_NOTICE);
    if (!filled.ok) throw new Error(filled.reason);
    $('.b8.UC').remove();
    expect(await filled.filled.send(5_000)).toMatchObject({ outcome: 'sent' });
    expect(location.hash).toBe('#inbox'); // the tab is back where it was
  });

  it("reports sent only once Gmail's Undo Send period is over (the message has left by then)", async () => {
    const opened = await openFilledCompose(document, 'Undo window', reply(), { ...QUICK, undoMs: 5_000 });
    if (!opened.ok) throw new Error(opened.reason);
    let done = false;
    const report = opened.filled.send(5_000).then((r) => {
      done = true;
      return r;
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect($('#link_undo').textContent).toBe('Undo');
    expect($('#link_vsm').textContent).toBe('View message'); // a new message
    expect(done).toBe(false);
    expect(site.sent).toEqual([]); // held by Google for the period
    expect(await report).toMatchObject({ outcome: 'sent' });
    expect(site.sent).toHaveLength(1);
  });

  it('is unknown, not sent, when Undo is pressed in the period: Gmail reopens the compose', async () => {
    const opened = await openFilledCompose(document, 'Undone', reply(), { ...QUICK, undoMs: 5_000 });
    if (!opened.ok) throw new Error(opened.reason);
    const report = opened.filled.send(5_000);
    await waitFor(document, () => $$('#link_undo')[0], 1_000);
    $('#link_undo').click();
    expect(await report).toEqual({ outcome: 'unknown', reason: 'Undo was pressed in Gmail after Send' });
    await new Promise((resolve) => setTimeout(resolve, 1_300));
    expect(site.sent).toEqual([]);
    expect(roots().map((root) => gmailAdapter.compose(root).subject())).toEqual(['Undone']);
  });

  it('is not-sent when the compose was closed before Send', async () => {
    const filled = await opened('Closed', reply());
    $('.Ha', filled.compose.root).click();
    expect(await filled.send(200)).toEqual({
      outcome: 'not-sent',
      reason: 'the compose window closed before Send was pressed',
    });
    expect(site.sent).toEqual([]);
  });
});

describe('findSent, cancelScheduled, discard', () => {
  let site: Site;
  beforeEach(() => {
    site = loadGmail(UNDO_1S);
  });

  it('finds a sent message by subject, recipients and time', async () => {
    const before = new Date(Date.now() - 1_000).toISOString();
    const filled = await opened('Figures', reply({ cc: ['sam@initech.com.au'] }));
    expect(await filled.send(5_000)).toMatchObject({ outcome: 'sent' });
    const query = { subject: 'Figures', recipients: ['jane@acme.com', 'sam@initech.com.au'], since: before };
    expect(await gmailAdapter.findSent(document, query)).toBe('yes');
    expect(await findSent(document, { ...query, recipients: ['jane@acme.com'] }, QUICK)).toBe('no');
    expect(await findSent(document, { ...query, subject: 'Other' }, QUICK)).toBe('no');
    expect(await findSent(document, { ...query, since: new Date(Date.now() + 60_000).toISOString() }, QUICK)).toBe(
      'no',
    );
    expect(location.hash).toBe('#inbox'); // each search put the tab back
    $('.ams.bkH').click(); // the user's inline reply is open: the tab is not taken to Sent
    expect(await findSent(document, query, QUICK)).toBe('unknown');
    expect(site.sent).toHaveLength(1);
  }, 15_000);

  it('waits out the Undo Send period before saying a message just sent is not in Sent (Google holds it, even with its tab gone)', async () => {
    const since = new Date(Date.now() - 1_000).toISOString();
    const root = openCompose();
    typeText(toBox(root), 'jane@acme.com,');
    const subject = $('input[name=subjectbox]', root) as HTMLInputElement;
    subject.value = 'Still held';
    subject.dispatchEvent(new Event('input', { bubbles: true }));
    $('.dC > [role=button]:not([aria-haspopup])', root).click();
    expect(site.outbox.map((m) => m.subject)).toEqual(['Still held']); // held for 1 s
    const query = { subject: 'Still held', recipients: ['jane@acme.com'], since };
    expect(await findSent(document, query, { ...QUICK, stepMs: 1_000, undoMs: 4_000 })).toBe('yes');
  });

  it('reads only rows in [role=main]: the older list Gmail keeps outside it does not count', async () => {
    const row = (subject: string) =>
      `<tr class="zA"><td class="yX"><div class="yW">To: <span email="jane@acme.com">Jane</span></div></td><td class="a4W"><span class="bog"><span>${subject}</span></span></td><td class="xW"><span title="Thu, Dec 3, 2099, 2:05 PM">2:05 PM</span></td></tr>`;
    const cache = document.createElement('table');
    cache.innerHTML = `<tbody>${row('Only cached')}</tbody>`;
    $('.site-cache').append(cache); // Gmail's detached rows, outside main
    const query = { subject: 'Only cached', recipients: ['jane@acme.com'], since: new Date().toISOString() };
    expect(await findSent(document, query, QUICK)).toBe('no');
    expect(document.querySelectorAll('tr.zA').length).toBeGreaterThan(
      document.querySelectorAll('[role=main] tr.zA').length,
    );
  });

  it('cancels a scheduled message through Gmail\'s "Cancel send"', async () => {
    const root = openCompose();
    typeText(toBox(root), 'jane@acme.com,');
    const subject = $('input[name=subjectbox]', root) as HTMLInputElement;
    subject.value = 'Later';
    subject.dispatchEvent(new Event('input', { bubbles: true }));
    press($('.dC > [aria-haspopup=true]', root), 'Enter');
    press($('[selector=scheduledSend][role=menuitem]'), 'Enter');
    press($('[role=dialog] [role=menuitem].Az'), 'Enter');
    const dueAt = site.scheduled[0]!.at!;
    const query = { subject: 'Later', recipients: ['jane@acme.com'], dueAt };
    expect(
      await gmailAdapter.cancelScheduled(document, {
        ...query,
        dueAt: new Date(Date.parse(dueAt) + 3_600_000).toISOString(),
      }),
    ).toMatchObject({ ok: false });
    expect(site.scheduled).toHaveLength(1);
    expect(await gmailAdapter.cancelScheduled(document, query)).toEqual({ ok: true });
    expect(site.scheduled).toEqual([]);
    expect(site.drafts.map((m) => m.subject)).toEqual(['Later']);
    expect($('.b8.UC .bAq').textContent).toBe('Sending cancelled');
    $('.ams.bkH').click();
    expect(await cancelScheduled(document, query, QUICK)).toEqual({
      ok: false,
      reason: "Gmail's Scheduled list could not be opened in this tab",
    });
  });

  it("discards a compose with Gmail's trash control", async () => {
    const compose = gmailAdapter.compose(openCompose());
    expect(await compose.discard()).toEqual({ ok: true });
    expect(compose.isOpen()).toBe(false);
    expect(roots()).toEqual([]);
    expect(await compose.discard()).toEqual({ ok: false, reason: 'the compose window is already closed' });
  });
});
