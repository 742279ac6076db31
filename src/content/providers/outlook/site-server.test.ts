// @vitest-environment happy-dom
/**
 * The simulated Outlook as a "server" (e2e/sites/outlook): Sent Items, Scheduled and Drafts
 * survive a reload and are shared by the mailbox's tabs (localStorage), start empty on a fresh
 * profile and count every send (twice sent is twice there); with Undo send on, a message waits
 * as a draft first, Undo takes it back, and a page closed meanwhile leaves it unsent in Drafts.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { $, $$, button, field, loadOutlook, newMessage, STORE_PREFIX, type } from './testing/simulated-outlook.ts';

const KEY = `${STORE_PREFIX}outlook.office.com/mail/`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function sendTo(address: string, subject: string): HTMLElement {
  const compose = newMessage();
  type(field(compose, 'To'), address, ';');
  const box = $<HTMLInputElement>('input[aria-label="Add a subject"]', compose);
  box.value = subject;
  $('[aria-label="Message body"]', compose).textContent = `Body of ${subject}`;
  button('Send', compose).click();
  return compose;
}

const listed = (list: string) => $$(`#site-${list} li[data-subject]`).map((li) => li.dataset.subject);

describe('the simulated Outlook keeps its lists like a server', () => {
  beforeEach(() => {
    loadOutlook();
  });

  it('starts empty on a fresh profile, each list saying so', () => {
    const site = loadOutlook();
    expect([site.sent, site.scheduled, site.drafts]).toEqual([[], [], []]);
    expect($$('#site-sent li').map((li) => li.textContent)).toEqual(['Nothing yet']);
    expect($$('[role=region]').map((r) => r.getAttribute('aria-label'))).toEqual(['Sent Items', 'Scheduled', 'Drafts']);
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  it('keeps what was sent across a reload, and a message sent twice is there twice', () => {
    sendTo('jane@acme.com', 'Twice');
    sendTo('jane@acme.com', 'Twice');
    const site = loadOutlook({ keep: true });
    expect(site.sent.map((m) => [m.to, m.subject])).toEqual([
      [['jane@acme.com'], 'Twice'],
      [['jane@acme.com'], 'Twice'],
    ]);
    expect(listed('sent')).toEqual(['Twice', 'Twice']);
    expect($('#site-sent li').dataset.to).toBe('jane@acme.com');
  });

  it("shows another tab's sends when the storage event says so", () => {
    const site = loadOutlook();
    const record = {
      id: 'other-tab-1',
      kind: 'new',
      to: ['sam@initech.com'],
      cc: ['bob@globex.com'],
      bcc: [],
      subject: 'From the other tab',
      body: 'Hi',
      time: new Date().toISOString(),
    };
    localStorage.setItem(KEY, JSON.stringify({ sent: [record], scheduled: [], drafts: [] }));
    window.dispatchEvent(new StorageEvent('storage', { key: KEY }));
    expect(site.sent.map((m) => m.id)).toEqual(['other-tab-1']);
    expect(listed('sent')).toEqual(['From the other tab']);
    expect($('#site-sent li').dataset.to).toBe('sam@initech.com,bob@globex.com');
  });

  it('with Undo send on, holds the message as a draft with "Sending…" and Undo, then moves it to Sent Items', async () => {
    const site = loadOutlook({ query: '?undosend=0.2' });
    const compose = sendTo('jane@acme.com', 'Held');
    expect(compose.isConnected).toBe(false);
    expect($('.site-notification').textContent).toContain('Sending…');
    expect(site.sent).toEqual([]);
    expect(listed('drafts')).toEqual(['Held']);
    await sleep(350);
    expect(site.sent.map((m) => m.subject)).toEqual(['Held']);
    expect(site.drafts).toEqual([]);
    expect($$('.site-notification')).toEqual([]);
  });

  it('Undo opens the message again in a compose, and nothing is sent', async () => {
    const site = loadOutlook({ query: '?undosend=0.2' });
    sendTo('jane@acme.com', 'Take back');
    $('.site-notification button').click(); // "Undo"
    await sleep(350);
    expect(site.sent).toEqual([]);
    expect(site.drafts).toEqual([]);
    const again = $('.compose-area .compose');
    expect($<HTMLInputElement>('input[aria-label="Add a subject"]', again).value).toBe('Take back');
    expect($('[aria-label="Message body"]', again).textContent).toBe('Body of Take back');
    expect(field(again, 'To').textContent).toContain('Jane Doe');
  });

  it('a page closed during the Undo send window leaves the message unsent in Drafts', async () => {
    loadOutlook({ query: '?undosend=0.2' });
    sendTo('jane@acme.com', 'Interrupted');
    const site = loadOutlook({ keep: true });
    await sleep(350);
    expect(site.sent).toEqual([]);
    expect(site.drafts.map((m) => m.subject)).toEqual(['Interrupted']);
    expect(listed('drafts')).toEqual(['Interrupted']);
  });
});
