import { describe, expect, it } from 'vitest';
import type { EnqueueRequest, HandoffRequest } from '../../core/queue-types.ts';
import type { LedgerEventInput } from '../../core/ledger-types.ts';
import type { Result } from '../../messaging/protocol.ts';
import type { SenderInfo } from '../sender-check.ts';
import { CONTENT_SENDER, PAGE_SENDER, SELF } from '../test-support/fixtures.ts';
import { enqueueRequest, queueWorld } from '../test-support/queue-setup.ts';
import { recordLedgerEvent } from './ledger.ts';
import { handOff } from './queue.ts';
import { enqueue } from './queue-local.ts';

const NOW = '2026-11-24T02:00:00Z';
const DUE = '2026-11-24T13:00:00.000Z';

const OUTLOOK_SENDER: SenderInfo = {
  id: SELF.id,
  url: 'https://outlook.office.com/mail/inbox',
  tab: { url: 'https://outlook.office.com/mail/inbox' },
};
/** Our content script in a Gmail frame that a page of another site embeds. */
const GMAIL_FRAME_IN_FOREIGN_TAB: SenderInfo = {
  id: SELF.id,
  url: 'https://mail.google.com/mail/u/0/',
  tab: { url: 'https://evil.example/' },
};

function outlookRequest(id: string, overrides: Partial<EnqueueRequest> = {}): EnqueueRequest {
  const gmail = enqueueRequest(id, DUE);
  return {
    ...gmail,
    provider: 'outlook',
    account: 'https://outlook.office.com/mail/',
    reply: { ...gmail.reply, thread: null },
    ...overrides,
  };
}

function message(answer: Result<unknown>): string {
  return answer.ok ? 'accepted' : answer.error.message;
}

/** Enqueues `request` from `sender` in a world where Acme is stored; answers the refusal and whether anything was stored. */
async function tryEnqueue(request: unknown, sender: SenderInfo): Promise<{ message: string; stored: number }> {
  const w = await queueWorld([]);
  const deps = w.at(NOW);
  const answer = await enqueue(request, sender, deps);
  return { message: message(answer), stored: (await deps.queue.list()).entries.length };
}

describe('queue/enqueue accepts a reply only from its own provider, for that page’s account', () => {
  it('accepts a Gmail reply from a Gmail page and an Outlook reply from an Outlook page', async () => {
    expect(await tryEnqueue(enqueueRequest('g1', DUE), CONTENT_SENDER)).toEqual({ message: 'accepted', stored: 1 });
    expect(await tryEnqueue(outlookRequest('o1'), OUTLOOK_SENDER)).toEqual({ message: 'accepted', stored: 1 });
  });

  it('accepts a well-formed reply from our own pages (they name no mail page)', async () => {
    expect(await tryEnqueue(enqueueRequest('g1', DUE), PAGE_SENDER)).toEqual({ message: 'accepted', stored: 1 });
  });

  it('refuses a Gmail reply queued from an Outlook tab, saying so', async () => {
    expect(await tryEnqueue(enqueueRequest('g1', DUE), OUTLOOK_SENDER)).toEqual({
      message:
        'Refused: the reply to send later was not accepted. A Gmail reply can only come from a Gmail page, and this one came from https://outlook.office.com.',
      stored: 0,
    });
  });

  it('refuses an Outlook reply queued from a Gmail tab', async () => {
    const { message: said, stored } = await tryEnqueue(outlookRequest('o1'), CONTENT_SENDER);
    expect(said).toContain(
      'An Outlook reply can only come from an Outlook page, and this one came from https://mail.google.com.',
    );
    expect(stored).toBe(0);
  });

  it('refuses a reply from a Gmail frame inside a tab of another site', async () => {
    const { message: said, stored } = await tryEnqueue(enqueueRequest('g1', DUE), GMAIL_FRAME_IN_FOREIGN_TAB);
    expect(said).toContain('this one came from https://evil.example');
    expect(stored).toBe(0);
  });

  it.each([
    ['a foreign site', 'https://evil.example/mail/u/0/'],
    ['a look-alike host', 'https://mail.google.com.evil.example/mail/u/0/'],
    ['plain http', 'http://mail.google.com/mail/u/0/'],
    ['a user name before the host', 'https://evil.example@mail.google.com/mail/u/0/'],
    ['a port', 'https://mail.google.com:8443/mail/u/0/'],
    ['a query', 'https://mail.google.com/mail/u/0/?redirect=https://evil.example/'],
    ['another Google page', 'https://mail.google.com/a/evil/'],
    ['an Outlook account for a Gmail reply', 'https://outlook.office.com/mail/'],
    ['a javascript: address', 'javascript:alert(1)//'],
  ])('refuses a Gmail account on %s', async (_label, account) => {
    const { message: said, stored } = await tryEnqueue(
      { ...enqueueRequest('g1', DUE), account, reply: { ...enqueueRequest('g1', DUE).reply, thread: null } },
      CONTENT_SENDER,
    );
    expect(said).toMatch(/^Refused: the (reply to send later (was not accepted|is not well-formed))/);
    if (said.includes('not accepted'))
      expect(said).toContain('is not a Gmail mail address (expected https://mail.google.com/mail/u/<number>/)');
    expect(stored).toBe(0);
  });

  it('refuses an Outlook account of another host than the page it came from', async () => {
    const { message: said } = await tryEnqueue(
      outlookRequest('o1', { account: 'https://outlook.live.com/mail/' }),
      OUTLOOK_SENDER,
    );
    expect(said).toContain(
      'The mail account https://outlook.live.com/mail/ is not the account of the page the reply came from (https://outlook.office.com).',
    );
  });

  it('refuses a conversation address outside the account', async () => {
    const request = enqueueRequest('g1', DUE);
    const { message: said, stored } = await tryEnqueue(
      { ...request, reply: { ...request.reply, thread: { id: 't-1', url: 'https://evil.example/#inbox/t-1' } } },
      CONTENT_SENDER,
    );
    expect(said).toContain(
      `The conversation's address "https://evil.example/#inbox/t-1" is not a page of the account "https://mail.google.com/mail/u/0/".`,
    );
    expect(stored).toBe(0);
  });

  it.each([
    ['an img with onerror', '<p>Hi</p><img src=x onerror=alert(1)>', 'an event handler attribute (onerror) on <img>'],
    [
      'a javascript: link',
      '<a href="javascript:alert(document.domain)">Open</a>',
      'a "javascript:" address in href on <a>',
    ],
    ['svg with a script', '<svg><script>alert(1)</script></svg>', 'a <svg> element, a <script> element'],
    [
      'an iframe with srcdoc',
      '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
      'an <iframe> element, a srcdoc attribute on <iframe>',
    ],
    [
      'a handler in mixed case',
      '<DIV OnMouseOver="alert(1)">x</DIV>',
      'an event handler attribute (onmouseover) on <div>',
    ],
    [
      'a scheme spelled in references',
      '<a href="&#106;avascript&colon;alert(1)">x</a>',
      'a "javascript:" address in href on <a>',
    ],
  ])('refuses a body with %s, storing nothing', async (_label, html, found) => {
    const request = enqueueRequest('g1', DUE);
    const { message: said, stored } = await tryEnqueue(
      { ...request, reply: { ...request.reply, html } },
      CONTENT_SENDER,
    );
    expect(said).toBe(
      `Refused: the reply to send later was not accepted. The reply's body contains ${found}, which Red Cup does not store or insert.`,
    );
    expect(stored).toBe(0);
  });

  it('refuses a reply for a client that is not stored', async () => {
    const { message: said, stored } = await tryEnqueue(
      { ...enqueueRequest('g1', DUE), profileIds: ['acme', 'ghost'] },
      CONTENT_SENDER,
    );
    expect(said).toBe(
      'Refused: the reply to send later was not accepted. It names a client Red Cup does not have ("ghost"); the client may just have been deleted — reload the mail page and try again.',
    );
    expect(stored).toBe(0);
  });
});

