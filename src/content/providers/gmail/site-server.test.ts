// @vitest-environment happy-dom
/**
 * The simulated Gmail as a "server" (e2e/sites/gmail): Sent, Scheduled and Drafts survive a
 * reload and are shared by the account's tabs (localStorage), start empty on a fresh profile,
 * count every send (twice sent is twice there), show Gmail's toasts, and a scheduled message can
 * be cancelled from the Scheduled list as in Gmail.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { $, $$, loadGmail, openCompose, press, toBox, typeText, STORE_PREFIX } from './testing/simulated-gmail.ts';
import { waitFor } from '../../dom/wait.ts';

const KEY = `${STORE_PREFIX}/mail/u/0/`;

function sendTo(address: string, subject: string): void {
  const root = openCompose();
  typeText(toBox(root), `${address},`);
  const box = $('input[name=subjectbox]', root) as HTMLInputElement;
  box.value = subject;
  box.dispatchEvent(new Event('input', { bubbles: true }));
  $('.dC > [role=button]:not([aria-haspopup])', root).click();
}

const listed = (list: string) => $$(`#site-${list} li[data-subject]`).map((li) => li.dataset.subject);

describe('the simulated Gmail keeps its lists like a server', () => {
  beforeEach(() => {
    loadGmail();
  });

  it('starts empty on a fresh profile', () => {
    const site = loadGmail();
    expect([site.sent, site.scheduled, site.drafts]).toEqual([[], [], []]);
    expect($$('#site-sent li').map((li) => li.textContent)).toEqual(['Nothing yet']);
    expect($('[data-site-count=sent]').textContent).toBe('0');
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  it('keeps what was sent across a reload, and a message sent twice is there twice', async () => {
    const first = loadGmail('?undo=1');
    sendTo('jane@acme.com', 'Twice');
    sendTo('jane@acme.com', 'Twice');
    await waitFor(document, () => first.sent.length === 2, 10_000); // Google holds each for the Undo Send period
    const site = loadGmail('', { keep: true });
    expect(site.sent.map((m) => [m.to, m.subject])).toEqual([
      [['jane@acme.com'], 'Twice'],
      [['jane@acme.com'], 'Twice'],
    ]);
    expect(listed('sent')).toEqual(['Twice', 'Twice']);
    expect($('[data-site-count=sent]').textContent).toBe('2');
  });

  it("shows another tab's sends when the storage event says so", () => {
    const site = loadGmail();
    const record = {
      id: 'other-tab-1',
      kind: 'popup',
      to: ['sam@initech.com.au'],
      cc: [],
      bcc: [],
      subject: 'From the other tab',
      body: 'Hi',
      time: new Date().toISOString(),
    };
    localStorage.setItem(KEY, JSON.stringify({ sent: [record], scheduled: [], drafts: [] }));
    window.dispatchEvent(new StorageEvent('storage', { key: KEY }));
    expect(site.sent.map((m) => m.id)).toEqual(['other-tab-1']);
    expect(listed('sent')).toEqual(['From the other tab']);
  });

  it('holds a sent message for the Undo Send period; Undo keeps it out of Sent and reopens it', async () => {
    const site = loadGmail('?undo=1');
    sendTo('jane@acme.com', 'Held');
    expect(site.outbox.map((m) => m.subject)).toEqual(['Held']);
    expect(site.sent).toEqual([]);
    $('#link_undo').click();
    expect($('.b8.UC .bAq').textContent).toBe('Sending undone.');
    await new Promise((resolve) => setTimeout(resolve, 1_400));
    expect([site.sent, site.outbox]).toEqual([[], []]);
    expect(($('input[name=subjectbox]') as HTMLInputElement).value).toBe('Held');
  });

  it('lists Sent in [role=main] as rows, with the inbox kept outside main, and searches it', async () => {
    const site = loadGmail('?undo=1');
    sendTo('jane@acme.com', 'Listed here');
    await waitFor(document, () => site.sent.length === 1, 10_000); // released after the 1 s period
    expect(site.sent).toHaveLength(1);
    location.hash = '#search/in%3Asent+subject%3A%22Listed+here%22';
    const results = await waitFor(
      document,
      () => document.querySelector<HTMLElement>('[role=main] [data-query]'),
      5_000,
    );
    expect(results?.dataset.query).toBe('in:sent subject:"Listed here"');
    expect($$('[role=main] tr.zA .bog').map((el) => el.textContent)).toEqual(['Listed here']);
    expect($$('[role=main] tr.zA .yW [email]').map((el) => el.getAttribute('email'))).toEqual(['jane@acme.com']);
    expect($$('tr.zA').length).toBeGreaterThan(1); // the inbox's rows, cached outside main
    location.hash = '#inbox';
    expect(await waitFor(document, () => document.querySelector('[role=main] [data-query]') === null, 5_000)).toBe(
      true,
    );
  }, 20_000);

  it('says "Message sent" with Undo and View message after a send', () => {
    sendTo('jane@acme.com', 'Toast');
    const area = $('.b8.UC');
    expect(area.hidden).toBe(false);
    expect($('.bAq', area).textContent).toBe('Message sent');
    expect($('#link_undo', area).textContent).toBe('Undo');
    expect($('#link_vsm', area).textContent).toBe('View message');
  });

  it('cancels a scheduled message from the Scheduled list: back to Drafts, "Sending cancelled"', () => {
    const site = loadGmail();
    const root = openCompose();
    typeText(toBox(root), 'jane@acme.com,');
    press($('.dC > [aria-haspopup=true]', root), 'Enter');
    press($('[selector=scheduledSend][role=menuitem]'), 'Enter');
    press($('[role=dialog] [role=menuitem].Az'), 'Enter'); // Tomorrow morning
    expect(site.scheduled).toHaveLength(1);
    const item = $('#site-scheduled li[data-subject]');
    expect($$('[role=button]', item)).toEqual([]);
    $('.site-open', item).click();
    $('#site-scheduled [role=button]').click();
    expect(site.scheduled).toEqual([]);
    expect(site.drafts.map((m) => m.to)).toEqual([['jane@acme.com']]);
    expect($$('#site-scheduled li').map((li) => li.textContent)).toEqual(['Nothing yet']);
    expect($('.b8.UC .bAq').textContent).toBe('Sending cancelled');
    expect(loadGmail('', { keep: true }).scheduled).toEqual([]);
  });
});
