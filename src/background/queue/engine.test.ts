import { describe, expect, it } from 'vitest';
import { RETRY_DELAYS_MS } from '../../core/queue-machine.ts';
import { gmailPage, kindsFor, queueWorld, sent } from '../test-support/queue-setup.ts';

// Acme is in New York, Mon–Fri 08:00–18:00. 2026-11-24 is a Tuesday: 15:00Z is 10:00 there.
const INSIDE = '2026-11-24T15:00:00.000Z';

describe('queue engine: on time and catch-up', () => {
  it('delivers a due entry inside the boundary once, then deletes its body', async () => {
    const w = await queueWorld([gmailPage()]);
    await w.add('q1', '2026-11-24T14:59:00.000Z', '2026-11-24T14:00:00.000Z');
    expect(w.signals.wake?.toISOString()).toBe('2026-11-24T14:59:00.000Z');
    expect(w.signals.badgeCount).toBe(1);

    const deps = w.at(INSIDE);
    await deps.queueEngine.pass();
    await deps.queueEngine.pass();
    expect(w.mail.delivered.map((o) => [o.entryId, o.reply.html])).toEqual([['q1', '<p>All set.</p>']]);
    const entry = await deps.queue.get('q1');
    expect(entry?.status).toBe('sent');
    expect(entry?.reply).toBeUndefined();
    expect(entry?.sentAt).toBe('2026-11-24T15:00:05.000Z');
    expect(await kindsFor(deps, 'q1')).toEqual(['queued', 'sending', 'delivered']);
    expect(w.signals.badgeCount).toBe(0);
    expect(w.signals.wake).toBeNull();
    expect(w.signals.safetyOn).toBe(false);
  });

  it('records and notifies a delivery more than five minutes late', async () => {
    const w = await queueWorld([gmailPage()]);
    await w.add('q1', '2026-11-24T14:00:00.000Z', '2026-11-24T13:00:00.000Z');
    const deps = w.at(INSIDE);
    await deps.queueEngine.pass();
    expect(await kindsFor(deps, 'q1')).toEqual(['queued', 'sending', 'delivered-late']);
    expect(w.signals.notices.map((n) => n.kind)).toEqual(['late']);
  });

  it('moves an overdue entry found outside the boundary to the next window, and says so', async () => {
    const w = await queueWorld([gmailPage()]);
    await w.add('q1', '2026-11-24T02:00:00.000Z', '2026-11-24T01:00:00.000Z');
    // 03:00Z is Monday 22:00 in New York: outside. The next window opens Tuesday 08:00 (13:00Z).
    const deps = w.at('2026-11-24T03:00:00.000Z');
    await deps.queueEngine.pass();
    expect(w.mail.delivered).toEqual([]);
    const entry = await deps.queue.get('q1');
    expect(entry).toMatchObject({
      status: 'pending',
      dueAt: '2026-11-24T13:00:00.000Z',
      firstDueAt: '2026-11-24T02:00:00.000Z',
    });
    expect(entry?.reply?.html).toBe('<p>All set.</p>');
    expect(w.signals.notices.map((n) => n.kind)).toEqual(['moved']);
    // Told as a person reads it, in the user's zone ("13:00 UTC", "Tue 08:00 EST"), never as a stored ISO string.
    expect(w.signals.notices[0]?.message).toMatch(/it goes out at (\w{3} )?\d{1,2}:\d\d/);
    expect(w.signals.notices[0]?.message).not.toMatch(/\d{4}-\d\d-\d\dT/);
    expect(w.signals.wake?.toISOString()).toBe('2026-11-24T13:00:00.000Z');
    expect(await kindsFor(deps, 'q1')).toEqual(['queued', 'moved']);
  });

  it('holds an entry more than two days late for the user, without sending it', async () => {
    const w = await queueWorld([gmailPage()]);
    await w.add('q1', '2026-11-21T14:00:00.000Z', '2026-11-21T13:00:00.000Z');
    const deps = w.at(INSIDE);
    await deps.queueEngine.pass();
    expect(w.mail.delivered).toEqual([]);
    expect(await deps.queue.get('q1')).toMatchObject({ status: 'needs-attention', reply: { html: '<p>All set.</p>' } });
    expect(w.signals.notices.map((n) => n.kind)).toEqual(['needs-attention']);
    expect(w.signals.badgeCount).toBe(1);
  });

  it('two passes at once deliver an entry exactly once', async () => {
    const w = await queueWorld([gmailPage()]);
    await w.add('q1', '2026-11-24T14:59:00.000Z', '2026-11-24T14:00:00.000Z');
    await Promise.all([w.at(INSIDE).queueEngine.pass(), w.at(INSIDE).queueEngine.pass()]);
    expect(w.mail.delivered).toHaveLength(1);
    expect((await w.at(INSIDE).queue.get('q1'))?.status).toBe('sent');
  });

  it('opens a background tab of the account when none is open', async () => {
    const w = await queueWorld([]);
    await w.add('q1', '2026-11-24T14:59:00.000Z', '2026-11-24T14:00:00.000Z');
    await w.at(INSIDE).queueEngine.pass();
    expect(w.mail.opened).toEqual([{ account: 'https://mail.google.com/mail/u/0/', mode: 'background' }]);
    expect((await w.at(INSIDE).queue.get('q1'))?.status).toBe('sent');
  });
});

