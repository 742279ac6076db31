import { describe, expect, it } from 'vitest';
import type { TriageRecordInput } from '../../core/ledger-types.ts';
import { handOff } from './queue.ts';
import { CONTENT_SENDER, PAGE_SENDER } from '../test-support/fixtures.ts';
import { gmailPage, kindsFor, queueWorld } from '../test-support/queue-setup.ts';
import { cancelEntry, openInCompose, retimeEntry, sendNow } from './queue-actions.ts';
import { enqueue, queueSummary } from './queue-local.ts';
import { enqueueRequest } from '../test-support/queue-setup.ts';
import { queueRecord } from '../storage/queue-waiting-keys.ts';

const INSIDE = '2026-11-24T15:00:00.000Z'; // Tuesday 10:00 in New York
const OUTSIDE = '2026-11-24T03:00:00.000Z'; // Monday 22:00 in New York
const TRIAGE: TriageRecordInput = {
  answers: { agreedSituation: 'yes', realHarm: 'yes', emergencyToClient: 'yes' },
  suggestion: 'real-emergency',
};

describe('queue/enqueue', () => {
  it('stores the reply once per id, answers it without the body, and records one queued event', async () => {
    const w = await queueWorld([]);
    const deps = w.at('2026-11-24T02:00:00Z');
    const first = await enqueue(enqueueRequest('q1', '2026-11-24T13:00:00.000Z'), CONTENT_SENDER, deps);
    const again = await enqueue(enqueueRequest('q1', '2026-11-24T13:00:00.000Z'), CONTENT_SENDER, w.at('2026-11-24T02:00:30Z'));
    expect(first).toEqual(again);
    expect(first.ok && first.value).toMatchObject({ status: 'pending', mode: 'local', recipients: ['jane@acme.com'], reply: { html: '' } });
    expect((await deps.queue.get('q1'))?.reply?.html).toBe('<p>All set.</p>');
    expect(await kindsFor(deps, 'q1')).toEqual(['queued']);
    expect(w.signals.wake?.toISOString()).toBe('2026-11-24T13:00:00.000Z');
    expect(w.signals.safetyOn).toBe(true);
  });

  it('refuses a due time in the past, storing nothing', async () => {
    const w = await queueWorld([]);
    const deps = w.at(INSIDE);
    const answer = await enqueue(enqueueRequest('q1', '2026-11-24T13:00:00.000Z'), CONTENT_SENDER, deps);
    expect(answer.ok).toBe(false);
    expect(await deps.queue.get('q1')).toBeNull();
  });
});

describe('queue/cancel', () => {
  it('cancels a local entry and deletes its body', async () => {
    const w = await queueWorld([]);
    await w.add('q1', '2026-11-24T16:00:00.000Z', '2026-11-24T14:00:00.000Z');
    const deps = w.at(INSIDE);
    const answer = await cancelEntry({ id: 'q1' }, PAGE_SENDER, deps);
    expect(answer.ok && answer.value.done).toBe('cancelled');
    const stored = await deps.queue.get('q1');
    expect(stored?.status).toBe('cancelled');
    expect(stored?.reply).toBeUndefined();
    expect(await kindsFor(deps, 'q1')).toEqual(['queued', 'reply-cancelled']);
    expect(w.signals.badgeCount).toBe(0);
  });

  it('a provider-mode entry is cancelled only when the provider cancelled it; otherwise says how', async () => {
    const w = await queueWorld([]);
    const deps = w.at(INSIDE);
    const handoff = { id: 'h1', provider: 'gmail', profileIds: ['acme'], recipients: ['jane@acme.com'], subject: 'Re: x', dueAt: '2026-11-25T13:00:00.000Z' };
    await handOff(handoff, CONTENT_SENDER, deps);
    const manual = await cancelEntry({ id: 'h1' }, PAGE_SENDER, deps);
    expect(manual.ok && manual.value.done).toBe('manual');
    expect(manual.ok && manual.value.message).toContain('Scheduled folder');
    expect((await deps.queue.get('h1'))?.status).toBe('handed-off');

    w.mail.pages = [{ ...gmailPage(), cancelScheduled: () => ({ done: 'cancelled', message: 'Back in your drafts.' }) }];
    const done = await cancelEntry({ id: 'h1' }, PAGE_SENDER, deps);
    expect(done.ok && done.value).toMatchObject({ done: 'cancelled', message: 'Back in your drafts.', entry: { status: 'cancelled' } });
  });

  it('refuses to cancel a reply on its way out', async () => {
    const w = await queueWorld([]);
    await w.add('q1', '2026-11-24T16:00:00.000Z', '2026-11-24T14:00:00.000Z');
    const deps = w.at(INSIDE);
    await deps.queue.transition('q1', { from: ['pending'], to: 'sending' }, new Date(INSIDE));
    const answer = await cancelEntry({ id: 'q1' }, PAGE_SENDER, deps);
    expect(answer.ok).toBe(false);
    expect((await deps.queue.get('q1'))?.status).toBe('sending');
  });

  it('is for extension pages only', async () => {
    const w = await queueWorld([]);
    await w.add('q1', '2026-11-24T16:00:00.000Z', '2026-11-24T14:00:00.000Z');
    expect((await cancelEntry({ id: 'q1' }, CONTENT_SENDER, w.at(INSIDE))).ok).toBe(false);
  });
});

