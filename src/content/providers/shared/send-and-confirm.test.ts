// @vitest-environment happy-dom
/**
 * The send-and-confirm protocol with fake probes (no provider page): what the tab reports for
 * each thing a provider may show after Send — and that once Send was pressed it never says
 * `not-sent`. Each provider's delivery.test.ts keeps its own signals on its simulated page.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { DeliveryOrder, DeliveryReport, SentQuery } from '../../../messaging/tab-protocol.ts';
import { Deliveries } from '../../delivery/deliveries.ts';
import type { FilledCompose, ProviderAdapter } from '../adapter.ts';
import { discardWith } from './discard.ts';
import { confirmingCompose, sendAndConfirm, type SendProbes } from './send-and-confirm.ts';

/** A compose: its root in the document (or not), its Send control (or none, or one that throws). */
function fakeCompose(over: { open?: boolean; control?: boolean; controlThrows?: boolean } = {}) {
  const root = document.createElement('div');
  document.body.append(root);
  const control = document.createElement('button');
  root.append(control);
  if (over.open === false) root.remove();
  return {
    root,
    control,
    isOpen: () => root.isConnected,
    sendControl: () => {
      if (over.controlThrows) throw new Error('the page changed under the adapter');
      return over.control === false ? null : control;
    },
  };
}

type Probe = SendProbes<string, string>;

interface Script {
  /** What pressing Send does: close the compose (after ms), refuse, nothing, throw. */
  onPress?: { close: number } | { refuse: string } | 'nothing' | 'throw';
  /** A "sent" notice after the close: shown, then its Undo goes after `undoEndsMs`, or Undo is pressed. */
  notice?: { undoEndsMs: number } | 'undone' | 'none';
  undoMs?: number;
  sent?: 'yes' | 'no' | 'unknown' | 'throw';
  holdMs?: number;
}

function fakeProbes(compose: ReturnType<typeof fakeCompose>, script: Script) {
  const log: string[] = [];
  const queries: SentQuery[] = [];
  let shown: string | null = null;
  let undo = false;
  let undone = false;
  let refused: string | null = null;
  const probes: Probe = {
    provider: 'Mailer',
    composeNoun: 'compose window',
    press() {
      log.push('press');
      const on = script.onPress ?? { close: 10 };
      if (on === 'throw') throw new Error('the Send button went away mid-press');
      if (on === 'nothing') return;
      if ('refuse' in on) {
        setTimeout(() => (refused = on.refuse), 10);
        return;
      }
      setTimeout(() => {
        compose.root.remove();
        const notice = script.notice ?? 'none';
        if (notice === 'none') return;
        shown = 'Message sent';
        undo = true;
        if (notice === 'undone') setTimeout(() => (undone = true), 20);
        else setTimeout(() => (undo = false), notice.undoEndsMs);
      }, on.close);
    },
    refusal: () => refused,
    refusalText: (text) => {
      log.push('dismiss');
      return text;
    },
    discard: async () => {
      log.push('discard');
      compose.root.remove();
      return { ok: true };
    },
    notice:
      script.notice === undefined
        ? undefined
        : {
            waitMs: 200,
            undoMs: script.undoMs ?? 1_000,
            arm: () => {
              log.push('arm');
              return {
                closed: () => ({
                  shown: () => shown,
                  undoOffered: () => undo && !undone,
                  undone: () => undone,
                }),
              };
            },
          },
    async lookInSent(query) {
      log.push('look');
      queries.push(query);
      if (script.sent === 'throw') throw new Error('the page navigated away');
      return script.sent ?? 'no';
    },
    holdMs: script.holdMs ?? 0,
    unconfirmed: {
      notInSent: (ms) => `not in Sent within ${Math.round(ms / 1000)} s`,
      sentUnreadable: 'Sent could not be read here',
    },
  };
  return { probes, log, queries };
}

const MESSAGE = { subject: 'Homepage is back', recipients: ['jane@acme.com'] };