describe('queue engine: never twice, never lost', () => {
  it('confirms an entry left in sending by a stopped worker from the Sent list, without sending it again', async () => {
    const w = await queueWorld([
      gmailPage(
        (o) => (o.resume ? { outcome: 'unknown', reason: 'no record' } : sent()),
        () => 'yes',
      ),
    ]);
    await w.add('q1', '2026-11-24T14:59:00.000Z', '2026-11-24T14:00:00.000Z');
    const deps = w.at(INSIDE);
    await deps.queue.transition(
      'q1',
      { from: ['pending'], to: 'sending', patch: { sendingSince: INSIDE } },
      new Date(INSIDE),
    );
    await w.at('2026-11-24T15:01:00.000Z').queueEngine.pass();
    expect(w.mail.delivered.filter((o) => o.resume === undefined)).toEqual([]);
    expect(w.mail.sentQueries).toEqual([{ subject: 'Re: the launch', recipients: ['jane@acme.com'], since: INSIDE }]);
    expect(await deps.queue.get('q1')).toMatchObject({ status: 'sent' });
    expect((await deps.queue.get('q1'))?.reply).toBeUndefined();
  });

  it('moves a sending entry not found in Sent to needs-attention, keeping the reply', async () => {
    const w = await queueWorld([
      gmailPage(
        (o) => (o.resume ? { outcome: 'unknown', reason: 'no record' } : sent()),
        () => 'no',
      ),
    ]);
    await w.add('q1', '2026-11-24T14:59:00.000Z', '2026-11-24T14:00:00.000Z');
    const deps = w.at(INSIDE);
    await deps.queue.transition(
      'q1',
      { from: ['pending'], to: 'sending', patch: { sendingSince: INSIDE } },
      new Date(INSIDE),
    );
    await w.at('2026-11-24T15:01:00.000Z').queueEngine.pass();
    await w.at('2026-11-24T15:02:00.000Z').queueEngine.pass();
    expect(w.mail.delivered.filter((o) => o.resume === undefined)).toEqual([]);
    expect(await deps.queue.get('q1')).toMatchObject({ status: 'needs-attention', reply: { html: '<p>All set.</p>' } });
    expect(await kindsFor(deps, 'q1')).toEqual(['queued', 'sending', 'needs-attention']);
  });

  it('treats a mail tab closed in the middle of a delivery as maybe sent: never re-sent', async () => {
    const w = await queueWorld([
      gmailPage(
        () => new Error('The message port closed before a response was received.'),
        () => 'no',
      ),
    ]);
    await w.add('q1', '2026-11-24T14:59:00.000Z', '2026-11-24T14:00:00.000Z');
    await w.at(INSIDE).queueEngine.pass();
    await w.at('2026-11-24T16:00:00.000Z').queueEngine.pass();
    expect(w.mail.delivered).toHaveLength(1);
    expect((await w.at(INSIDE).queue.get('q1'))?.status).toBe('needs-attention');
  });

  it('an unknown outcome found in Sent is sent', async () => {
    const w = await queueWorld([
      gmailPage(
        () => ({ outcome: 'unknown', reason: 'no toast' }),
        () => 'yes',
      ),
    ]);
    await w.add('q1', '2026-11-24T14:59:00.000Z', '2026-11-24T14:00:00.000Z');
    await w.at(INSIDE).queueEngine.pass();
    expect((await w.at(INSIDE).queue.get('q1'))?.status).toBe('sent');
    expect(w.mail.delivered).toHaveLength(1);
  });

  it('retries a not-sent delivery with back-off, then asks the user after the last retry', async () => {
    const w = await queueWorld([gmailPage(() => ({ outcome: 'not-sent', reason: 'The compose did not open.' }))]);
    await w.add('q1', '2026-11-24T14:59:00.000Z', '2026-11-24T14:00:00.000Z');
    let now = Date.parse(INSIDE);
    await w.at(new Date(now).toISOString()).queueEngine.pass();
    for (const wait of RETRY_DELAYS_MS) {
      const failed = await w.at(INSIDE).queue.get('q1');
      expect(failed?.status).toBe('failed');
      expect(failed?.retryAt).toBe(new Date(now + wait).toISOString());
      expect(w.signals.wake?.toISOString()).toBe(failed?.retryAt);
      // Not before its time.
      await w.at(new Date(now + wait - 1_000).toISOString()).queueEngine.pass();
      expect((await w.at(INSIDE).queue.get('q1'))?.status).toBe('failed');
      now += wait;
      await w.at(new Date(now).toISOString()).queueEngine.pass();
    }
    expect(w.mail.delivered).toHaveLength(RETRY_DELAYS_MS.length + 1);
    const held = await w.at(INSIDE).queue.get('q1');
    expect(held).toMatchObject({
      status: 'needs-attention',
      attempts: RETRY_DELAYS_MS.length + 1,
      reply: { html: '<p>All set.</p>' },
    });
    expect(held?.problem).toContain('The compose did not open.');
    expect(w.signals.notices.map((n) => n.kind)).toEqual([...RETRY_DELAYS_MS.map(() => 'retrying'), 'needs-attention']);
  });

  it('fails with a retry when no mail tab can be opened', async () => {
    const w = await queueWorld([]);
    w.mail.canOpen = false;
    await w.add('q1', '2026-11-24T14:59:00.000Z', '2026-11-24T14:00:00.000Z');
    await w.at(INSIDE).queueEngine.pass();
    expect(await w.at(INSIDE).queue.get('q1')).toMatchObject({
      status: 'failed',
      attempts: 1,
      problem: 'No mail tab of this account could be opened.',
    });
  });
});

