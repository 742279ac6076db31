/**
 * The user's actions on one queue entry (options page, DESIGN §5): cancel, re-time, send now,
 * and open in compose. Each is a compare-and-set transition: an entry that changed meanwhile
 * (delivered while the page was open) is refused with what happened, never overwritten.
 */
import { PROVIDERS } from '../../core/providers.ts';
import type { QueueEntry, QueueStatus } from '../../core/queue-types.ts';
import { withoutBody } from '../../core/queue-summary.ts';
import { verdict } from '../../core/verdict.ts';
import type { TriageRecordInput } from '../../core/ledger-types.ts';
import type { HandlerDeps } from './deps.ts';
import { defineHandler } from './define.ts';
import { ok, refused } from '../../messaging/result.ts';

/** Local entries the user may still change: not out, not on its way out. */
const CHANGEABLE: readonly QueueStatus[] = ['pending', 'failed', 'needs-attention'];

const STATE_WORDS: Record<QueueStatus, string> = {
  pending: 'waiting',
  sending: 'being sent right now',
  sent: 'already sent',
  failed: 'waiting for a retry',
  'needs-attention': 'waiting for you',
  cancelled: 'cancelled',
  'handed-off': "held by the provider's scheduler",
};

/**
 * How long an "Open in compose" holds its entry: opening a background tab of the account may take
 * 45 s. A reservation older than this was left by a worker that stopped mid-way; it may be taken again.
 */
export const OPENING_HOLD_MS = 5 * 60_000;

function isBeingOpened(entry: QueueEntry, now: Date): boolean {
  return entry.openingSince !== undefined && now.getTime() - Date.parse(entry.openingSince) < OPENING_HOLD_MS;
}

async function localEntry(id: string, { queue, now }: HandlerDeps): Promise<QueueEntry | string> {
  const entry = await queue.get(id);
  if (entry === null) return 'Refused: there is no such scheduled reply (it may have been removed).';
  if (entry.mode !== 'local')
    return "Refused: this reply is held by the provider's own scheduler; change it in the provider's Scheduled folder.";
  if (!CHANGEABLE.includes(entry.status)) return `Refused: this reply is ${STATE_WORDS[entry.status]}.`;
  if (isBeingOpened(entry, now()))
    return 'Refused: this reply is being opened in a compose window right now; look again in a minute.';
  return entry;
}

/** Where a provider keeps scheduled messages, for cancelling by hand. */
function manualCancel(provider: QueueEntry['provider']): string {
  return PROVIDERS[provider].manualCancel;
}

export const cancelEntry = defineHandler('queue/cancel', {
  failure: 'Could not cancel the scheduled reply',
  run: async (req, deps) => {
    const entry = await deps.queue.get(req.id);
    if (entry === null) return refused('Refused: there is no such scheduled reply (it may have been removed).');
    if (entry.mode === 'provider') {
      if (entry.status !== 'handed-off') return refused(`Refused: this reply is ${STATE_WORDS[entry.status]}.`);
      const query = { subject: entry.subject, recipients: entry.recipients, dueAt: entry.dueAt };
      const ran = await deps.mail.withTab(entry.provider, null, 'none', async (tab) => {
        try {
          const answer = await tab.cancelScheduled(query);
          return answer.ok ? answer.value : null;
        } catch {
          return null;
        }
      });
      const outcome = ran?.value ?? null;
      if (outcome?.done === 'cancelled') {
        const cancelled = await deps.queue.transition(
          entry.id,
          { from: ['handed-off'], to: 'cancelled', reason: "Cancelled in the provider's scheduler." },
          deps.now(),
        );
        await deps.queueEngine.rearm();
        if (cancelled !== null) return ok({ entry: cancelled, done: 'cancelled' as const, message: outcome.message });
      }
      const why =
        ran === null ? `No ${entry.provider === 'gmail' ? 'Gmail' : 'Outlook'} tab is open to cancel it from. ` : '';
      return ok({
        entry,
        done: 'manual' as const,
        message: outcome?.message ?? `${why}${manualCancel(entry.provider)}`,
      });
    }
    const found = await localEntry(entry.id, deps);
    if (typeof found === 'string') return refused(found);
    const cancelled = await deps.queue.transition(
      found.id,
      { from: CHANGEABLE, seen: found, to: 'cancelled', reason: 'Cancelled by you.' },
      deps.now(),
    );
    await deps.queueEngine.rearm();
    if (cancelled === null) return refused('Refused: the reply changed meanwhile; look again.');
    return ok({ entry: cancelled, done: 'cancelled' as const, message: 'Cancelled: the reply will not be sent.' });
  },
});

export const retimeEntry = defineHandler('queue/retime', {
  failure: 'Could not change the time of the scheduled reply',
  run: async (req, deps) => {
    const at = deps.now();
    if (Date.parse(req.dueAt) <= at.getTime()) return refused('Refused: the new time must be in the future.');
    const found = await localEntry(req.id, deps);
    if (typeof found === 'string') return refused(found);
    const dueAt = new Date(req.dueAt).toISOString();
    const moved = await deps.queue.transition(
      found.id,
      {
        from: CHANGEABLE,
        seen: found,
        to: 'pending',
        kind: 'moved',
        patch: { dueAt, firstDueAt: found.firstDueAt ?? found.dueAt, attempts: 0 },
        reason: null,
      },
      at,
    );
    await deps.queueEngine.rearm();
    if (moved === null) return refused('Refused: the reply changed meanwhile; look again.');
    return ok(withoutBody(moved));
  },
});

