/**
 * Input as a user makes it, for the few things Red Cup does on the user's behalf (sending a held
 * reply again, driving a provider's Schedule send, filling a compose from the local queue). The
 * one home of synthetic input (issue 14.3), so every provider gets the same, complete gestures.
 *
 * These events are untrusted: Red Cup's own send interception only stops trusted ones, so they
 * pass through it (DESIGN §4 "Send interception").
 */

export interface Point {
  x: number;
  y: number;
}

export interface GestureOptions {
  /** Where the pointer is (viewport coordinates); the centre of the target by default. */
  at?: Point;
  /** Move over the target first (pointerover/mouseover/pointermove/mousemove): menus that open on hover need it. */
  hover?: boolean;
}

type PointerInit = MouseEventInit & { pointerId?: number; pointerType?: string; isPrimary?: boolean };

/** A PointerEvent where the browser has them; a MouseEvent of the same type otherwise (test DOMs). */
function pointerEvent(type: string, init: PointerInit): MouseEvent {
  return typeof PointerEvent === 'function' ? new PointerEvent(type, init) : new MouseEvent(type, init);
}

/**
 * The whole gesture of a mouse click on `target`: (hover,) press, release, click, at a point —
 * Gmail hit-tests the coordinates, Fluent's menus look at the pointer events around the click,
 * React handles the click itself.
 */
export function clickGesture(target: Element, options: GestureOptions = {}): void {
  const view = target.ownerDocument.defaultView;
  let at = options.at;
  if (at === undefined) {
    const box = target.getBoundingClientRect();
    at = { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  }
  const base: MouseEventInit = {
    bubbles: true,
    cancelable: true,
    composed: true,
    clientX: at.x,
    clientY: at.y,
    button: 0,
    ...(view ? { view, screenX: at.x + view.screenX, screenY: at.y + view.screenY } : {}),
  };
  const pointer: PointerInit = { ...base, pointerId: 1, pointerType: 'mouse', isPrimary: true };
  const fire = (event: Event) => target.dispatchEvent(event);
  if (options.hover === true) {
    fire(pointerEvent('pointerover', { ...pointer, buttons: 0 }));
    fire(new MouseEvent('mouseover', { ...base, buttons: 0 }));
    fire(pointerEvent('pointermove', { ...pointer, buttons: 0 }));
    fire(new MouseEvent('mousemove', { ...base, buttons: 0 }));
  }
  fire(pointerEvent('pointerdown', { ...pointer, buttons: 1 }));
  fire(new MouseEvent('mousedown', { ...base, buttons: 1, detail: 1 }));
  fire(pointerEvent('pointerup', { ...pointer, buttons: 0 }));
  fire(new MouseEvent('mouseup', { ...base, buttons: 0, detail: 1 }));
  fire(new MouseEvent('click', { ...base, buttons: 0, detail: 1 }));
}

/** Key codes the providers read besides `key` (older handlers look at `keyCode`). */
const KEY_CODES: Readonly<Record<string, readonly [code: string, keyCode: number]>> = {
  Enter: ['Enter', 13],
  Escape: ['Escape', 27],
  Tab: ['Tab', 9],
  ',': ['Comma', 188],
  ';': ['Semicolon', 186],
};

/**
 * A key pressed and released on `target`. Answers whether the page let the keydown's default
 * happen (false: something took the key, e.g. a chip field that turned the text into a chip).
 */
export function pressKey(target: Element, key: string, between?: (notTaken: boolean) => void): boolean {
  const [code, keyCode] = KEY_CODES[key] ?? [undefined, undefined];
  const init: KeyboardEventInit & { keyCode?: number; which?: number } = {
    key,
    bubbles: true,
    cancelable: true,
    composed: true,
    ...(code === undefined ? {} : { code, keyCode, which: keyCode }),
  };
  const notTaken = target.dispatchEvent(new KeyboardEvent('keydown', init));
  between?.(notTaken);
  target.dispatchEvent(new KeyboardEvent('keyup', init));
  return notTaken;
}

type TextField = HTMLInputElement | HTMLTextAreaElement;

/**
 * Sets a text field as typing would: the prototype's own value setter (a controlled React input
 * ignores a plain `value =`), then `input` and `change`. Answers whether the field holds `value`.
 */
export function setFieldValue(field: TextField, value: string): boolean {
  const proto = field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  if (setter) setter.call(field, value);
  else field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
  return field.value === value;
}
