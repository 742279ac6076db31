/**
 * Acting on Outlook's controls the way a user's input does, for Schedule send. The events are
 * untrusted: Red Cup's own send interception (trusted events only) lets them through.
 */

type PointerInit = MouseEventInit & { pointerId?: number; pointerType?: string; isPrimary?: boolean };

function pointerEvent(type: string, init: PointerInit): MouseEvent {
  return typeof PointerEvent === 'function' ? new PointerEvent(type, init) : new MouseEvent(type, init);
}

/**
 * The whole gesture of a mouse click at the middle of `target`: hover, press, release, click.
 * React handles `click`, Fluent's menus and dialogs look at the pointer events around it.
 */
export function press(target: HTMLElement): void {
  const box = target.getBoundingClientRect();
  const view = target.ownerDocument.defaultView;
  const at: PointerInit = {
    bubbles: true,
    cancelable: true,
    composed: true,
    clientX: box.left + box.width / 2,
    clientY: box.top + box.height / 2,
    button: 0,
    ...(view ? { view } : {}),
  };
  const pointer: PointerInit = { ...at, pointerId: 1, pointerType: 'mouse', isPrimary: true };
  target.dispatchEvent(pointerEvent('pointerover', pointer));
  target.dispatchEvent(new MouseEvent('mouseover', at));
  target.dispatchEvent(pointerEvent('pointerdown', { ...pointer, buttons: 1 }));
  target.dispatchEvent(new MouseEvent('mousedown', { ...at, buttons: 1 }));
  target.dispatchEvent(pointerEvent('pointerup', pointer));
  target.dispatchEvent(new MouseEvent('mouseup', at));
  target.dispatchEvent(new MouseEvent('click', { ...at, detail: 1 }));
}

/** A key pressed on `target` (Escape to close a menu or dialog). */
export function key(target: Element, name: string): void {
  target.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true, composed: true }));
  target.dispatchEvent(new KeyboardEvent('keyup', { key: name, bubbles: true, cancelable: true, composed: true }));
}

/**
 * Types `value` into `input` and leaves the field. The native value setter, then `input` and
 * `change`, so a controlled (React) input takes the value; then the field loses focus, because
 * Fluent's DatePicker and TimePicker accept typed text only when the field commits it (on blur).
 * When the page has no focus to lose, the blur events are dispatched instead.
 */
export function typeAndLeave(input: HTMLInputElement, value: string): void {
  input.focus();
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  if (setter) setter.call(input, value);
  else input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  let left = false;
  const leave = () => {
    left = true;
  };
  input.addEventListener('focusout', leave);
  input.blur();
  input.removeEventListener('focusout', leave);
  if (!left) {
    input.dispatchEvent(new FocusEvent('blur'));
    input.dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true }));
  }
}
