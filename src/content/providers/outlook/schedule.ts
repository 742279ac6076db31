/**
 * Drives Outlook's own Schedule send for an instant (DESIGN §5.1, provider mode): the Send split
 * button's menu → "Schedule send" → "Custom time" → date and time → Send. Outlook's pickers use
 * the device's zone, so the instant is written in it (picker.ts). Every step waits a bounded
 * time; on failure the menu or dialog this opened is closed again and the compose is left as
 * it was (nothing in it is touched), so the caller can fall back to local delivery.
 */
import type { ScheduleResult } from '../adapter.ts';
import { waitFor } from '../../dom/wait.ts';
import { pressKey } from '../../dom/synthetic.ts';
import { press, typeAndLeave } from './input-events.ts';
import { findPickerInputs, pickerValues } from './picker.ts';
import { byText, firstMatch } from './query.ts';
import {
  ALERT,
  CUSTOM_TIME_TEXT,
  DIALOG,
  DIALOG_BUTTONS,
  DIALOG_CANCEL_TEXT,
  DIALOG_SEND_TEXT,
  MENU,
  MENU_ITEM,
  SCHEDULE_ITEM_TEXT,
  SEND_MENU_BUTTON,
} from './selectors.ts';

/** Each step's bound: Outlook renders a menu or a dialog within a frame or two. */
const STEP_MS = 3_000;
/** Outlook saves the scheduled draft before the compose closes. */
const DONE_MS = 6_000;

/** The first non-empty alert text in `scope` (a field's or the dialog's error), or null. */
function alertText(scope: Element): string | null {
  for (const el of scope.querySelectorAll(ALERT)) {
    const text = el.textContent?.trim();
    if (text) return text;
  }
  return null;
}

export async function scheduleSend(root: HTMLElement, at: string): Promise<ScheduleResult> {
  const doc = root.ownerDocument;
  const values = pickerValues(at);
  if (!values) return { ok: false, reason: `"${at}" is not a time` };
  if (Date.parse(at) <= Date.now()) return { ok: false, reason: 'the time to send at has already passed' };
  if (!root.isConnected) return { ok: false, reason: 'the compose is closed' };
  const menuButton = firstMatch(root, SEND_MENU_BUTTON);
  if (!menuButton) return { ok: false, reason: 'the menu beside Send was not found' };

  // Only what appears from now on is ours to use and to close.
  const before = new Set(doc.querySelectorAll(`${MENU}, ${DIALOG}`));
  const opened = (selector: string) => [...doc.querySelectorAll<HTMLElement>(selector)].filter((el) => !before.has(el));
  const closeOpened = () => {
    for (const dialog of opened(DIALOG)) {
      const cancel = byText(dialog, DIALOG_BUTTONS, DIALOG_CANCEL_TEXT);
      if (cancel) press(cancel);
      if (dialog.isConnected) pressKey(dialog, 'Escape');
    }
    for (const menu of opened(MENU)) pressKey(menu, 'Escape');
  };
  const fail = (reason: string): ScheduleResult => {
    closeOpened();
    return { ok: false, reason };
  };

  try {
    press(menuButton);
    const item = await waitFor(
      doc,
      () =>
        opened(MENU)
          .map((m) => byText(m, [MENU_ITEM], SCHEDULE_ITEM_TEXT))
          .find((i) => i),
      STEP_MS,
    );
    if (!item) return fail('"Schedule send" did not appear in the menu beside Send');
    press(item);

    const custom = await waitFor(
      doc,
      () =>
        opened(DIALOG)
          .map((d) => byText(d, DIALOG_BUTTONS, CUSTOM_TIME_TEXT))
          .find((b) => b),
      STEP_MS,
    );
    if (!custom) return fail('the Schedule send dialog did not offer "Custom time"');
    press(custom);

    const dialog = await waitFor(doc, () => opened(DIALOG).find((d) => findPickerInputs(d)), STEP_MS);
    const fields = dialog ? findPickerInputs(dialog) : null;
    if (!dialog || !fields) return fail('the date and time fields of "Custom time" were not found');
    typeAndLeave(fields.date, values.date);
    typeAndLeave(fields.time, values.time);
    // The pickers may reformat what they accepted (e.g. add a weekday), never drop it.
    const refused = alertText(dialog);
    if (refused) return fail(`Outlook refused the time: ${refused}`);
    if (!fields.date.value.includes(values.date) || !fields.time.value.toUpperCase().includes(values.time)) {
      return fail(`Outlook did not take ${values.date} ${values.time} into its date and time fields`);
    }

    const send = byText(dialog, DIALOG_BUTTONS, DIALOG_SEND_TEXT);
    if (!send) return fail('the Send button of the Schedule send dialog was not found');
    press(send);
    const outcome = await waitFor(
      doc,
      () => {
        if (!root.isConnected) return { done: true as const };
        const said = (dialog.isConnected ? alertText(dialog) : null) ?? alertText(root);
        return said ? { done: false as const, said } : null;
      },
      DONE_MS,
    );
    if (outcome?.done) return { ok: true };
    return fail(outcome ? `Outlook said: ${outcome.said}` : 'Outlook did not take the message in time');
  } catch (error) {
    return fail(`Schedule send stopped: ${error instanceof Error ? error.message : String(error)}`);
  }
}
