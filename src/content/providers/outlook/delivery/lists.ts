/**
 * Outlook's Sent Items as a local delivery reads it (research/sent-signals.md §4): the folder is
 * opened in this tab from the navigation pane (no page load), its rows are read from the message
 * list, and the tab goes back to where it was. A row is the message when it carries the subject
 * and a time at or after the delivery's start. A tab that cannot show Sent Items — no folder
 * tree, or a compose open on the page (leaving would put it away) — answers `unknown`, and the
 * worker leaves the reply to the user (DESIGN §5.4).
 */
import type { SentQuery } from '../../../../messaging/tab-protocol.ts';
import { waitFor } from '../../../dom/wait.ts';
import { lookedUp, sentAmong, type Found } from '../../shared/sent-lookup.ts';
import { press } from '../input-events.ts';
import { findRoots } from '../roots.ts';
import {
  FOLDER_ITEM,
  MESSAGE_LIST,
  MESSAGE_ROW,
  OPEN_ITEM_PATH,
  ROW_TIME,
  SENT_ITEMS_NAME,
  SENT_ITEMS_PATH,
} from '../selectors.ts';
import { TIMINGS, type DeliveryTimings } from './timings.ts';

export interface SentRow {
  /** The row's texts: its aria-label's comma-separated parts and its innermost elements' texts. */
  texts: string[];
  /** Times (ms) read from the row's `title`s. */
  times: number[];
}

const MONTH_FIRST = /^en-us\b|^en$/i;

/** `Thu 12/3/2026 2:05 PM` (en-US), `Do 03.12.2026 14:05`, `2026-12-03 14:05` → ms, or null. */
export function parseRowTime(title: string, lang: string): number | null {
  const text = title.replace(/[\u200e\u200f\u202a-\u202e\u00a0\u202f]/g, ' ');
  const time = /(\d{1,2}):(\d{2})(?:\s*([AP])\.?M\.?)?/i.exec(text);
  let day: [number, number, number] | null = null;
  const iso = /(\d{4})-(\d{1,2})-(\d{1,2})/.exec(text);
  const dotted = /(\d{1,2})\.(\d{1,2})\.(\d{4})/.exec(text);
  const slashed = /(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(text);
  if (iso) day = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (dotted) day = [Number(dotted[3]), Number(dotted[2]), Number(dotted[1])];
  else if (slashed) {
    const [a, b] = [Number(slashed[1]), Number(slashed[2])];
    day = MONTH_FIRST.test(lang || 'en-US') ? [Number(slashed[3]), a, b] : [Number(slashed[3]), b, a];
  }
  if (!time || !day) return null;
  let hour = Number(time[1]);
  if (time[3]) hour = (hour % 12) + (time[3].toUpperCase() === 'P' ? 12 : 0);
  const at = new Date(day[0], day[1] - 1, day[2], hour, Number(time[2]));
  return at.getMonth() === day[1] - 1 && at.getDate() === day[2] ? at.getTime() : null;
}

function rowOf(row: Element, lang: string): SentRow {
  const label = row.getAttribute('aria-label') ?? '';
  const leaves = Array.from(row.querySelectorAll('*')).filter((el) => el.childElementCount === 0);
  const texts = [...label.split(','), ...leaves.map((el) => el.textContent ?? '')]
    .map((t) => t.trim())
    .filter((t) => t !== '');
  const times = Array.from(row.querySelectorAll(ROW_TIME), (el) =>
    parseRowTime(el.getAttribute('title') ?? '', lang),
  ).filter((t): t is number => t !== null);
  return { texts, times };
}

/** `yes`: a row with the subject and a time at or after `since` (to the minute Outlook shows). */
export function sentIn(rows: readonly SentRow[], query: SentQuery): Found {
  const subject = query.subject.trim();
  return sentAmong(
    rows,
    query.since,
    (row) => row.texts.includes(subject),
    (row) => row.times,
  );
}

const onSentItems = (doc: Document) => SENT_ITEMS_PATH.test(doc.defaultView?.location.pathname ?? '');

function rowsOf(doc: Document, stale: ReadonlySet<Element>): SentRow[] | null {
  if (!onSentItems(doc)) return null;
  const list = doc.querySelector(MESSAGE_LIST);
  if (!list) return null;
  const rows = Array.from(list.querySelectorAll(MESSAGE_ROW));
  if (rows.some((row) => stale.has(row))) return null; // the old folder's rows: not repainted yet
  const lang = doc.documentElement.lang;
  return rows.map((row) => rowOf(row, lang));
}

function sentItemsControl(doc: Document): HTMLElement | null {
  return (
    Array.from(doc.querySelectorAll<HTMLElement>(FOLDER_ITEM)).find((item) =>
      SENT_ITEMS_NAME.test((item.getAttribute('title') ?? item.textContent ?? '').trim()),
    ) ?? null
  );
}

/**
 * Runs `read` with Sent Items shown in this tab (opened from the folder tree when needed), then
 * goes back to the page the tab showed. Null when Sent Items could not be shown.
 */
export async function withSentItems<T>(
  doc: Document,
  timings: DeliveryTimings,
  read: (rows: () => SentRow[] | null) => Promise<T>,
): Promise<T | null> {
  const view = doc.defaultView;
  if (!view) return null;
  if (onSentItems(doc)) return read(() => rowsOf(doc, new Set()));
  if (findRoots(doc).length > 0) return null; // a compose open here: leaving the folder would put it away
  const control = sentItemsControl(doc);
  if (!control) return null;
  const back = view.location.pathname + view.location.search + view.location.hash;
  const previous =
    Array.from(doc.querySelectorAll<HTMLElement>(FOLDER_ITEM)).find(
      (item) => item.getAttribute('aria-selected') === 'true' && item !== control,
    ) ?? null;
  const stale = new Set(doc.querySelectorAll(MESSAGE_ROW));
  press(control);
  try {
    const shown = await waitFor(doc, () => rowsOf(doc, stale), timings.stepMs);
    if (!shown) return null;
    const live = new Set<Element>();
    return await read(() => rowsOf(doc, live));
  } finally {
    const here = view.location.pathname + view.location.search + view.location.hash;
    // Back the way the user came: their folder again, or — with a message open there — Outlook's
    // own history (its router repaints the message).
    if (here !== back) {
      if (previous && !OPEN_ITEM_PATH.test(back)) press(previous);
      else view.history.back();
    }
  }
}

export async function findSent(doc: Document, query: SentQuery, timings: DeliveryTimings = TIMINGS): Promise<Found> {
  return lookedUp(() => withSentItems(doc, timings, async (rows) => sentIn(rows() ?? [], query)));
}
