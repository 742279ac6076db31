/**
 * Drives Outlook's own Schedule send for an instant (DESIGN §5.1, provider mode): the Send
 * split button's menu → "Schedule send" → "Custom time" → date and time → Send. Outlook shows
 * times in the device's zone, so the instant is written in it. Every step waits a bounded time;
 * on failure whatever was opened is closed again and the compose stays as it was.
 */
import { waitFor } from '../../dom/wait.ts';
import {
  CUSTOM_TIME_TEXT,
  DATE_INPUT,
  DATE_SHAPE,
  DIALOG,
  DIALOG_CANCEL_TEXT,
  DIALOG_SEND_TEXT,
  MENU,
  MENU_ITEM,
  SCHEDULE_ITEM_TEXT,
  SEND_MENU_BUTTON,
  TIME_INPUT,
  TIME_SHAPE,
} from './selectors.ts';

const STEP_MS = 3_000;
const DONE_MS = 5_000;

type Result = { ok: true } | { ok: false; reason: string };

/** `11/24/2026` and `8:05 AM` for an instant, in the device's zone, rounded up to the minute (never early). */
export function pickerValues(at: string): { date: string; time: string } | null {
  const ms = Date.parse(at);
  if (Number.isNaN(ms)) return null;
  const d = new Date(Math.ceil(ms / 60_000) * 60_000);
  const hour = d.getHours() % 12 === 0 ? 12 : d.getHours() % 12;
  return {
    date: `${d.getMonth() + 1}/${d.getDate()}/${d.getFullYear()}`,
    time: `${hour}:${String(d.getMinutes()).padStart(2, '0')} ${d.getHours() < 12 ? 'AM' : 'PM'}`,
  };
}

/** A click as a pointer makes it (React listens to the whole gesture); untrusted, so Red Cup lets it pass. */
function press(target: HTMLElement): void {
  const box = target.getBoundingClientRect();
  const at = { bubbles: true, cancelable: true, composed: true, clientX: box.left + box.width / 2, clientY: box.top + box.height / 2, button: 0 };
  target.dispatchEvent(new PointerEvent('pointerdown', { ...at, pointerType: 'mouse', buttons: 1 }));
  target.dispatchEvent(new MouseEvent('mousedown', { ...at, buttons: 1 }));
  target.dispatchEvent(new PointerEvent('pointerup', { ...at, pointerType: 'mouse' }));
  target.dispatchEvent(new MouseEvent('mouseup', at));
  target.dispatchEvent(new MouseEvent('click', at));
}

/** Sets an input's value the way a user's typing does, for controlled (React) inputs. */
function typeInto(input: HTMLInputElement, value: string): void {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  if (setter) setter.call(input, value);
  else input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

const byText = (scope: ParentNode, selector: string, text: RegExp): HTMLElement | null =>
  [...scope.querySelectorAll<HTMLElement>(selector)].find((el) => text.test((el.textContent ?? '').trim())) ?? null;

function findInput(dialog: Element, labelled: string, shape: RegExp): HTMLInputElement | null {
  return (
    dialog.querySelector<HTMLInputElement>(labelled) ??
    [...dialog.querySelectorAll<HTMLInputElement>('input')].find((input) => shape.test(input.value.trim())) ??
    null
  );
}

/** Closes what the driver opened: a menu, a dialog (Cancel, else Escape). */
function closeOpened(doc: Document): void {
  for (const dialog of doc.querySelectorAll<HTMLElement>(DIALOG)) {
    const cancel = byText(dialog, 'button, [role=button]', DIALOG_CANCEL_TEXT);
    if (cancel) press(cancel);
    else dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
  }
  for (const menu of doc.querySelectorAll<HTMLElement>(MENU)) {
    menu.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
  }
}

export async function scheduleSend(root: HTMLElement, at: string): Promise<Result> {
  const doc = root.ownerDocument;
  const values = pickerValues(at);
  if (!values) return { ok: false, reason: `"${at}" is not a time` };
  const fail = (reason: string): Result => {
    closeOpened(doc);
    return { ok: false, reason };
  };

  const menuButton = root.querySelector<HTMLElement>(SEND_MENU_BUTTON);
  if (!menuButton) return { ok: false, reason: 'the menu beside Send was not found' };
  press(menuButton);
  const item = await waitFor(doc, () => byText(doc, `${MENU} ${MENU_ITEM}`, SCHEDULE_ITEM_TEXT), STEP_MS);
  if (!item) return fail('"Schedule send" did not appear in the Send menu');
  press(item);

  const custom = await waitFor(doc, () => byText(doc, `${DIALOG} button, ${DIALOG} [role=button]`, CUSTOM_TIME_TEXT), STEP_MS);
  if (!custom) return fail('the Schedule send dialog did not offer "Custom time"');
  press(custom);

  const dialog = await waitFor(doc, () => {
    const d = custom.isConnected ? custom.closest(DIALOG) : doc.querySelector(DIALOG);
    return d && findInput(d, DATE_INPUT, DATE_SHAPE) && findInput(d, TIME_INPUT, TIME_SHAPE) ? d : null;
  }, STEP_MS);
  if (!dialog) return fail('the date and time fields of "Custom time" were not found');
  typeInto(findInput(dialog, DATE_INPUT, DATE_SHAPE)!, values.date);
  typeInto(findInput(dialog, TIME_INPUT, TIME_SHAPE)!, values.time);

  const send = byText(dialog, 'button, [role=button]', DIALOG_SEND_TEXT);
  if (!send) return fail('the Send button of the Schedule send dialog was not found');
  press(send);
  const done = await waitFor(doc, () => !root.isConnected, DONE_MS);
  if (done) return { ok: true };
  const shown = dialog.querySelector('[role=alert]')?.textContent?.trim();
  return fail(shown ? `Outlook said: ${shown}` : 'Outlook did not take the message');
}
