/**
 * Drives Gmail's own Schedule send for one instant (DESIGN §5.1, research/gmail-dom.md "Send
 * and Schedule send"): the arrow beside Send → "Schedule send" → "Pick date & time" → the date
 * and time inputs → "Schedule send". Every press is a coordinate-correct gesture (pointer.ts),
 * every step waits a bounded time for the next element (wait.ts), and on any failure each menu
 * and dialog it made appear is closed again, leaving the compose open with its text intact.
 * One scheduling runs at a time on a page: Gmail's menus and dialogs are page-wide.
 */
import type { ScheduleResult } from '../adapter.ts';
import { pageLocales } from './locales.ts';
import { readableText } from './message-text.ts';
import { recognisePicker, type PickerFormat } from './picker-format.ts';
import { pressKey, setFieldValue } from '../../dom/synthetic.ts';
import { isShown, pressAt } from './pointer.ts';
import {
  ALERT,
  ALERT_DIALOG,
  ANY_BUTTON,
  CANCEL_LABEL,
  DIALOG,
  DISMISS_LABEL,
  MENU,
  MENU_ITEM,
  PICK_DATE_TIME,
  PICK_DATE_TIME_LABEL,
  PLAIN_BUTTON,
  SCHEDULE_ITEM,
  TEXT_INPUT,
} from './selectors.ts';
import { plainLabel, sendOptionsOf } from './send-control.ts';
import { waitFor } from '../../dom/wait.ts';

export interface ScheduleTarget {
  readonly root: HTMLElement;
  isOpen(): boolean;
}

export interface ScheduleTimings {
  /** How long each menu or dialog may take to appear. */
  stepMs: number;
  /** How long Gmail may take to take the message after the last press. */
  resultMs: number;
  /** How long a menu or dialog may take to close when dismissed. */
  closeMs: number;
}

const TIMINGS: ScheduleTimings = { stepMs: 3_000, resultMs: 5_000, closeMs: 600 };

const fail = (reason: string): ScheduleResult => ({ ok: false, reason });

/**
 * The minute Gmail is asked for: it takes whole minutes, and a reply must never go out before
 * the moment it was held for, so seconds round up. Null for a text that is not an instant.
 */
export function scheduledMinute(at: string): Date | null {
  const ms = Date.parse(at);
  return Number.isNaN(ms) ? null : new Date(Math.ceil(ms / 60_000) * 60_000);
}

/** Types into a picker's field as the user would: focus it, then set its value (dom/synthetic.ts). */
export function typeInto(input: HTMLInputElement, value: string): boolean {
  input.focus();
  return setFieldValue(input, value);
}

/** A dialog that is not the compose itself (Gmail's compose is a `[role=dialog]` too). */
function foreignDialogs(doc: Document, root: HTMLElement): HTMLElement[] {
  return Array.from(doc.querySelectorAll<HTMLElement>(DIALOG)).filter(
    (d) => isShown(d) && !d.contains(root) && !root.contains(d),
  );
}

function pickRow(doc: Document, root: HTMLElement): HTMLElement | null {
  const classed = Array.from(doc.querySelectorAll(PICK_DATE_TIME)).find(isShown);
  if (classed) return classed;
  for (const dialog of foreignDialogs(doc, root)) {
    const item = Array.from(dialog.querySelectorAll(MENU_ITEM)).find(
      (el) => isShown(el) && PICK_DATE_TIME_LABEL.test(plainLabel(el)),
    );
    if (item instanceof HTMLElement) return item;
  }
  return null;
}

interface Picker {
  dialog: HTMLElement;
  date: HTMLInputElement;
  time: HTMLInputElement;
  format: PickerFormat;
}

/** The "Pick date & time" dialog: the one whose text inputs hold a date and a time. */
function findPicker(doc: Document, root: HTMLElement, locales: readonly string[]): Picker | null {
  for (const dialog of foreignDialogs(doc, root)) {
    const inputs = Array.from(dialog.querySelectorAll<HTMLInputElement>(TEXT_INPUT)).filter(isShown);
    const found = recognisePicker(
      inputs.map((input) => input.value),
      locales,
    );
    if (found) return { dialog, date: inputs[found.date]!, time: inputs[found.time]!, format: found.format };
  }
  return null;
}

/** The dialog's confirm button: its last enabled button that is not Cancel ("Schedule send"). */
function confirmButton(dialog: HTMLElement): HTMLElement | null {
  const buttons = Array.from(dialog.querySelectorAll<HTMLElement>(PLAIN_BUTTON)).filter(
    (b) =>
      isShown(b) &&
      !b.hasAttribute('disabled') &&
      b.getAttribute('aria-disabled') !== 'true' &&
      !CANCEL_LABEL.test(plainLabel(b)),
  );
  return buttons[buttons.length - 1] ?? null;
}

