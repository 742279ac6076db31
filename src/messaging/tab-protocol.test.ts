import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { DeliveryOrder, TabComposeState } from './tab-protocol.ts';

/**
 * The browser's tab messaging, faked: `sendMessage` reaches the listeners registered with
 * `onMessage` in the same test, or answers what `nextAnswer` says (a tab of another version).
 */
const fake = vi.hoisted(() => ({
  listeners: new Map<string, (message: { data: unknown }) => Promise<unknown>>(),
  nextAnswer: undefined as { value: unknown } | undefined,
}));

vi.mock('@webext-core/messaging', () => ({
  defineExtensionMessaging: () => ({
    onMessage: (name: string, received: (message: { data: unknown }) => Promise<unknown>) => {
      fake.listeners.set(name, received);
      return () => fake.listeners.delete(name);
    },
    sendMessage: async (name: string, data: unknown) => {
      if (fake.nextAnswer !== undefined) return fake.nextAnswer.value;
      const listener = fake.listeners.get(name);
      if (listener === undefined) throw new Error('Could not establish connection. Receiving end does not exist.');
      return listener({ data: JSON.parse(JSON.stringify(data ?? null)) as unknown });
    },
  }),
}));

const { onTabMessage } = await import('./tab-protocol.ts');
const { sendTabMessage } = await import('./tab-client.ts');

const ORDER: DeliveryOrder = {
  entryId: 'q1',
  subject: 'Re: launch',
  reply: { to: ['jane@acme.com'], cc: [], bcc: [], html: '<p>All set.</p>', thread: null },
};

beforeEach(() => {
  fake.listeners.clear();
  fake.nextAnswer = undefined;
});

