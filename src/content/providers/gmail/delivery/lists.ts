/**
 * Gmail's Sent and Scheduled folders as a local delivery reads them (research/sent-signals.md
 * §1b): a search for the subject in that folder, opened in this tab by the URL's hash, its rows
 * read from [role=main] only (Gmail keeps older lists' rows outside main), then the tab is put
 * back where it was. A tab that cannot show the search — the pop-out compose window, or a page
 * where the user's own inline reply is open (leaving the thread would close it) — answers
 * `unknown`, and the worker leaves the reply to the user (DESIGN §5.4).
 */
import type { ScheduledQuery, SentQuery } from '../../../../messaging/tab-protocol.ts';
import type { ScheduleResult } from '../../adapter.ts';
import { clickGesture } from '../../../dom/synthetic.ts';
import { waitFor } from '../../../dom/wait.ts';
import { lookedUp, sentAmong, type Found } from '../../shared/sent-lookup.ts';
import { pageLocales } from '../locales.ts';
import { parseMessageTime } from '../message-time.ts';
import { findComposeRoots, isStandalone, kindOf } from '../roots.ts';
import {
  ANY_BUTTON,
  CANCEL_SEND_LABEL,
  LIST_ROWS,
  MAIN,
  ROW_DATE,
  ROW_PEOPLE,
  ROW_SUBJECT,
  SEARCH_RESULTS,
  searchHash,
} from '../selectors.ts';
import { plainLabel } from '../send-control.ts';
import { addressKey } from './fill.ts';
import { failure, messageOf, TIMINGS, type DeliveryTimings } from './timings.ts';

/** One row of a list as Gmail shows it. */
export interface ListRow {
  el: HTMLElement;
  subject: string;
  /** The addresses the row names (Sent: the To and Cc people), lower-cased. */
  people: string[];
  /** The row's date (ms), or null when its title could not be read. */
  time: number | null;
}

function rowOf(el: HTMLElement, locales: readonly string[]): ListRow {
  const title = el.querySelector(ROW_DATE)?.getAttribute('title') ?? '';
  const at = title ? parseMessageTime(title, locales) : null;
  return {
    el,
    subject: (el.querySelector(ROW_SUBJECT)?.textContent ?? '').trim(),
    people: Array.from(el.querySelectorAll(ROW_PEOPLE), (span) => addressKey(span.getAttribute('email') ?? '')).filter(
      (a) => a !== '',
    ),
    time: at === null ? null : Date.parse(at),
  };
}

/**
 * The rows of the search `query` once [role=main] shows its results, else null. `stale`: the
 * results elements and queries there before the search was asked for — a list painted earlier
 * for the same query is not the answer (Gmail repaints main a moment after the hash changes).
 */
function resultsOf(doc: Document, query: string, stale: ReadonlyMap<Element, string | null>): ListRow[] | null {
  const painted = Array.from(doc.querySelectorAll(SEARCH_RESULTS)).some(
    (el) => el.getAttribute('data-query') === query && stale.get(el) !== query,
  );
  if (!painted) return null;
  const locales = pageLocales(doc);
  return Array.from(doc.querySelectorAll<HTMLElement>(LIST_ROWS), (el) => rowOf(el, locales));
}

/** Every person the row names is a recipient (Gmail leaves Bcc out of the list), and it names one. */
function namesRecipients(row: ListRow, recipients: readonly string[]): boolean {
  const wanted = new Set(recipients.map(addressKey));
  return row.people.length > 0 && row.people.every((person) => wanted.has(person));
}

/** Why this tab cannot open a search, or null when it can. */
function cannotSearch(doc: Document): string | null {
  if (isStandalone(doc) || doc.querySelector(MAIN) === null) return 'this Gmail window shows no mail lists';
  if (findComposeRoots(doc).some((root) => kindOf(root) === 'inline')) return 'a reply is open in this Gmail tab';
  return null;
}

/**
 * Runs `read` on the search in `folder` for `subject`, opened in this tab, and puts the tab back
 * on the page it showed. Null when the search could not be shown.
 */
