/**
 * Sends a compose the way the user would have: the whole pointer/mouse gesture on its Send
 * control, at the control's centre (Gmail hit-tests coordinates). These events are untrusted,
 * so our own capture listeners let them through (DESIGN §4 "Send interception").
 */
export function resendGesture(control: HTMLElement): void {
  const box = control.getBoundingClientRect();
  const at = { clientX: box.left + box.width / 2, clientY: box.top + box.height / 2 };
  const base = { bubbles: true, cancelable: true, composed: true, view: window, button: 0, ...at };
  const pointer = { ...base, pointerId: 1, pointerType: 'mouse', isPrimary: true };
  control.dispatchEvent(new PointerEvent('pointerdown', { ...pointer, buttons: 1 }));
  control.dispatchEvent(new MouseEvent('mousedown', { ...base, buttons: 1, detail: 1 }));
  control.dispatchEvent(new PointerEvent('pointerup', { ...pointer, buttons: 0 }));
  control.dispatchEvent(new MouseEvent('mouseup', { ...base, buttons: 0, detail: 1 }));
  control.dispatchEvent(new MouseEvent('click', { ...base, buttons: 0, detail: 1 }));
}