describe('the tab protocol', () => {
  it('delivers a well-formed order and answers the report', async () => {
    const delivered: string[] = [];
    onTabMessage('tab/deliver', ({ data }) => {
      delivered.push(data.subject);
      return { ok: true, value: { outcome: 'sent', sentAt: '2026-11-24T13:00:05.000Z' } };
    });
    expect(await sendTabMessage('tab/deliver', ORDER, 7)).toEqual({
      ok: true,
      value: { outcome: 'sent', sentAt: '2026-11-24T13:00:05.000Z' },
    });
    expect(delivered).toEqual(['Re: launch']);
  });

  it("keeps the order's account address: the tab checks it before it fills anything", async () => {
    const seen: unknown[] = [];
    onTabMessage('tab/deliver', ({ data }) => {
      seen.push(data.accountAddress);
      return { ok: true, value: { outcome: 'sent', sentAt: '2026-11-24T13:00:05.000Z' } };
    });
    await sendTabMessage('tab/deliver', { ...ORDER, accountAddress: 'me@example.com' }, 7);
    expect(seen).toEqual(['me@example.com']);
  });

  it("keeps the order's send-by time: a tab reached after the window closed does not send", async () => {
    const seen: unknown[] = [];
    onTabMessage('tab/deliver', ({ data }) => {
      seen.push(data.sendBy);
      return { ok: true, value: { outcome: 'not-sent', reason: 'the window closed' } };
    });
    await sendTabMessage('tab/deliver', { ...ORDER, sendBy: '2026-11-24T23:00:00.000Z' }, 7);
    expect(seen).toEqual(['2026-11-24T23:00:00.000Z']);
  });

  it.each<[label: string, order: unknown, problem: RegExp]>([
    ['without recipients', { ...ORDER, reply: { ...ORDER.reply, to: [] } }, /at least one recipient/],
    [
      'with a body that is not text',
      { ...ORDER, reply: { ...ORDER.reply, html: { toString: 1 } } },
      /reply\.html: expected the body \(HTML text\)/,
    ],
    ['without an id', { subject: 'x', reply: ORDER.reply }, /entryId/],
    ['that is not an object', 'deliver everything', /expected a delivery order/],
    [
      'resuming from a time that is not one',
      { ...ORDER, resume: { since: 'yesterday', recipients: [] } },
      /resume\.since/,
    ],
  ])('answers a malformed order %s with an error value, and sends nothing', async (_label, order, problem) => {
    const delivered: string[] = [];
    onTabMessage('tab/deliver', ({ data }) => {
      delivered.push(data.subject);
      return { ok: true, value: { outcome: 'sent', sentAt: '2026-11-24T13:00:05.000Z' } };
    });
    const answer = await sendTabMessage('tab/deliver', order as DeliveryOrder, 7);
    expect(answer.ok).toBe(false);
    expect(answer.ok ? '' : answer.error.message).toMatch(/^Refused: "tab\/deliver" is not well-formed \(/);
    expect(answer.ok ? '' : answer.error.message).toMatch(problem);
    expect(delivered).toEqual([]);
  });

  it('refuses an unknown guard action without running it', async () => {
    const ran: string[] = [];
    onTabMessage('tab/compose-act', ({ data }) => {
      ran.push(data.action);
      return { ok: true, value: { message: 'done' } };
    });
    const answer = await sendTabMessage('tab/compose-act', { composeId: 'c1', action: 'send-anyway' as 'send-now' }, 7);
    expect(answer.ok ? '' : answer.error.message).toMatch(
      /^Refused: "tab\/compose-act" is not well-formed \(action: expected "send-at", "triage" or "send-now"\)\.$/,
    );
    expect(ran).toEqual([]);
  });

  it.each<
    [label: string, name: 'tab/compose-insert' | 'tab/find-sent' | 'tab/compose-state', data: unknown, problem: RegExp]
  >([
    [
      'an insertion of an unknown kind',
      'tab/compose-insert',
      { composeId: 'c1', kind: 'poem' },
      /\(kind: expected "paragraph" or "signature"\)\.$/,
    ],
    [
      'an insertion without a compose',
      'tab/compose-insert',
      { kind: 'paragraph' },
      /\(composeId: expected what to insert \(an object\)\)/,
    ],
    [
      'a Sent lookup from a time that is not one',
      'tab/find-sent',
      { subject: 's', recipients: [], since: 'last week' },
      /\(since: /,
    ],
    [
      'a compose state asked with data',
      'tab/compose-state',
      { all: true },
      /^Refused: "tab\/compose-state" is not well-formed \(the message: /,
    ],
  ])(
    'refuses a malformed request (%s) with a message naming the problem, and does not act',
    async (_label, name, data, problem) => {
      const ran: string[] = [];
      onTabMessage(name, () => {
        ran.push(name);
        return { ok: true, value: name === 'tab/find-sent' ? { found: 'yes' } : { message: 'done' } } as never;
      });
      const answer = await sendTabMessage(name, data as never, 7);
      expect(answer.ok).toBe(false);
      const message = answer.ok ? '' : answer.error.message;
      expect(message).toMatch(new RegExp(`^Refused: "${name.replace('/', '\\/')}" is not well-formed \\(`));
      expect(message).toMatch(problem);
      expect(ran).toEqual([]);
    },
  );

  it('rejects, with the reason, a refusal of a message whose answer is not a Result', async () => {
    onTabMessage('tab/identity', () => ({
      provider: 'gmail',
      account: 'https://mail.google.com/mail/u/0/',
      supported: true,
    }));
    expect(await sendTabMessage('tab/identity', undefined, 7)).toEqual({
      provider: 'gmail',
      account: 'https://mail.google.com/mail/u/0/',
      supported: true,
    });
    await expect(sendTabMessage('tab/identity', { all: true } as unknown as undefined, 7)).rejects.toThrow(
      /^Refused: "tab\/identity" is not well-formed/,
    );
  });

  it.each<
    [label: string, name: 'tab/identity' | 'tab/deliver' | 'tab/compose-state' | 'tab/find-sent', answer: unknown]
  >([
    ['an identity of an unknown provider', 'tab/identity', { provider: 'yahoo', account: null, supported: true }],
    [
      'a delivery report with an unknown outcome',
      'tab/deliver',
      { ok: true, value: { outcome: 'probably', sentAt: 'now' } },
    ],
    ['a bare report outside a Result', 'tab/deliver', { outcome: 'sent', sentAt: '2026-11-24T13:00:05.000Z' }],
    [
      'a compose state without a pill',
      'tab/compose-state',
      {
        ok: true,
        value: {
          kind: 'compose',
          compose: {
            id: 'c',
            provider: 'gmail',
            recipients: [],
            subject: '',
            check: { verdict: { kind: 'inside' }, view: {} },
          },
        },
      },
    ],
    ['a bare compose state outside a Result', 'tab/compose-state', { kind: 'no-compose', provider: 'gmail' }],
    ['nothing at all', 'tab/find-sent', undefined],
  ])('rejects an answer of the wrong shape: %s', async (_label, name, answer) => {
    fake.nextAnswer = { value: answer };
    const data =
      name === 'tab/deliver'
        ? ORDER
        : name === 'tab/find-sent'
          ? { subject: 's', recipients: [], since: '2026-11-24T13:00:00.000Z' }
          : undefined;
    await expect(sendTabMessage(name, data as never, 7)).rejects.toThrow(
      `the mail tab gave an answer Red Cup does not understand (for "${name}")`,
    );
  });

  it('keeps what a compose state carries beyond the fields it checks', async () => {
    const state = {
      kind: 'compose',
      compose: {
        id: 'c1',
        provider: 'gmail',
        recipients: ['jane@acme.com'],
        subject: 'Re: launch',
        check: {
          verdict: { kind: 'unguarded', why: 'paused', validUntil: null, recipients: [] },
          view: {
            tone: 'unguarded',
            pill: 'Paused',
            rules: [],
            next: null,
            promise: null,
            promiseKept: true,
            drift: 'later field',
          },
          emergency: [],
          clock: '24h',
          delivery: 'provider',
        },
      },
    };
    onTabMessage('tab/compose-state', () => ({ ok: true, value: state as TabComposeState }));
    expect(await sendTabMessage('tab/compose-state', undefined, { tabId: 7, frameId: 0 })).toEqual({
      ok: true,
      value: state,
    });
  });
});
