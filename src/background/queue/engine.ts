/**
 * The local send-later delivery (DESIGN §5): on each alarm or wake-up, every due entry is judged
 * by the catch-up rule (core/queue-machine.ts) and delivered through a mail tab of its account.
 * Safety comes from the store's compare-and-set transitions: an entry is moved to `sending`
 * BEFORE the tab is asked, so a worker stopped mid-way finds it in `sending` and confirms it
 * (Sent list) instead of sending it again; a second pass running at once finds nothing to move.
 */
import type { ClientProfile, Settings } from '../../core/profile.ts';
import { formatWhen, zoneAbbreviation } from '../../core/format.ts';
import { catchUp, nextRetry } from '../../core/queue-machine.ts';
import { storedReason } from '../../core/queue-reason.ts';
import type { QueueEntry } from '../../core/queue-types.ts';
import type { DeliveryOrder, DeliveryReport } from '../../messaging/tab-protocol.ts';
import type { QueueStore } from '../storage/queue-store.ts';
import { isLate } from '../storage/queue-transition.ts';
import type { MailTab, MailTabs, QueueSignals } from './ports.ts';

export interface EngineDeps {
  queue: QueueStore;
  /** The profiles and settings the boundary is judged with, read per pass. */
  boundary: () => Promise<{ profiles: ClientProfile[]; settings: Settings }>;
  mail: MailTabs;
  signals: QueueSignals;
  now: () => Date;
  /** This worker's deliveries on their way (below); one set per worker, shared by its engines. */
  inFlight?: Set<string>;
}

const NO_TAB = 'No mail tab of this account could be opened.';

/**
 * Entries this worker is delivering right now. A `sending` entry NOT in here was left by a
 * worker that stopped (its deliveries died with it) and is confirmed; one in here is still on
 * its way (send-now, or a long delivery while an alarm fires) and must be left alone.
 */
const workerInFlight = new Set<string>();

function order(entry: QueueEntry, resume = false, sendBy: string | null = null): DeliveryOrder | null {
  if (entry.reply === undefined) return null;
  const o: DeliveryOrder = { entryId: entry.id, subject: entry.subject, reply: entry.reply };
  if (sendBy !== null) o.sendBy = sendBy;
  if (entry.accountAddress !== undefined) o.accountAddress = entry.accountAddress;
  if (resume) o.resume = { since: entry.sendingSince ?? entry.updatedAt ?? entry.dueAt, recipients: entry.recipients };
  return o;
}

