/**
 * Gmail's Sent and Scheduled lists as a local delivery reads them: is this message in Sent, and
 * Gmail's own "Cancel send" on a scheduled one (it goes back to Drafts). Where the lists are not
 * on the page (live Gmail shows them only in their folders, selectors.ts), Sent answers
 * `unknown` and cancelling fails with a reason: the caller then tells the user how.
 */
import type { ScheduledQuery, SentQuery } from '../../../../messaging/tab-protocol.ts';
import type { ScheduleResult } from '../../adapter.ts';
import { resendGesture } from '../../../guard/resend.ts';
import { waitFor } from '../../../dom/wait.ts';
import { ANY_BUTTON, CANCEL_SEND_LABEL, LIST_ITEM, OPEN_SCHEDULED, SCHEDULED_LIST, SENT_LIST } from '../selectors.ts';
import { plainLabel } from '../send-control.ts';
import { sameAddresses } from './fill.ts';
import { failure, messageOf, TIMINGS, type DeliveryTimings } from './timings.ts';

/** An item's recipients (To, Cc and Bcc), subject and time as the list shows them. */
function itemOf(li: Element): { recipients: string[]; subject: string; time: number; at: number } {
  const recipients = (li.getAttribute('data-to') ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
  return {
    recipients,
    subject: (li.getAttribute('data-subject') ?? '').trim(),
    time: Date.parse(li.getAttribute('data-time') ?? ''),
    at: Date.parse(li.getAttribute('data-at') ?? ''),
  };
}

function itemsOf(doc: Document, list: string): Element[] | null {
  const box = doc.querySelector(list);
  return box ? Array.from(box.querySelectorAll(LIST_ITEM)) : null;
}

/** `yes`: that subject to those recipients, sent at or after `since`; `unknown`: no Sent list here. */
export function sentState(doc: Document, query: SentQuery): 'yes' | 'no' | 'unknown' {
  const items = itemsOf(doc, SENT_LIST);
  if (!items) return 'unknown';
  const since = Date.parse(query.since);
  if (Number.isNaN(since)) return 'unknown';
  const found = items.some((li) => {
    const item = itemOf(li);
    return item.subject === query.subject.trim() && sameAddresses(item.recipients, query.recipients) && item.time >= since;
  });
  return found ? 'yes' : 'no';
}

export function findSent(doc: Document, query: SentQuery): Promise<'yes' | 'no' | 'unknown'> {
  try {
    return Promise.resolve(sentState(doc, query));
  } catch {
    return Promise.resolve('unknown');
  }
}

/** Gmail schedules whole minutes (rounded up), so a due time matches within the minute. */
function scheduledItems(doc: Document, query: ScheduledQuery): Element[] | null {
  const items = itemsOf(doc, SCHEDULED_LIST);
  if (!items) return null;
  const due = Date.parse(query.dueAt);
  return items.filter((li) => {
    const item = itemOf(li);
    return item.subject === query.subject.trim() && sameAddresses(item.recipients, query.recipients) && Math.abs(item.at - due) < 60_000;
  });
}

function cancelSendIn(li: Element): HTMLElement | null {
  return Array.from(li.querySelectorAll<HTMLElement>(ANY_BUTTON)).find((button) => CANCEL_SEND_LABEL.test(plainLabel(button))) ?? null;
}

export async function cancelScheduled(doc: Document, query: ScheduledQuery, timings: DeliveryTimings = TIMINGS): Promise<ScheduleResult> {
  try {
    const matching = scheduledItems(doc, query);
    if (!matching) return failure("Gmail's Scheduled list is not on this page");
    const item = matching[0];
    if (!item) return failure('the message is not in Gmail\'s Scheduled list (already sent or cancelled?)');
    let cancel = cancelSendIn(item);
    if (!cancel) {
      const open = item.querySelector<HTMLElement>(OPEN_SCHEDULED);
      if (!open) return failure('the scheduled message could not be opened');
      resendGesture(open);
      cancel = await waitFor(doc, () => cancelSendIn(item), timings.stepMs);
      if (!cancel) return failure('"Cancel send" did not appear on the scheduled message');
    }
    const before = matching.length;
    resendGesture(cancel);
    const gone = await waitFor(doc, () => (scheduledItems(doc, query)?.length ?? before) < before, timings.closeMs);
    return gone ? { ok: true } : failure('the message stayed in Gmail\'s Scheduled list after "Cancel send"');
  } catch (error) {
    return failure(`cancelling stopped on an error: ${messageOf(error)}`);
  }
}
