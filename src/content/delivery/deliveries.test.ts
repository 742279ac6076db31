// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { DeliveryOrder, DeliveryReport } from '../../messaging/tab-protocol.ts';
import type { FilledCompose, ProviderAdapter } from '../providers/adapter.ts';
import { Deliveries } from './deliveries.ts';

const order = (entryId: string): DeliveryOrder => ({
  entryId,
  subject: `Reply ${entryId}`,
  reply: { to: ['jane@acme.com'], cc: [], bcc: [], html: '<p>Hi</p>', thread: null },
  accountAddress: 'me@example.com',
});

/** A provider whose Sent list is an array: what was really sent, in order. */
function fakeProvider(
  behaviour: { open?: 'ok' | 'fail' | 'throw'; send?: DeliveryReport['outcome'] | 'throw'; delayMs?: number } = {},
) {
  const sent: string[] = [];
  let opened = 0;
  const adapter = {
    name: 'gmail',
    accountAddress: async () => 'me@example.com',
    openCompose: async (_doc: Document, subject: string) => {
      opened++;
      if (behaviour.open === 'throw') throw new Error('the page changed');
      if (behaviour.open === 'fail') return { ok: false as const, reason: 'no Compose button' };
      const filled: FilledCompose = {
        compose: {} as FilledCompose['compose'],
        send: async () => {
          await new Promise((resolve) => setTimeout(resolve, behaviour.delayMs ?? 1));
          if (behaviour.send === 'throw') {
            sent.push(subject);
            throw new Error('confirmation went missing');
          }
          if (behaviour.send === 'not-sent') return { outcome: 'not-sent', reason: 'Send not found' };
          sent.push(subject);
          if (behaviour.send === 'unknown') return { outcome: 'unknown', reason: 'no confirmation' };
          return { outcome: 'sent', sentAt: new Date().toISOString() };
        },
      };
      return { ok: true as const, filled };
    },
    confirms: { sentNotice: true, sentLookup: true, scheduledCancel: true },
  } as unknown as ProviderAdapter;
  return { adapter, sent, opened: () => opened };
}

describe('Deliveries', () => {
  it('delivers an order and answers what the provider confirmed', async () => {
    const p = fakeProvider();
    const report = await new Deliveries(p.adapter).deliver(order('a'));
    expect(report.outcome).toBe('sent');
    expect(p.sent).toEqual(['Reply a']);
  });

  it('never sends the same entry twice in this page: a repeated order (worker restarted) gets the first outcome', async () => {
    const p = fakeProvider({ delayMs: 20 });
    const deliveries = new Deliveries(p.adapter);
    const [first, second] = await Promise.all([deliveries.deliver(order('a')), deliveries.deliver(order('a'))]);
    const third = await deliveries.deliver(order('a'));
    expect(p.sent).toEqual(['Reply a']);
    expect(second).toEqual(first);
    expect(third).toEqual(first);
  });

  it('an unconfirmed send is not repeated either', async () => {
    const p = fakeProvider({ send: 'unknown' });
    const deliveries = new Deliveries(p.adapter);
    expect((await deliveries.deliver(order('a'))).outcome).toBe('unknown');
    expect((await deliveries.deliver(order('a'))).outcome).toBe('unknown');
    expect(p.sent).toEqual(['Reply a']);
  });

  it('a delivery that certainly did not happen may be ordered again', async () => {
    const p = fakeProvider({ open: 'fail' });
    const deliveries = new Deliveries(p.adapter);
    expect(await deliveries.deliver(order('a'))).toEqual({ outcome: 'not-sent', reason: 'no Compose button' });
    await deliveries.deliver(order('a'));
    expect(p.opened()).toBe(2);
  });

  it('an error after Send may have been pressed is reported as unknown, never as not sent', async () => {
    const p = fakeProvider({ send: 'throw' });
    const report = await new Deliveries(p.adapter).deliver(order('a'));
    expect(report).toEqual({ outcome: 'unknown', reason: 'confirmation went missing' });
  });

  it('one delivery at a time: two entries go out one after the other', async () => {
    const p = fakeProvider({ delayMs: 15 });
    const deliveries = new Deliveries(p.adapter);
    const both = Promise.all([deliveries.deliver(order('a')), deliveries.deliver(order('b'))]);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(p.opened()).toBe(1); // b waits until a is confirmed
    await both;
    expect(p.sent).toEqual(['Reply a', 'Reply b']);
  });
});

describe('Deliveries, after the boundary closed (issue 13 F21)', () => {
  it('does not send an order whose window closed before this tab got to it (the laptop slept), and says so', async () => {
    const p = fakeProvider();
    const late = new Deliveries(p.adapter, document, () => new Date('2026-11-24T23:00:01.000Z'));
    const report = await late.deliver({ ...order('a'), sendBy: '2026-11-24T23:00:00.000Z' });
    expect(report).toEqual({
      outcome: 'not-sent',
      reason: 'the client’s window had closed before this tab could send it',
    });
    expect(p.sent).toEqual([]);
    expect(p.opened()).toBe(0);
  });

  it('sends while the window lasts', async () => {
    const p = fakeProvider();
    const onTime = new Deliveries(p.adapter, document, () => new Date('2026-11-24T22:59:59.000Z'));
    expect((await onTime.deliver({ ...order('a'), sendBy: '2026-11-24T23:00:00.000Z' })).outcome).toBe('sent');
    expect(p.sent).toEqual(['Reply a']);
  });
});

describe('Deliveries, resuming after the worker was stopped', () => {
  const resume = { since: '2026-11-23T08:00:00.000Z', recipients: ['jane@acme.com'] };

  it('answers the first attempt when this page made it, without sending again', async () => {
    const p = fakeProvider();
    const deliveries = new Deliveries(p.adapter);
    await deliveries.deliver(order('a'));
    expect((await deliveries.deliver({ ...order('a'), resume })).outcome).toBe('sent');
    expect(p.sent).toEqual(['Reply a']);
  });

  it('never sends for an attempt it has no record of: found in Sent → sent, else unknown', async () => {
    const p = fakeProvider();
    const inSent = { ...p.adapter, findSent: async () => 'yes' as const } as ProviderAdapter;
    const notInSent = { ...p.adapter, findSent: async () => 'no' as const } as ProviderAdapter;
    expect((await new Deliveries(inSent).deliver({ ...order('a'), resume })).outcome).toBe('sent');
    expect((await new Deliveries(notInSent).deliver({ ...order('b'), resume })).outcome).toBe('unknown');
    expect(p.opened()).toBe(0);
  });
});