export function queueEngine(deps: EngineDeps) {
  const { queue, mail, signals, now } = deps;
  const inFlight = deps.inFlight ?? workerInFlight;

  /** An instant as a notification tells it: in the user's zone, on their clock (`Tue 08:00 EST`). */
  async function told(iso: string): Promise<string> {
    const { settings } = await deps.boundary();
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
    return `${formatWhen(iso, zone, settings.clock, now().toISOString())} ${zoneAbbreviation(zone, iso)}`;
  }

  async function needsAttention(entry: QueueEntry, reason: string): Promise<void> {
    const held = await queue.transition(
      entry.id,
      { from: ['sending', 'pending', 'failed'], seen: entry, to: 'needs-attention', reason },
      now(),
    );
    if (held !== null)
      await signals.notify(
        `queue:${entry.id}:attention`,
        'needs-attention',
        'A scheduled reply needs you',
        `"${entry.subject}": ${reason}`,
      );
  }

  async function markSent(entry: QueueEntry, sentAt: string): Promise<void> {
    const sent = await queue.transition(
      entry.id,
      { from: ['sending'], seen: entry, to: 'sent', patch: { sentAt }, reason: null },
      now(),
    );
    if (sent !== null && isLate(sent)) {
      await signals.notify(
        `queue:${entry.id}:late`,
        'late',
        'A scheduled reply went out late',
        `"${entry.subject}" was delivered at ${await told(sentAt)}, after its due time.`,
      );
    }
  }

  /** After Send may have been pressed: confirmed in Sent, or the user decides. Never sent again (§5.4). */
  async function confirmOrHold(entry: QueueEntry, tab: MailTab | null, why: string): Promise<void> {
    const since = entry.sendingSince ?? entry.updatedAt ?? entry.dueAt;
    const ask = async (t: MailTab) => {
      try {
        const answer = await t.findSent({ subject: entry.subject, recipients: entry.recipients, since });
        return answer.ok ? answer.value.found : 'unknown';
      } catch {
        return 'unknown' as const;
      }
    };
    const found =
      tab !== null
        ? await ask(tab)
        : ((await mail.withTab(entry.provider, entry.account ?? null, 'background', ask))?.value ?? 'unknown');
    if (found === 'yes') await markSent(entry, now().toISOString());
    else
      await needsAttention(
        entry,
        `It may or may not have gone out (${why}); check your Sent folder before sending it again.`,
      );
  }

  async function failOrHold(entry: QueueEntry, reason: string): Promise<void> {
    const attempts = (entry.attempts ?? 0) + 1;
    const at = now();
    const retry = nextRetry(attempts, at);
    if (retry === null) {
      const held = await queue.transition(
        entry.id,
        {
          from: ['sending'],
          seen: entry,
          to: 'needs-attention',
          patch: { attempts },
          reason: `Not sent after ${attempts} attempts: ${reason}`,
        },
        at,
      );
      if (held !== null)
        await signals.notify(
          `queue:${entry.id}:attention`,
          'needs-attention',
          'A scheduled reply needs you',
          `"${entry.subject}" could not be sent: ${reason}`,
        );
      return;
    }
    const failed = await queue.transition(
      entry.id,
      { from: ['sending'], seen: entry, to: 'failed', patch: { attempts, retryAt: retry.toISOString() }, reason },
      at,
    );
    if (failed !== null)
      await signals.notify(
        `queue:${entry.id}:retry`,
        'retrying',
        'A scheduled reply was not sent yet',
        `"${entry.subject}": ${reason} Red Cup tries again at ${await told(retry.toISOString())}.`,
      );
  }

  async function onReport(entry: QueueEntry, tab: MailTab, report: DeliveryReport): Promise<void> {
    if (report.outcome === 'sent') await markSent(entry, report.sentAt);
    // The page's words may quote what it saw (recipient lists, the subject): short and scrubbed before they are told or stored.
    else if (report.outcome === 'not-sent') await failOrHold(entry, storedReason(report.reason, entry));
    else await confirmOrHold(entry, tab, storedReason(report.reason, entry));
  }

  /**
   * pending → sending (first, in its own transaction) → the tab → sent / failed / needs-attention.
   * `sendBy`: the boundary allows it only until then; the tab does not press Send after it.
   */
  async function deliver(entry: QueueEntry, sendBy: string | null = null): Promise<void> {
    const sending = await queue.transition(
      entry.id,
      { from: ['pending'], seen: entry, to: 'sending', patch: { sendingSince: now().toISOString() } },
      now(),
    );
    if (sending === null) return; // another pass took it, or the user cancelled it
    inFlight.add(sending.id);
    try {
      await deliverSending(sending, sendBy);
    } finally {
      inFlight.delete(sending.id);
    }
  }

  async function deliverSending(sending: QueueEntry, sendBy: string | null): Promise<void> {
    const o = order(sending, false, sendBy);
    if (o === null) return needsAttention(sending, 'The reply is missing from the queue.');
    type Step = { tab: MailTab; report: DeliveryReport | null; error: string | null };
    const ran = await mail.withTab<Step>(sending.provider, sending.account ?? null, 'background', async (tab) => {
      try {
        const answer = await tab.deliver(o);
        return answer.ok
          ? { tab, report: answer.value, error: null }
          : { tab, report: null, error: answer.error.message };
      } catch (err) {
        return { tab, report: null, error: err instanceof Error ? err.message : 'the mail tab stopped answering' };
      }
    });
    if (ran === null) return failOrHold(sending, NO_TAB);
    const { tab, report, error } = ran.value;
    // An error after the order was handed over (the tab closed, the page failed) may be after Send: treat as unknown.
    if (report === null)
      return confirmOrHold(sending, null, storedReason(error ?? 'the mail tab stopped answering', sending));
    return onReport(sending, tab, report);
  }

  /** An entry left in `sending` by a stopped worker: ask the tab what it knows, never send again. */
  async function resolveSending(entry: QueueEntry): Promise<void> {
    const o = order(entry, true);
    const ran =
      o === null
        ? null
        : await mail.withTab(entry.provider, entry.account ?? null, 'background', async (tab) => {
            try {
              const answer = await tab.deliver(o);
              return answer.ok ? answer.value : null;
            } catch {
              return null;
            }
          });
    const report = ran?.value ?? null;
    if (report?.outcome === 'sent') return markSent(entry, report.sentAt);
    if (report?.outcome === 'not-sent') return failOrHold(entry, storedReason(report.reason, entry));
    return confirmOrHold(entry, null, 'the worker was stopped during the delivery');
  }

  async function judge(entry: QueueEntry, profiles: ClientProfile[], settings: Settings): Promise<void> {
    const at = now();
    let current: QueueEntry | null = entry;
    if (entry.status === 'failed') {
      if (entry.retryAt !== undefined && Date.parse(entry.retryAt) > at.getTime()) return;
      current = await queue.transition(
        entry.id,
        { from: ['failed'], seen: entry, to: 'pending', kind: 'retrying' },
        at,
      );
      if (current === null) return;
    }
    const decision = catchUp(current, profiles, settings, at);
    if (decision.action === 'wait') return;
    if (decision.action === 'deliver') return deliver(current, decision.until);
    if (decision.action === 'move') {
      const moved = await queue.transition(
        current.id,
        {
          from: ['pending'],
          seen: current,
          to: 'pending',
          kind: 'moved',
          patch: { dueAt: decision.to, firstDueAt: current.firstDueAt ?? current.dueAt },
          reason: 'Overdue while outside the boundary: moved to the next window.',
        },
        at,
      );
      if (moved !== null)
        await signals.notify(
          `queue:${current.id}:moved`,
          'moved',
          'A scheduled reply was moved',
          `"${current.subject}" was due while outside working hours; it goes out at ${await told(decision.to)}.`,
        );
      return;
    }
    const why =
      decision.why === 'too-late'
        ? 'More than two days late: it waits for you to decide.'
        : 'No window to send it in within a year: it waits for you to decide.';
    return needsAttention(current, why);
  }

  /** A reply that waited for the user 14 days: its body goes (DESIGN §7), the entry stays to be settled, and the user is told. */
  async function dropBody(entry: QueueEntry): Promise<void> {
    const at = now();
    const dropped = await queue.transition(
      entry.id,
      {
        from: ['needs-attention'],
        to: 'needs-attention',
        clear: ['reply', 'openingSince'],
        seen: entry,
        reason:
          'Its text was deleted after 14 days waiting for you: Red Cup keeps a reply only until it is settled. Check your Sent folder; if it did not go out, write it again.',
      },
      at,
    );
    if (dropped !== null) {
      await signals.notify(
        `queue:${entry.id}:body-deleted`,
        'body-deleted',
        'A held reply’s text was deleted',
        `"${entry.subject}" waited 14 days for you, so Red Cup deleted its text. Check your Sent folder; if it did not go out, write it again.`,
      );
    }
  }

  /** Re-arms the alarms and the badge from what is stored now. */
  async function rearm(): Promise<void> {
    const { wakeAt, active } = await queue.work(now());
    // Anything already due (a pass is running or about to) is covered by the safety alarm.
    await signals.wakeAt(wakeAt);
    await signals.safety(active);
    await signals.badge(await queue.countWaiting(now()));
  }

  /** One pass: stuck deliveries first, then every due entry, one at a time (one mail tab at a time). */
  async function pass(): Promise<void> {
    try {
      const { sending, due, expired } = await queue.work(now());
      for (const e of sending) if (!inFlight.has(e.id)) await resolveSending(e);
      for (const e of expired) await dropBody(e);
      if (due.length > 0) {
        const { profiles, settings } = await deps.boundary();
        for (const e of due) await judge(e, profiles, settings);
      }
    } finally {
      await rearm();
    }
  }

  return { pass, rearm, deliver, resolveSending };
}

export type QueueEngine = ReturnType<typeof queueEngine>;