export const sendNow = defineHandler('queue/send-now', {
  failure: 'Could not send the scheduled reply now',
  run: async (req, deps) => {
    const found = await localEntry(req.id, deps);
    if (typeof found === 'string') return refused(found);
    const at = deps.now();
    const [snapshot, { settings }] = await Promise.all([deps.profiles.snapshot(), deps.settings.get()]);
    const { profiles } = snapshot.effective(at); // public holidays count as time off
    // The boundary itself: a pause is for the user's own composes, not a decision about this reply.
    const boundary = verdict(found.recipients, profiles, { ...settings, pausedUntil: null }, at);
    const outside = boundary.kind === 'outside';
    const triage: TriageRecordInput | null = req.triage;
    if (outside && triage === null)
      return refused('Refused: it is outside the boundary now; answer the triage questions first.');
    const kind = !outside ? 'sent-inside' : triage?.suggestion === 'real-emergency' ? 'sent-emergency' : 'sent-anyway';
    const ready = await deps.queue.transition(
      found.id,
      {
        from: CHANGEABLE,
        seen: found,
        to: 'pending',
        kind,
        triage: outside ? triage : null,
        patch: { dueAt: at.toISOString(), firstDueAt: found.firstDueAt ?? found.dueAt },
        reason: null,
      },
      at,
    );
    if (ready === null) return refused('Refused: the reply changed meanwhile; look again.');
    // Inside: only while the window lasts (a tab that gets to Send later does not send). Outside: the user decided through triage.
    await deps.queueEngine.deliver(ready, boundary.kind === 'inside' ? boundary.until : null);
    await deps.queueEngine.rearm();
    const after = await deps.queue.get(ready.id);
    return ok(withoutBody(after ?? ready));
  },
});

/**
 * Reserve, then open (issue 13 A3): the entry is first moved to `needs-attention` with
 * `openingSince` in one compare-and-set (nothing delivers it from there, and a second press finds
 * it taken); only then is the compose opened. Opened → `cancelled` (the user has it back); not
 * opened → put back as it was. A worker stopped in between leaves it `needs-attention` with its
 * body: the user decides, which is right, since nobody knows whether the compose opened.
 */
export const openInCompose = defineHandler('queue/open-in-compose', {
  failure: 'Could not open the reply in a compose window',
  run: async (req, deps) => {
    const found = await localEntry(req.id, deps);
    if (typeof found === 'string') return refused(found);
    if (found.reply === undefined) return refused('Refused: the reply is no longer in the queue.');
    const at = deps.now();
    const reservedAt = at.toISOString();
    const mine = (e: QueueEntry) => e.openingSince === reservedAt;
    const reserved = await deps.queue.transition(
      found.id,
      {
        from: [found.status],
        to: 'needs-attention',
        seen: found,
        when: (e) => !isBeingOpened(e, at),
        patch: { openingSince: reservedAt },
        reason: 'Being opened in a compose window. If no compose window opened, open it again or send it.',
      },
      at,
    );
    await deps.queueEngine.rearm();
    if (reserved === null)
      return refused('Refused: the reply changed meanwhile (it may be on its way out); look again.');
    const order = { entryId: found.id, subject: found.subject, reply: found.reply };
    const ran = await deps.mail.withTab(found.provider, found.account ?? null, 'visible', async (tab) => {
      try {
        const answer = await tab.openCompose(order);
        return answer.ok ? null : answer.error.message;
      } catch (err) {
        return err instanceof Error ? err.message : 'the mail tab stopped answering';
      }
    });
    const problem = ran === null ? 'no mail tab of this account could be opened' : ran.value;
    if (problem !== null) {
      const back = await deps.queue.transition(
        found.id,
        {
          from: ['needs-attention'],
          to: found.status,
          when: mine,
          kind: found.status === 'pending' ? 'moved' : undefined,
          patch: found.retryAt !== undefined ? { retryAt: found.retryAt } : {},
          clear: ['openingSince'],
          reason: found.problem ?? null,
        },
        deps.now(),
      );
      await deps.queueEngine.rearm();
      const where = back === null ? 'it waits for you in the queue' : 'the reply stays in the queue as it was';
      return refused(`Could not open the compose window (${problem}); ${where}.`);
    }
    const taken = await deps.queue.transition(
      found.id,
      { from: ['needs-attention'], to: 'cancelled', when: mine, reason: 'Opened in a compose window by you.' },
      deps.now(),
    );
    await deps.queueEngine.rearm();
    if (taken === null) {
      return ok({
        message:
          'The reply is open in a compose window of its account, but it also stayed in the queue (it changed meanwhile): look at the queue before you send it.',
      });
    }
    return ok({ message: 'The reply is open in a compose window of its account; it was taken out of the queue.' });
  },
});

/** "It went out" (issue 13 A4): the user found it in Sent. `needs-attention` → `sent`, the body deleted. */
export const settleSent = defineHandler('queue/settle-sent', {
  failure: 'Could not mark the reply as sent',
  run: async (req, deps) => {
    const found = await localEntry(req.id, deps);
    if (typeof found === 'string') return refused(found);
    if (found.status !== 'needs-attention')
      return refused(
        `Refused: this reply is ${STATE_WORDS[found.status]}; only a reply waiting for you can be marked as sent.`,
      );
    const at = deps.now();
    const sent = await deps.queue.transition(
      found.id,
      {
        from: ['needs-attention'],
        seen: found,
        to: 'sent',
        when: (e) => !isBeingOpened(e, at),
        patch: { sentAt: found.sendingSince ?? at.toISOString() },
        reason: 'You said it went out.',
      },
      at,
    );
    await deps.queueEngine.rearm();
    if (sent === null) return refused('Refused: the reply changed meanwhile; look again.');
    return ok(withoutBody(sent));
  },
});