/** What Gmail says instead of scheduling: an alert dialog, or an error inside the picker. */
function refusal(doc: Document, picker: HTMLElement, opened: Element[]): string | null {
  const alert = Array.from(doc.querySelectorAll(ALERT_DIALOG)).find(isShown);
  if (alert) {
    if (!opened.includes(alert)) opened.push(alert);
    return oneLine(alert) || 'an error dialog';
  }
  if (!isShown(picker)) return null;
  const error = Array.from(picker.querySelectorAll(ALERT)).find((el) => oneLine(el) !== '');
  return error ? oneLine(error) : null;
}

const oneLine = (el: Element) => readableText(el, 'button').replace(/\s*\n+\s*/g, ' ');

/** Closes what the scheduling opened, newest first: Escape, then a Cancel/Close control. */
async function closeOpened(opened: readonly Element[], timings: ScheduleTimings): Promise<void> {
  for (const el of [...opened].reverse()) {
    if (!isShown(el)) continue;
    const doc = el.ownerDocument;
    pressKey(el, 'Escape');
    if (await waitFor(doc, () => !isShown(el), timings.closeMs)) continue;
    if (el.matches(MENU)) {
      // Closure menus also close on a mousedown anywhere else.
      doc.body.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, cancelable: true, view: doc.defaultView }));
    } else {
      const dismiss = Array.from(el.querySelectorAll(ANY_BUTTON)).find(
        (b) => isShown(b) && DISMISS_LABEL.test(plainLabel(b)),
      );
      if (dismiss) pressAt(dismiss);
    }
    await waitFor(doc, () => !isShown(el), timings.closeMs);
  }
}

async function run(
  compose: ScheduleTarget,
  when: Date,
  opened: Element[],
  timings: ScheduleTimings,
): Promise<ScheduleResult> {
  const { root } = compose;
  const doc = root.ownerDocument;
  const step = <T>(probe: () => T | null | undefined | false) => waitFor(doc, probe, timings.stepMs);

  const arrow = sendOptionsOf(root);
  if (!arrow) return fail('the "More send options" arrow beside Send was not found');
  if (!pressAt(arrow)) return fail('the "More send options" arrow is hidden or covered');

  const item = await step(() => Array.from(doc.querySelectorAll(SCHEDULE_ITEM)).find(isShown));
  opened.push(...Array.from(doc.querySelectorAll(MENU)).filter((menu) => isShown(menu) && !root.contains(menu)));
  if (!item) return fail('the "Schedule send" menu item did not appear');
  if (!pressAt(item)) return fail('the "Schedule send" menu item is covered');

  const pick = await step(() => pickRow(doc, root));
  if (!pick) return fail('the Schedule send dialog did not open');
  opened.push(pick.closest(DIALOG) ?? pick);
  if (!pressAt(pick)) return fail('"Pick date & time" is covered');

  // Every dialog that appears from here on is the scheduler's: registered the moment it shows,
  // before its fields are read, so that one whose fields are not recognised is closed too.
  const locales = pageLocales(doc);
  const picker = await step(() => {
    for (const dialog of foreignDialogs(doc, root)) if (!opened.includes(dialog)) opened.push(dialog);
    return findPicker(doc, root, locales);
  });
  if (!picker) {
    const appeared = opened.some((el) => isShown(el) && el.matches(DIALOG) && !el.contains(pick));
    return fail(
      appeared ? 'the "Pick date & time" fields were not recognised' : 'the "Pick date & time" dialog did not open',
    );
  }

  const date = picker.format.date(when);
  const time = picker.format.time(when);
  if (!typeInto(picker.date, date) || !typeInto(picker.time, time))
    return fail(`the date and time (${date}, ${time}) could not be entered`);
  picker.time.blur();
  const confirm = confirmButton(picker.dialog);
  if (!confirm) return fail('the "Schedule send" button of the date dialog was not found');
  if (!pressAt(confirm)) return fail('the "Schedule send" button is covered');

  const outcome = await waitFor(
    doc,
    () => (compose.isOpen() ? refusal(doc, picker.dialog, opened) : { done: true }),
    timings.resultMs,
  );
  if (outcome && typeof outcome === 'object') return { ok: true };
  return fail(
    outcome ? `Gmail did not schedule it: ${outcome}` : `Gmail did not take the message for ${date}, ${time}`,
  );
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Schedules the compose for `at` (UTC ISO) with Gmail's own scheduler, after any scheduling
 * already running on this page. Never rejects; resolves `{ ok: false, reason }` on failure.
 */
export function scheduleSend(
  compose: ScheduleTarget,
  at: string,
  timings: ScheduleTimings = TIMINGS,
): Promise<ScheduleResult> {
  const result = queue.then(async (): Promise<ScheduleResult> => {
    const when = scheduledMinute(at);
    if (!when) return fail(`"${at}" is not a time`);
    if (when.getTime() <= Date.now()) return fail('the time to send at has already passed');
    if (!compose.isOpen()) return fail('the compose window is closed');
    const opened: Element[] = [];
    let outcome: ScheduleResult;
    try {
      outcome = await run(compose, when, opened, timings);
    } catch (error) {
      outcome = fail(`scheduling stopped on an error: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (!outcome.ok) await closeOpened(opened, timings).catch(() => undefined);
    return outcome;
  });
  queue = result.catch(() => undefined);
  return result;
}