export async function withSearch<T>(
  doc: Document,
  folder: 'sent' | 'scheduled',
  subject: string,
  timings: DeliveryTimings,
  read: (rows: () => ListRow[] | null) => Promise<T>,
): Promise<T | null> {
  if (cannotSearch(doc)) return null;
  const { hash, query } = searchHash(folder, subject);
  const location = doc.defaultView?.location;
  if (!location) return null;
  const back = location.hash;
  const stale = new Map(
    Array.from(doc.querySelectorAll(SEARCH_RESULTS), (el) => [el, el.getAttribute('data-query')] as const),
  );
  try {
    location.hash = hash === back ? '#inbox' : hash;
    if (hash === back) location.hash = hash; // asked again: a fresh search, not the list on show
    const shown = await waitFor(doc, () => resultsOf(doc, query, stale), timings.stepMs);
    if (!shown) return null;
    return await read(() => resultsOf(doc, query, stale));
  } finally {
    if (location.hash !== back) location.hash = back || '#inbox';
  }
}

/** `yes`: that subject to those recipients, sent at or after `since` (to the minute Gmail shows). */
export function sentIn(rows: readonly ListRow[], query: SentQuery): Found {
  return sentAmong(
    rows,
    query.since,
    (row) => row.subject === query.subject.trim() && namesRecipients(row, query.recipients),
    (row) => (row.time === null ? [] : [row.time]),
  );
}

/**
 * Is the message in Sent? A message sent less than Gmail's longest Undo Send period ago may
 * still be held by Google (it goes out even if its tab was closed): until that period is over,
 * "not in Sent" is waited on, not answered.
 */
export async function findSent(doc: Document, query: SentQuery, timings: DeliveryTimings = TIMINGS): Promise<Found> {
  return lookedUp(() => {
    const heldUntil = Date.parse(query.since) + timings.undoMs;
    return withSearch(doc, 'sent', query.subject, timings, async (rows) => {
      const now = sentIn(rows() ?? [], query);
      const wait = Math.min(heldUntil - Date.now(), timings.undoMs);
      if (now !== 'no' || !(wait > 0)) return now;
      return (await waitFor(doc, () => sentIn(rows() ?? [], query) === 'yes', wait)) ? 'yes' : 'no';
    });
  });
}

/** Gmail schedules whole minutes (rounded up), so a due time matches within the minute. */
function scheduledRows(rows: readonly ListRow[], query: ScheduledQuery): ListRow[] {
  const due = Date.parse(query.dueAt);
  return rows.filter(
    (row) =>
      row.subject === query.subject.trim() &&
      namesRecipients(row, query.recipients) &&
      row.time !== null &&
      Math.abs(row.time - due) < 60_000,
  );
}

function cancelSendIn(doc: Document): HTMLElement | null {
  const main = doc.querySelector(MAIN);
  return main
    ? (Array.from(main.querySelectorAll<HTMLElement>(ANY_BUTTON)).find((button) =>
        CANCEL_SEND_LABEL.test(plainLabel(button)),
      ) ?? null)
    : null;
}

type Cancel = { ok: true; before: number } | { ok: false; reason: string };

export async function cancelScheduled(
  doc: Document,
  query: ScheduledQuery,
  timings: DeliveryTimings = TIMINGS,
): Promise<ScheduleResult> {
  try {
    const pressed = await withSearch<Cancel>(doc, 'scheduled', query.subject, timings, async (rows) => {
      const matching = scheduledRows(rows() ?? [], query);
      const row = matching[0];
      if (!row) return failure("the message is not in Gmail's Scheduled list (already sent or cancelled?)");
      clickGesture(row.el);
      const cancel = await waitFor(doc, () => cancelSendIn(doc), timings.stepMs);
      if (!cancel) return failure('"Cancel send" did not appear on the scheduled message');
      clickGesture(cancel);
      const done = await waitFor(doc, () => !cancel.isConnected, timings.closeMs);
      return done ? { ok: true, before: matching.length } : failure('"Cancel send" did not take');
    });
    if (pressed === null) return failure("Gmail's Scheduled list could not be opened in this tab");
    if (!pressed.ok) return pressed;
    // Look again: the message must have left Scheduled.
    const left = await withSearch(doc, 'scheduled', query.subject, timings, async (rows) =>
      waitFor(doc, () => scheduledRows(rows() ?? [], query).length < pressed.before, timings.closeMs),
    );
    return left ? { ok: true } : failure('the message stayed in Gmail\'s Scheduled list after "Cancel send"');
  } catch (error) {
    return failure(`cancelling stopped on an error: ${messageOf(error)}`);
  }
}
