import { describe, expect, it } from 'vitest';
import type { TriageRecordInput } from '../../core/ledger-types.ts';
import { handOff } from './queue.ts';
import { CONTENT_SENDER, PAGE_SENDER } from '../test-support/fixtures.ts';
import { gmailPage, kindsFor, queueWorld } from '../test-support/queue-setup.ts';
import { cancelEntry, openInCompose, retimeEntry, sendNow, settleSent } from './queue-actions.ts';
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
    const again = await enqueue(
      enqueueRequest('q1', '2026-11-24T13:00:00.000Z'),
      CONTENT_SENDER,
      w.at('2026-11-24T02:00:30Z'),
    );
    expect(first).toEqual(again);
    expect(first.ok && first.value).toMatchObject({
      status: 'pending',
      mode: 'local',
      recipients: ['jane@acme.com'],
      reply: { html: '' },
    });
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
    const handoff = {
      id: 'h1',
      provider: 'gmail',
      profileIds: ['acme'],
      recipients: ['jane@acme.com'],
      subject: 'Re: x',
      dueAt: '2026-11-25T13:00:00.000Z',
    };
    await handOff(handoff, CONTENT_SENDER, deps);
    const manual = await cancelEntry({ id: 'h1' }, PAGE_SENDER, deps);
    expect(manual.ok && manual.value.done).toBe('manual');
    expect(manual.ok && manual.value.message).toContain('Scheduled folder');
    expect((await deps.queue.get('h1'))?.status).toBe('handed-off');

    w.mail.pages = [
      { ...gmailPage(), cancelScheduled: () => ({ done: 'cancelled', message: 'Back in your drafts.' }) },
    ];
    const done = await cancelEntry({ id: 'h1' }, PAGE_SENDER, deps);
    expect(done.ok && done.value).toMatchObject({
      done: 'cancelled',
      message: 'Back in your drafts.',
      entry: { status: 'cancelled' },
    });
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
    expect(answer.ok && answer.value).toMatchObject({
      status: 'pending',
      dueAt: '2026-11-25T14:00:00.000Z',
      firstDueAt: '2026-11-24T16:00:00.000Z',
      reply: { html: '' },
    });
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
    expect(await deps.queue.get('q1')).toMatchObject({
      status: 'cancelled',
      problem: 'Opened in a compose window by you.',
    });
    expect((await kindsFor(deps, 'q1')).sort()).toEqual(['queued', 'needs-attention', 'reply-cancelled'].sort());
  });

  it('reserves the entry before opening: a delivery pass while the compose opens does not send it too (issue 13 A3)', async () => {
    const w = await queueWorld([gmailPage()]);
    await w.add('q1', '2026-11-24T14:59:00.000Z', '2026-11-24T14:00:00.000Z'); // due: the next pass delivers it
    w.mail.composeBehaviour.during = () => w.at(INSIDE).queueEngine.pass();
    const answer = await openInCompose({ id: 'q1' }, PAGE_SENDER, w.at(INSIDE));
    expect(answer).toMatchObject({ ok: true, value: { message: expect.stringContaining('taken out of the queue') } });
    expect(w.mail.composes).toHaveLength(1);
    expect(w.mail.delivered).toEqual([]);
    expect((await w.at(INSIDE).queue.get('q1'))?.status).toBe('cancelled');
  });

  it('puts the entry back as it was when the compose cannot be opened, and says so', async () => {
    const w = await queueWorld([gmailPage()]);
    await w.add('q1', '2026-11-24T16:00:00.000Z', '2026-11-24T14:00:00.000Z');
    w.mail.composeBehaviour.fail = 'the Compose button was not found';
    const deps = w.at(INSIDE);
    const answer = await openInCompose({ id: 'q1' }, PAGE_SENDER, deps);
    expect(answer).toMatchObject({
      ok: false,
      error: {
        message:
          'Could not open the compose window (the Compose button was not found); the reply stays in the queue as it was.',
      },
    });
    const back = await deps.queue.get('q1');
    expect(back).toMatchObject({
      status: 'pending',
      dueAt: '2026-11-24T16:00:00.000Z',
      reply: { html: '<p>All set.</p>' },
    });
    expect(back?.openingSince).toBeUndefined();
    expect(back?.problem).toBeUndefined();
  });

  it('a second press while the first is opening is refused: one compose', async () => {
    const w = await queueWorld([gmailPage()]);
    await w.add('q1', '2026-11-24T16:00:00.000Z', '2026-11-24T14:00:00.000Z');
    let second: unknown = null;
    w.mail.composeBehaviour.during = async () => {
      w.mail.composeBehaviour.during = undefined;
      second = await openInCompose({ id: 'q1' }, PAGE_SENDER, w.at('2026-11-24T15:00:01.000Z'));
    };
    await openInCompose({ id: 'q1' }, PAGE_SENDER, w.at(INSIDE));
    expect(second).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('being opened in a compose window') },
    });
    expect(w.mail.composes).toHaveLength(1);
  });
});

