/** The pure pieces of Outlook's Schedule send → Custom time: what to type, and where. */
import { firstMatch } from './query.ts';
import { DATE_INPUT, DATE_SHAPE, DIALOG_INPUTS, TIME_INPUT, TIME_SHAPE } from './selectors.ts';

const MINUTE = 60_000;
/** How far past an instant a readable wall time is looked for (a fall-back hour is 60 minutes). */
const SEARCH_MINUTES = 180;

function readsBack(d: Date): boolean {
  return new Date(d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes()).getTime() === d.getTime();
}

/**
 * What the Custom time fields must say for the instant `at` (UTC ISO): `11/24/2026` and
 * `8:05 AM`, in the device's zone (Outlook's pickers use it), rounded up to the minute. A wall
 * time that Outlook would read as an earlier instant (the repeated hour when clocks go back) is
 * moved to the first minute after it that reads back exactly: never earlier than asked.
 */
export function pickerValues(at: string): { date: string; time: string } | null {
  const parsed = Date.parse(at);
  if (Number.isNaN(parsed)) return null;
  let ms = Math.ceil(parsed / MINUTE) * MINUTE;
  for (let i = 0; i <= SEARCH_MINUTES; i += 1, ms += MINUTE) {
    const d = new Date(ms);
    if (!readsBack(d)) continue;
    const hour = d.getHours() % 12 === 0 ? 12 : d.getHours() % 12;
    return {
      date: `${d.getMonth() + 1}/${d.getDate()}/${d.getFullYear()}`,
      time: `${hour}:${String(d.getMinutes()).padStart(2, '0')} ${d.getHours() < 12 ? 'AM' : 'PM'}`,
    };
  }
  return null;
}

/** The Date and Time fields of the Custom time view: by component and label, else by the shape of their text. */
export function findPickerInputs(dialog: Element): { date: HTMLInputElement; time: HTMLInputElement } | null {
  const inputs = [...dialog.querySelectorAll<HTMLInputElement>(DIALOG_INPUTS)];
  const date =
    firstMatch<HTMLInputElement>(dialog, DATE_INPUT) ?? inputs.find((i) => DATE_SHAPE.test(i.value.trim())) ?? null;
  const time =
    firstMatch<HTMLInputElement>(dialog, TIME_INPUT) ??
    inputs.find((i) => i !== date && TIME_SHAPE.test(i.value.trim())) ??
    null;
  return date && time && date !== time ? { date, time } : null;
}