async function run(script: Script, timeoutMs = 500, composeOver: Parameters<typeof fakeCompose>[0] = {}) {
  const compose = fakeCompose(composeOver);
  const fake = fakeProbes(compose, script);
  const started = Date.now();
  const report = await sendAndConfirm(compose, MESSAGE, fake.probes, timeoutMs);
  return { report, ...fake, tookMs: Date.now() - started };
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('sendAndConfirm before Send is pressed: not-sent', () => {
  it('is not-sent when the compose closed before Send, in the provider words, and presses nothing', async () => {
    const { report, log } = await run({}, 500, { open: false });
    expect(report).toEqual({ outcome: 'not-sent', reason: 'the compose window closed before Send was pressed' });
    expect(log).toEqual([]);
  });

  it('is not-sent without a Send button, and the compose is taken back', async () => {
    const { report, log } = await run({}, 500, { control: false });
    expect(report).toEqual({ outcome: 'not-sent', reason: 'the Send button was not found' });
    expect(log).toEqual(['discard']);
  });

  it('is not-sent when reading the compose throws before the press', async () => {
    const { report, log } = await run({}, 500, { controlThrows: true });
    expect(report).toEqual({ outcome: 'not-sent', reason: 'the page changed under the adapter' });
    expect(log).toEqual([]);
  });
});

describe('sendAndConfirm once Send was pressed: sent or unknown, never not-sent', () => {
  it('is unknown when pressing Send throws: it may have gone', async () => {
    const { report, log } = await run({ onPress: 'throw' });
    expect(report).toEqual({ outcome: 'unknown', reason: 'the Send button went away mid-press' });
    expect(log).toEqual(['press']);
  });

  it('is unknown when the provider keeps the compose open past the timeout', async () => {
    const { report, tookMs } = await run({ onPress: 'nothing' }, 1_000);
    expect(report).toEqual({ outcome: 'unknown', reason: 'Send was pressed but Mailer kept the compose open for 1 s' });
    expect(tookMs).toBeGreaterThanOrEqual(950);
  });

  it('is unknown when the provider refuses: the refusal is put away, then the compose is taken back', async () => {
    const { report, log } = await run({ onPress: { refuse: 'At least one recipient.' } });
    expect(report).toEqual({ outcome: 'unknown', reason: 'Mailer refused to send it: At least one recipient.' });
    expect(log).toEqual(['press', 'dismiss', 'discard']);
  });

  it('is sent once the notice was seen and its Undo period ended, without a Sent lookup', async () => {
    const { report, log } = await run({ notice: { undoEndsMs: 100 } }, 2_000);
    expect(report).toEqual({ outcome: 'sent', sentAt: expect.any(String) });
    expect(log).toEqual(['arm', 'press']);
  });

  it('is sent when Undo is still offered after the longest Undo period (the message has left)', async () => {
    const { report, log, tookMs } = await run({ notice: { undoEndsMs: 10_000 }, undoMs: 300 }, 2_000);
    expect(report).toMatchObject({ outcome: 'sent' });
    expect(log).toEqual(['arm', 'press']);
    expect(tookMs).toBeGreaterThanOrEqual(300);
  });

  it('is unknown when Undo was pressed in the period', async () => {
    const { report, log } = await run({ notice: 'undone', sent: 'yes' }, 2_000);
    expect(report).toEqual({ outcome: 'unknown', reason: 'Undo was pressed in Mailer after Send' });
    expect(log).toEqual(['arm', 'press']);
  });

  it('asks Sent when the deadline comes before the Undo period could end', async () => {
    const { report, log } = await run({ notice: { undoEndsMs: 10_000 }, undoMs: 5_000, sent: 'yes' }, 400);
    expect(report).toMatchObject({ outcome: 'sent' });
    expect(log).toEqual(['arm', 'press', 'look']);
  });

  it('confirms by Sent when the compose closed without a notice, asking for this subject, these recipients, since the press', async () => {
    const before = new Date().toISOString();
    const { report, log, queries } = await run({ notice: 'none', sent: 'yes' });
    expect(report).toMatchObject({ outcome: 'sent' });
    expect(log).toEqual(['arm', 'press', 'look']);
    expect(queries).toEqual([
      { subject: 'Homepage is back', recipients: ['jane@acme.com'], since: expect.any(String) },
    ]);
    expect(queries[0]!.since >= before).toBe(true);
  });

  it('confirms by Sent alone for a provider without a notice', async () => {
    const { report, log } = await run({ sent: 'yes' });
    expect(report).toMatchObject({ outcome: 'sent' });
    expect(log).toEqual(['press', 'look']);
  });

  it('is unknown when the message is not in Sent', async () => {
    const { report } = await run({ sent: 'no' }, 3_000);
    expect(report).toEqual({ outcome: 'unknown', reason: 'not in Sent within 3 s' });
  });

  it('is unknown when Sent cannot be read, after staying the hold (bounded by the deadline)', async () => {
    const held = await run({ sent: 'unknown', holdMs: 300 }, 2_000);
    expect(held.report).toEqual({ outcome: 'unknown', reason: 'Sent could not be read here' });
    expect(held.tookMs).toBeGreaterThanOrEqual(300);
    const bounded = await run({ sent: 'unknown', holdMs: 10_000 }, 400);
    expect(bounded.report).toEqual({ outcome: 'unknown', reason: 'Sent could not be read here' });
    expect(bounded.tookMs).toBeLessThan(2_000);
  });

  it('is unknown when the page navigates away during the Sent lookup', async () => {
    const { report } = await run({ sent: 'throw' });
    expect(report).toEqual({ outcome: 'unknown', reason: 'the page navigated away' });
  });

  it('never answers not-sent in any of these once Send was pressed', async () => {
    const scripts: Script[] = [
      { onPress: 'throw' },
      { onPress: 'nothing' },
      { onPress: { refuse: 'no' } },
      { notice: 'undone' },
      { notice: 'none', sent: 'no' },
      { sent: 'unknown' },
      { sent: 'throw' },
    ];
    for (const script of scripts) {
      const { report, log } = await run(script, 300);
      expect(log).toContain('press');
      expect(report.outcome).not.toBe('not-sent');
    }
  });
});

describe('what the tab reports (Deliveries over a provider using sendAndConfirm)', () => {
  const order: DeliveryOrder = {
    entryId: 'e1',
    subject: 'Homepage is back',
    reply: { to: ['jane@acme.com'], cc: [], bcc: [], html: '<p>Hi</p>', thread: null },
    accountAddress: 'me@example.com',
  };

  function provider(script: Script): ProviderAdapter {
    return {
      name: 'gmail',
      confirms: { sentNotice: true, sentLookup: true, scheduledCancel: true },
      accountAddress: async () => 'me@example.com',
      openCompose: async () => {
        const compose = fakeCompose();
        const { probes } = fakeProbes(compose, script);
        const filled = confirmingCompose(compose as unknown as FilledCompose['compose'], MESSAGE, probes);
        // The tab allows a minute (CONFIRM_TIMEOUT_MS); half a second is enough for fake probes.
        return { ok: true as const, filled: { ...filled, send: (ms: number) => filled.send(Math.min(ms, 500)) } };
      },
    } as unknown as ProviderAdapter;
  }

  it.each<[string, Script, DeliveryReport['outcome']]>([
    ['a notice and its Undo period over', { notice: { undoEndsMs: 50 } }, 'sent'],
    ['found in Sent', { sent: 'yes' }, 'sent'],
    ['the compose kept open', { onPress: 'nothing' }, 'unknown'],
    ['Sent unreadable', { sent: 'unknown' }, 'unknown'],
    ['pressing threw', { onPress: 'throw' }, 'unknown'],
  ])('%s: the tab answers %s', async (_name, script, outcome) => {
    const report = await new Deliveries(provider(script)).deliver(order);
    expect(report.outcome).toBe(outcome);
  });
});

describe('discardWith', () => {
  const says = { alreadyClosed: 'already closed', noControl: 'no Discard', stayedOpen: 'stayed open' };

  it('presses the control and waits for the compose to go', async () => {
    const compose = fakeCompose();
    const result = await discardWith(
      compose,
      { controlOf: () => compose.control, press: () => compose.root.remove(), says },
      200,
    );
    expect(result).toEqual({ ok: true });
  });

  it('fails, in the provider words, when closed, without a control, left open or on an error', async () => {
    const closed = fakeCompose({ open: false });
    expect(await discardWith(closed, { controlOf: () => closed.control, press: () => {}, says }, 100)).toEqual({
      ok: false,
      reason: 'already closed',
    });
    const open = fakeCompose();
    expect(await discardWith(open, { controlOf: () => null, press: () => {}, says }, 100)).toEqual({
      ok: false,
      reason: 'no Discard',
    });
    expect(await discardWith(open, { controlOf: () => open.control, press: () => {}, says }, 100)).toEqual({
      ok: false,
      reason: 'stayed open',
    });
    const throwing = {
      controlOf: () => open.control,
      press: () => {
        throw new Error('boom');
      },
      says,
    };
    expect(await discardWith(open, throwing, 100)).toEqual({
      ok: false,
      reason: 'discarding stopped on an error: boom',
    });
  });
});