describe('settling a reply that needs you (issue 13 A4)', () => {
  /** An entry whose delivery could not be confirmed: needs-attention with its body. */
  async function unconfirmed() {
    const w = await queueWorld([
      gmailPage(
        () => ({ outcome: 'unknown', reason: 'Outlook closed the compose, but its Sent Items are not on this page' }),
        () => 'no',
      ),
    ]);
    await w.add('q1', '2026-11-24T14:59:00.000Z', '2026-11-24T14:00:00.000Z');
    await w.at(INSIDE).queueEngine.pass();
    expect((await w.at(INSIDE).queue.get('q1'))?.status).toBe('needs-attention');
    return w;
  }

  it('"It went out": sent, the body deleted, a delivered event in the ledger', async () => {
    const w = await unconfirmed();
    const deps = w.at('2026-11-24T15:10:00.000Z');
    const answer = await settleSent({ id: 'q1' }, PAGE_SENDER, deps);
    expect(answer).toMatchObject({ ok: true, value: { status: 'sent', sentAt: INSIDE } });
    expect((await deps.queue.get('q1'))?.reply).toBeUndefined();
    expect((await kindsFor(deps, 'q1')).sort()).toEqual(['queued', 'sending', 'needs-attention', 'delivered'].sort());
    expect(w.signals.badgeCount).toBe(0);
  });

  it('"It went out" is refused for a reply still waiting to go out', async () => {
    const w = await queueWorld([gmailPage()]);
    await w.add('q1', '2026-11-24T16:00:00.000Z', '2026-11-24T14:00:00.000Z');
    expect(await settleSent({ id: 'q1' }, PAGE_SENDER, w.at(INSIDE))).toMatchObject({ ok: false });
    expect((await w.at(INSIDE).queue.get('q1'))?.status).toBe('pending');
  });

  it('"Send it again": delivered once more, then sent', async () => {
    const w = await unconfirmed();
    w.mail.pages = [gmailPage()];
    const answer = await sendNow({ id: 'q1', triage: null }, PAGE_SENDER, w.at('2026-11-24T15:10:00.000Z'));
    expect(answer).toMatchObject({ ok: true, value: { status: 'sent' } });
    expect(w.mail.delivered).toHaveLength(2);
  });

  it('after 14 days waiting its body is deleted, the user told, the entry kept to be settled', async () => {
    const w = await unconfirmed();
    expect(w.signals.wake?.toISOString()).toBe('2026-12-08T15:00:00.000Z');
    await w.at('2026-12-08T14:59:00.000Z').queueEngine.pass();
    expect((await w.at(INSIDE).queue.get('q1'))?.reply?.html).toBe('<p>All set.</p>');
    await w.at('2026-12-08T15:00:00.000Z').queueEngine.pass();
    const kept = await w.at(INSIDE).queue.get('q1');
    expect(kept).toMatchObject({
      status: 'needs-attention',
      problem: expect.stringContaining('deleted after 14 days'),
    });
    expect(kept?.reply).toBeUndefined();
    expect(w.signals.notices.at(-1)).toMatchObject({
      kind: 'body-deleted',
      message: expect.stringContaining('waited 14 days for you, so Red Cup deleted its text'),
    });
    expect((await kindsFor(w.at(INSIDE), 'q1')).sort()).toEqual(
      ['queued', 'sending', 'needs-attention', 'needs-attention'].sort(),
    );
    expect(w.signals.wake).toBeNull();
    // Still settled by the user afterwards.
    expect(await settleSent({ id: 'q1' }, PAGE_SENDER, w.at('2026-12-09T10:00:00.000Z'))).toMatchObject({
      ok: true,
      value: { status: 'sent' },
    });
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
