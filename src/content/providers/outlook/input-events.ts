/**
 * Acting on Outlook's controls the way a user's input does (the events themselves are made by
 * dom/synthetic.ts); what is Outlook's own is which gesture its controls need.
 */
import { clickGesture, setFieldValue } from '../../dom/synthetic.ts';

/**
 * The whole gesture of a mouse click at the middle of `target`: hover, press, release, click.
 * React handles `click`, Fluent's menus and dialogs look at the pointer events around it.
 */
export function press(target: HTMLElement): void {
  clickGesture(target, { hover: true });
}

/**
 * Types `value` into `input` and leaves the field. The native value setter, then `input` and
 * `change`, so a controlled (React) input takes the value; then the field loses focus, because
 * Fluent's DatePicker and TimePicker accept typed text only when the field commits it (on blur).
 * When the page has no focus to lose, the blur events are dispatched instead.
 */
export function typeAndLeave(input: HTMLInputElement, value: string): void {
  input.focus();
  setFieldValue(input, value);
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
