// @vitest-environment happy-dom
/**
 * "Send later" when the worker's answer is lost (issue 13 A2): the reply must be kept once, and
 * the user must never be told "still open and unchanged" about a reply that was in fact kept.
 * The worker is faked behind the extension's messaging: it stores by id, and loses answers.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { GuardCheck } from '../../core/guard-types.ts';
import type { ProviderAdapter } from '../providers/adapter.ts';
import type { ComposeSession } from './session.ts';

/** What the fake worker stores, by id, and which answers it loses. */
const worker = {
  queue: new Map<string, unknown>(),
  ledger: new Map<string, unknown>(),
  /** Messages whose next answer is lost after the write was done (the worker stopped before answering). */
  loseAnswer: new Set<string>(),
  /** Messages whose next one is lost on its way, before the worker saw it. */
  dropBeforeWrite: new Set<string>(),
  /** While true, nothing answers at all (the worker cannot be reached), though writes that arrive are done. */
  silent: false,
};

vi.mock('../../messaging/protocol.ts', () => ({
  sendMessage: async (name: string, data: { id: string }) => {
    if (worker.dropBeforeWrite.delete(name))
      throw new Error('Could not establish connection. Receiving end does not exist.');
    const lost = worker.silent || worker.loseAnswer.delete(name);
    let answer: unknown;
    if (name === 'queue/enqueue' || name === 'queue/handoff') {
      if (!worker.queue.has(data.id)) worker.queue.set(data.id, data);
      answer = { ok: true, value: worker.queue.get(data.id) };
    } else if (name === 'queue/is-stored') answer = { ok: true, value: { stored: worker.queue.has(data.id) } };
    else if (name === 'ledger/record') {
      worker.ledger.set(data.id, data);
      answer = { ok: true, value: { id: data.id } };
    } else answer = { ok: false, error: { message: `no handler for ${name}` } };
    if (lost) throw new Error('The message port closed before a response was received.');
    return answer;
  },
}));

const { Guard } = await import('./controller.ts');

const check = {
  verdict: { kind: 'outside', profiles: [{ id: 'acme', name: 'Acme' }] },
  view: {
    next: {
      at: '2026-11-25T13:00:00.000Z',
      sendAt: '2026-11-25T13:00:00.000Z',
      button: 'Send Wed 08:00',
      inClientZones: [],
      inUserZone: 'Wed 14:00 your time',
    },
  },
  emergency: [],
  clock: '24h',
  delivery: 'local',
} as unknown as GuardCheck;

function compose() {
  let discards = 0;
  const session = {
    id: 'c1',
    lastActive: 0,
    recipients: () => ['jane@acme.com'],
    compose: {
      subject: () => 'Re: the launch',
      recipientFields: () => ({ to: ['jane@acme.com'], cc: [], bcc: [] }),
      bodyHtml: () => '<p>All set.</p>',
      thread: () => null,
      request: () => null,
      discard: async () => {
        discards += 1;
        return { ok: true as const };
      },
      scheduleSend: async () => ({ ok: true as const }),
    },
  } as unknown as ComposeSession;
  return { session, discards: () => discards };
}

const adapter = {
  name: 'gmail',
  deliversLocally: true,
  account: () => 'https://mail.google.com/mail/u/0/',
  accountAddress: async () => 'me@example.com',
} as unknown as ProviderAdapter;

beforeEach(() => {
  worker.queue.clear();
  worker.ledger.clear();
  worker.loseAnswer.clear();
  worker.dropBeforeWrite.clear();
  worker.silent = false;
});

describe('send later when the answer is lost', () => {
  it('the write happened but its answer was lost: the worker is asked, the reply is kept once and the compose closed', async () => {
    const guard = new Guard(adapter);
    const c = compose();
    worker.loseAnswer.add('queue/enqueue');
    const first = await guard.scheduleLater(c.session, check, null);
    // The user would try again after "still open and unchanged"; here they need not, but a retry must not add a copy.
    await guard.scheduleLater(c.session, check, null);
    expect(first).toMatchObject({ ok: true, message: 'Red Cup sends your reply Wed 14:00 your time.' });
    expect(worker.queue.size).toBe(1);
    expect(worker.ledger.size).toBe(1);
  });

  it('nothing answers: the user is told it is not known (not "unchanged"); the next try finds the kept reply instead of adding one', async () => {
    const guard = new Guard(adapter);
    const c = compose();
    worker.silent = true;
    const first = await guard.scheduleLater(c.session, check, null);
    expect(first.ok).toBe(false);
    expect(first.message).toContain('could not tell whether it kept your reply');
    expect(first.message).not.toContain('unchanged');
    expect(c.discards()).toBe(0);
    worker.silent = false;
    const second = await guard.scheduleLater(c.session, check, null);
    expect(second.ok).toBe(true);
    expect(worker.queue.size).toBe(1);
    expect(c.discards()).toBe(1);
  });

  it('a hand-off lost on its way is written again with its id (stored once), and its ledger event once', async () => {
    const guard = new Guard(adapter);
    const c = compose();
    worker.dropBeforeWrite.add('queue/handoff');
    worker.loseAnswer.add('ledger/record');
    const outcome = await guard.scheduleLater(c.session, { ...check, delivery: 'provider' }, null);
    expect(outcome.ok).toBe(true);
    expect([...worker.queue.values()]).toMatchObject([{ provider: 'gmail', subject: 'Re: the launch' }]);
    expect(worker.ledger.size).toBe(1);
  });
});