describe('queue/retime', () => {
  it('sets a new future due time, keeps the first one, and re-arms the alarm', async () => {
    const w = await queueWorld([]);
    await w.add('q1', '2026-11-24T16:00:00.000Z', '2026-11-24T14:00:00.000Z');
    const deps = w.at(INSIDE);
    const answer = await retimeEntry({ id: 'q1', dueAt: '2026-11-25T14:00:00.000Z' }, PAGE_SENDER, deps);
    expect(answer.ok && answer.value).toMatchObject({ status: 'pending', dueAt: '2026-11-25T14:00:00.000Z', firstDueAt: '2026-11-24T16:00:00.000Z', reply: { html: '' } });
    expect(w.signals.wake?.toISOString()).toBe('2026-11-25T14:00:00.000Z');
    expect(await kindsFor(deps, 'q1')).toEqual(['queued', 'moved']);
  });

  it('refuses a time in the past', async () => {
    const w = await queueWorld([]);
    await w.add('q1', '2026-11-24T16:00:00.000Z', '2026-11-24T14:00:00.000Z');
    const deps = w.at(INSIDE);
    expect((await retimeEntry({ id: 'q1', dueAt: '2026-11-24T14:00:00.000Z' }, PAGE_SENDER, deps)).ok).toBe(false);
    expect((await deps.queue.get('q1'))?.dueAt).toBe('2026-11-24T16:00:00.000Z');
  });
});

describe('queue/send-now', () => {
  it('inside the boundary: delivers at once', async () => {
    const w = await queueWorld([gmailPage()]);
    await w.add('q1', '2026-11-24T16:00:00.000Z', '2026-11-24T14:00:00.000Z');
    const deps = w.at(INSIDE);
    const answer = await sendNow({ id: 'q1', triage: null }, PAGE_SENDER, deps);
    expect(answer.ok && answer.value.status).toBe('sent');
    expect(w.mail.delivered).toHaveLength(1);
    expect(await kindsFor(deps, 'q1')).toEqual(['queued', 'sent-inside', 'sending', 'delivered']);
  });

  it('outside the boundary: refused without triage, delivered and recorded with it', async () => {
    const w = await queueWorld([gmailPage()]);
    await w.add('q1', '2026-11-24T13:00:00.000Z', '2026-11-24T02:00:00.000Z');
    const deps = w.at(OUTSIDE);
    const refused = await sendNow({ id: 'q1', triage: null }, PAGE_SENDER, deps);
    expect(refused.ok).toBe(false);
    expect(w.mail.delivered).toEqual([]);

    const answer = await sendNow({ id: 'q1', triage: TRIAGE }, PAGE_SENDER, deps);
    expect(answer.ok && answer.value.status).toBe('sent');
    expect(w.mail.delivered).toHaveLength(1);
    const { events } = await deps.ledger.list();
    const emergency = events.find((e) => e.kind === 'sent-emergency');
    expect(emergency?.triage).toEqual(TRIAGE);
    expect(emergency?.queue?.entryId).toBe('q1');
  });
});

describe('queue/open-in-compose', () => {
  it('restores the reply into a compose of its account and takes it out of the queue', async () => {
    const w = await queueWorld([gmailPage()]);
    await w.add('q1', '2026-11-24T16:00:00.000Z', '2026-11-24T14:00:00.000Z');
    const deps = w.at(INSIDE);
    const answer = await openInCompose({ id: 'q1' }, PAGE_SENDER, deps);
    expect(answer.ok).toBe(true);
    expect(w.mail.composes.map((o) => o.reply.html)).toEqual(['<p>All set.</p>']);
    expect(await deps.queue.get('q1')).toMatchObject({ status: 'cancelled', problem: 'Opened in a compose window' });
  });
});

describe('queue/summary', () => {
  it('answers the next five and counts per client with 10,000 entries stored', async () => {
    const w = await queueWorld([]);
    const db = await w.database();
    const tx = db.transaction('queue', 'readwrite');
    const base = Date.parse('2026-11-25T00:00:00.000Z');
    for (let i = 0; i < 10_000; i++) {
      const status = i % 4 === 0 ? 'sent' : i % 100 === 1 ? 'needs-attention' : 'pending';
      const dueAt = new Date(base + i * 60_000).toISOString();
      const { why: _why, ...request } = enqueueRequest(`e${String(i).padStart(5, '0')}`, dueAt);
      // Written as the worker stores an entry: with its index keys (queue-waiting-keys.ts).
      void tx.store.put(
        queueRecord({
          ...request,
          recipients: ['jane@acme.com'],
          profileIds: i % 2 === 0 ? ['acme'] : ['acme', 'globex'],
          status,
          mode: 'local',
          createdAt: '2026-11-24T00:00:00.000Z',
        }),
      );
    }
    await tx.done;
    const answer = await queueSummary(undefined, PAGE_SENDER, w.at(INSIDE));
    if (!answer.ok) throw new Error(answer.error.message);
    expect(answer.value.waiting).toBe(7_500);
    expect(answer.value.attention).toBe(100);
    expect(answer.value.perProfile).toEqual([
      { profileId: 'acme', waiting: 7_500 },
      { profileId: 'globex', waiting: 5_000 },
    ]);
    expect(answer.value.next.map((e) => e.id)).toEqual(['e00001', 'e00002', 'e00003', 'e00005', 'e00006']);
    expect(answer.value.next.every((e) => e.reply?.html === '')).toBe(true);
  });
});