describe('queue engine: a delivery still on its way', () => {
  it('a pass during a running delivery leaves it alone: it ends sent, asked once', async () => {
    let finish: () => void = () => undefined;
    const slow = new Promise<void>((r) => (finish = r));
    const w = await queueWorld([
      gmailPage(
        () => sent(),
        () => 'no',
      ),
    ]);
    const page = w.mail.pages[0];
    if (page === undefined) throw new Error('no page');
    const first = page.deliver;
    let asked = 0;
    w.mail.pages = [
      {
        ...page,
        deliver: (o) => {
          asked += 1;
          return first(o);
        },
      },
    ];
    await w.add('q1', '2026-11-24T14:59:00.000Z', '2026-11-24T14:00:00.000Z');
    const entry = await w.at(INSIDE).queue.get('q1');
    if (entry === null) throw new Error('no entry');
    // Hold the delivery in the tab until the second pass has run.
    const originalWithTab = w.mail.withTab.bind(w.mail);
    w.mail.withTab = async (p, a, m, work) =>
      originalWithTab(p, a, m, async (tab) => {
        await slow;
        return work(tab);
      });
    const delivering = w.at(INSIDE).queueEngine.deliver(entry);
    await new Promise((r) => setTimeout(r, 10));
    w.mail.withTab = originalWithTab;
    await w.at('2026-11-24T15:00:30.000Z').queueEngine.pass();
    finish();
    await delivering;
    expect(asked).toBe(1);
    expect((await w.at(INSIDE).queue.get('q1'))?.status).toBe('sent');
  });
});

