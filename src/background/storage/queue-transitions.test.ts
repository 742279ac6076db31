import { describe, expect, it } from 'vitest';
import { localEntry } from '../../core/queue.ts';
import { freshDatabase } from '../test-support/db.ts';
import { enqueueRequest } from '../test-support/queue-setup.ts';
import { ledgerStore } from './ledger-store.ts';
import { queueStore } from './queue-store.ts';

const created = new Date('2026-11-24T14:00:00.000Z');
const at = new Date('2026-11-24T15:00:00.000Z');
const entry = () =>
  localEntry({ ...enqueueRequest('q1', '2026-11-24T15:00:00.000Z'), recipients: ['jane@acme.com'] }, created);

describe('queue store transitions', () => {
  it('stores an enqueued entry with its queued event, once per id', async () => {
    const db = freshDatabase();
    const store = queueStore(db);
    await store.enqueue(entry());
    await store.enqueue({ ...entry(), subject: 'changed' });
    expect((await store.get('q1'))?.subject).toBe('Re: the launch');
    expect((await ledgerStore(db).list()).events.map((e) => [e.kind, e.queue])).toEqual([
      ['queued', { entryId: 'q1', status: 'pending', reason: null }],
    ]);
  });

  it('moves only from the state the caller saw, writing the entry and its ledger event together', async () => {
    const db = freshDatabase();
    const store = queueStore(db);
    await store.enqueue(entry());
    expect(await store.transition('q1', { from: ['failed'], to: 'pending' }, at)).toBeNull();
    expect(await store.transition('q1', { from: ['pending'], to: 'sent' }, at)).toBeNull(); // not allowed by the machine
    const sending = await store.transition(
      'q1',
      { from: ['pending'], to: 'sending', patch: { sendingSince: at.toISOString() } },
      at,
    );
    expect(sending).toMatchObject({
      status: 'sending',
      sendingSince: '2026-11-24T15:00:00.000Z',
      updatedAt: '2026-11-24T15:00:00.000Z',
    });
    // A second pass that also saw `pending` finds nothing to do.
    expect(await store.transition('q1', { from: ['pending'], to: 'sending' }, at)).toBeNull();
    expect((await ledgerStore(db).list()).events.map((e) => e.kind)).toEqual(['queued', 'sending']);
  });

  it('deletes the body when the entry is sent, recording delivered or delivered-late', async () => {
    const db = freshDatabase();
    const store = queueStore(db);
    await store.enqueue(entry());
    await store.transition('q1', { from: ['pending'], to: 'sending' }, at);
    const sent = await store.transition(
      'q1',
      { from: ['sending'], to: 'sent', patch: { sentAt: '2026-11-24T15:06:00.000Z' } },
      new Date('2026-11-24T15:06:00.000Z'),
    );
    expect(sent?.reply).toBeUndefined();
    expect((await store.get('q1'))?.reply).toBeUndefined();
    const events = (await ledgerStore(db).list()).events;
    expect(events.map((e) => e.kind)).toEqual(['queued', 'sending', 'delivered-late']);
    expect(JSON.stringify(events)).not.toContain('All set');
  });

  it('writes nothing when the ledger write fails: the entry keeps its state', async () => {
    const db = freshDatabase();
    const store = queueStore(db);
    await store.enqueue(entry());
    // A value IndexedDB cannot store, only in the ledger event: its put throws after the entry's was queued.
    const triage = { answers: () => 'x', suggestion: 'red-cup' } as unknown as NonNullable<
      Parameters<typeof store.transition>[1]['triage']
    >;
    await expect(store.transition('q1', { from: ['pending'], to: 'sending', triage }, at)).rejects.toBeDefined();
    expect((await store.get('q1'))?.status).toBe('pending');
    expect((await ledgerStore(db).list()).events.map((e) => e.kind)).toEqual(['queued']);
  });

  it('counts waiting entries on the index', async () => {
    const db = freshDatabase();
    const store = queueStore(db);
    await store.enqueue(entry());
    await store.enqueue({ ...entry(), id: 'q2' });
    await store.transition('q2', { from: ['pending'], to: 'cancelled' }, at);
    expect(await store.countWaiting(at)).toBe(1);
  });

  it('no longer counts a reply handed to the provider once its due time has passed: the provider sent it', async () => {
    const db = freshDatabase();
    const store = queueStore(db);
    const handedOff = (id: string, dueAt: string) => ({
      ...entry(),
      id,
      dueAt,
      status: 'handed-off' as const,
      reply: undefined,
      mode: 'provider' as const,
    });
    await store.add(handedOff('past', new Date(at.getTime() - 60_000).toISOString()));
    await store.add(handedOff('future', new Date(at.getTime() + 60_000).toISOString()));
    expect(await store.countWaiting(at)).toBe(1);
    expect((await store.summary(at)).next.map((e) => e.id)).toEqual(['future']);
  });

  it('tells the engine what is due now and when to wake next, from pending, failed and sending entries only', async () => {
    const store = queueStore(freshDatabase());
    const local = (id: string, dueAt: string) => ({ ...entry(), id, dueAt });
    await store.add(local('due', '2026-11-24T14:59:00.000Z'));
    await store.add(local('due-now', '2026-11-24T15:00:00.000Z'));
    await store.add(local('next', '2026-11-24T15:30:00.000Z'));
    await store.add(local('much-later', '2026-11-25T15:00:00.000Z'));
    await store.add({
      ...local('retry', '2026-11-24T14:00:00.000Z'),
      status: 'failed',
      retryAt: '2026-11-24T15:10:00.000Z',
    });
    await store.add({ ...local('stuck', '2026-11-24T14:00:00.000Z'), status: 'sending' });
    await store.add({
      ...local('provider', '2026-11-24T14:00:00.000Z'),
      status: 'handed-off',
      mode: 'provider',
      reply: undefined,
    });
    const work = await store.work(at);
    expect(work.due.map((e) => e.id)).toEqual(['due', 'due-now']);
    expect(work.sending.map((e) => e.id)).toEqual(['stuck']);
    expect(work.wakeAt?.toISOString()).toBe('2026-11-24T15:10:00.000Z');
    expect(work.active).toBe(true);
  });

  it('wakes the engine when a hand-off falls due, so the badge drops then, without the safety alarm', async () => {
    const store = queueStore(freshDatabase());
    const handedOff = (id: string, dueAt: string) => ({
      ...entry(),
      id,
      dueAt,
      status: 'handed-off' as const,
      reply: undefined,
      mode: 'provider' as const,
    });
    await store.add(handedOff('sent-by-gmail', '2026-11-24T14:00:00.000Z'));
    await store.add(handedOff('soon', '2026-11-24T15:20:00.000Z'));
    await store.add(handedOff('later', '2026-11-24T16:00:00.000Z'));
    const work = await store.work(at);
    expect(work.due).toEqual([]);
    expect(work.wakeAt?.toISOString()).toBe('2026-11-24T15:20:00.000Z');
    expect(work.active).toBe(false);
    await store.add({ ...entry(), id: 'local', dueAt: '2026-11-24T15:40:00.000Z' });
    expect((await store.work(at)).wakeAt?.toISOString()).toBe('2026-11-24T15:20:00.000Z');
    expect((await store.work(new Date('2026-11-24T15:30:00.000Z'))).wakeAt?.toISOString()).toBe(
      '2026-11-24T15:40:00.000Z',
    );
  });

  it('summarises for the popup from the indexes: the next five, all waiting, per client, needing the user', async () => {
    const store = queueStore(freshDatabase());
    const minutes = (n: number) => new Date(at.getTime() + n * 60_000).toISOString();
    const local = (id: string, n: number, profileIds: string[]) => ({ ...entry(), id, dueAt: minutes(n), profileIds });
    for (let i = 0; i < 6; i++) await store.add(local(`acme-${i}`, 10 + i, ['acme']));
    await store.add(local('both', 5, ['acme', 'globex']));
    await store.add({
      ...local('held', -3_000, ['globex']),
      status: 'needs-attention',
      problem: 'More than two days late',
    });
    await store.add({
      ...local('provider-ahead', 1, ['initech']),
      status: 'handed-off',
      mode: 'provider',
      reply: undefined,
    });
    await store.add({
      ...local('provider-sent', -1, ['initech']),
      status: 'handed-off',
      mode: 'provider',
      reply: undefined,
    });
    await store.add({ ...local('done', -10, ['acme']), status: 'sent', reply: undefined });
    await store.add({ ...local('dropped', 20, ['hooli']), status: 'cancelled', reply: undefined });

    const summary = await store.summary(at);
    expect(summary.next.map((e) => e.id)).toEqual(['held', 'provider-ahead', 'both', 'acme-0', 'acme-1']);
    expect(summary.next[0]).not.toHaveProperty('waitingKeys');
    expect(summary.waiting).toBe(9);
    expect(summary.attention).toBe(1);
    expect(summary.perProfile).toEqual([
      { profileId: 'acme', waiting: 7 },
      { profileId: 'globex', waiting: 2 },
      { profileId: 'initech', waiting: 1 },
    ]);
  });

  it('keeps the counts right through transitions: a sent reply leaves its client’s count', async () => {
    const store = queueStore(freshDatabase());
    await store.enqueue(entry());
    expect((await store.summary(at)).perProfile).toEqual([{ profileId: 'acme', waiting: 1 }]);
    await store.transition('q1', { from: ['pending'], to: 'sending' }, at);
    await store.transition('q1', { from: ['sending'], to: 'sent', patch: { sentAt: at.toISOString() } }, at);
    expect(await store.summary(at)).toEqual({ next: [], perProfile: [], waiting: 0, attention: 0 });
  });
});