describe('queue/handoff and ledger/record accept only stored clients, from their provider’s page', () => {
  const handoff = (profileIds: string[]): HandoffRequest => ({
    id: 'h1',
    provider: 'gmail',
    profileIds,
    recipients: ['jane@acme.com'],
    subject: 'Re: launch',
    dueAt: DUE,
  });
  const event = (profileIds: string[]): LedgerEventInput => ({
    id: 'e1',
    kind: 'scheduled',
    profileIds,
    at: '2026-11-24T01:59:00.000Z',
    requestAt: null,
    triage: null,
    provider: 'gmail',
    scheduledFor: DUE,
  });

  it('records them for stored clients', async () => {
    const w = await queueWorld([]);
    const deps = w.at(NOW);
    expect(message(await handOff(handoff(['acme']), CONTENT_SENDER, deps))).toBe('accepted');
    expect(message(await recordLedgerEvent(event(['acme']), CONTENT_SENDER, deps))).toBe('accepted');
  });

  it('refuses profile ids that are not stored, and stores nothing', async () => {
    const w = await queueWorld([]);
    const deps = w.at(NOW);
    const ids = ['acme', 'ghost-1', 'ghost-2', 'ghost-3', 'ghost-4'];
    expect(message(await handOff(handoff(ids), CONTENT_SENDER, deps))).toBe(
      'Refused: the scheduled reply was not accepted. It names clients Red Cup does not have ("ghost-1", "ghost-2", "ghost-3" and 1 more); the client may just have been deleted — reload the mail page and try again.',
    );
    expect(message(await recordLedgerEvent(event(['ghost-1']), PAGE_SENDER, deps))).toMatch(
      /^Refused: the ledger event was not accepted\. It names a client Red Cup does not have \("ghost-1"\)/,
    );
    expect((await deps.queue.list()).entries).toEqual([]);
    expect((await deps.ledger.list()).events).toEqual([]);
  });

  it('accepts the id of a stored profile that is damaged (it is stored; the user can repair it)', async () => {
    const w = await queueWorld([]);
    await (await w.database()).put('profiles', { id: 'broken' });
    expect(message(await recordLedgerEvent(event(['broken']), CONTENT_SENDER, w.at(NOW)))).toBe('accepted');
  });

  it('refuses a Gmail hand-off or decision sent from an Outlook page', async () => {
    const w = await queueWorld([]);
    const deps = w.at(NOW);
    expect(message(await handOff(handoff(['acme']), OUTLOOK_SENDER, deps))).toBe(
      'Refused: the scheduled reply was not accepted. A Gmail reply can only come from a Gmail page, and this one came from https://outlook.office.com.',
    );
    expect(message(await recordLedgerEvent(event(['acme']), OUTLOOK_SENDER, deps))).toMatch(
      /^Refused: the ledger event was not accepted\. A Gmail reply can only come from a Gmail page/,
    );
  });
});