describe('queue engine: a long failure reason (issue 13 A1)', () => {
  const list = Array.from({ length: 45 }, (_, i) => `Person ${i} <person.${i}@client-with-a-long-domain.example.com>`);
  const longReason = `the To field holds ${list.join(', ')} instead of ${list.slice(2).join(', ')}`;

  it('stores a short reason without the lists; the entry stays readable, is retried and its ledger events are valid', async () => {
    let attempt = 0;
    const w = await queueWorld([
      gmailPage(() => (++attempt === 1 ? { outcome: 'not-sent', reason: longReason } : sent())),
    ]);
    await w.add('q1', '2026-11-24T14:59:00.000Z', '2026-11-24T14:00:00.000Z');
    await w.at(INSIDE).queueEngine.pass();
    const failed = await w.at(INSIDE).queue.get('q1');
    expect(failed?.status).toBe('failed');
    expect(failed?.problem?.length).toBeLessThanOrEqual(300);
    expect(failed?.problem).not.toContain('@');
    expect(w.signals.notices[0]?.message).not.toContain('@');
    expect((await w.at(INSIDE).queue.list()).invalid).toEqual([]);
    const ledger = await w.at(INSIDE).ledger.list();
    expect(ledger.invalid).toEqual([]);
    expect(ledger.events.map((e) => e.queue?.reason ?? '').join(' ')).not.toContain('@');
    // Retried after its back-off, and delivered.
    await w.at('2026-11-24T15:02:00.000Z').queueEngine.pass();
    expect((await w.at(INSIDE).queue.get('q1'))?.status).toBe('sent');
    expect(w.mail.delivered).toHaveLength(2);
  });
});

describe('queue engine: found by the fault-injection run (issue 13 F21)', () => {
  it('two passes at once move an overdue entry once: one notice, one ledger event', async () => {
    const w = await queueWorld([gmailPage()]);
    await w.add('q1', '2026-11-24T02:00:00.000Z', '2026-11-24T01:00:00.000Z');
    // 03:00Z is Monday 22:00 in New York: outside, so both passes decide to move it.
    await Promise.all([
      w.at('2026-11-24T03:00:00.000Z').queueEngine.pass(),
      w.at('2026-11-24T03:00:00.000Z').queueEngine.pass(),
    ]);
    expect(w.signals.notices.map((n) => n.kind)).toEqual(['moved']);
    const deps = w.at('2026-11-24T03:00:00.000Z');
    expect(await kindsFor(deps, 'q1')).toEqual(['queued', 'moved']);
    expect((await deps.queue.get('q1'))?.revision).toBe(1);
  });

  it('a delivery order says until when the boundary allows it: the end of the client’s window', async () => {
    const w = await queueWorld([gmailPage()]);
    await w.add('q1', '2026-11-24T14:59:00.000Z', '2026-11-24T14:00:00.000Z');
    await w.at(INSIDE).queueEngine.pass();
    // Acme's Tuesday window ends 18:00 in New York (23:00Z).
    expect(w.mail.delivered.map((o) => o.sendBy)).toEqual(['2026-11-24T23:00:00.000Z']);
  });
});
