/**
 * Clicking the way Gmail's menus need it (research/gmail-dom.md): Gmail handles menu clicks by
 * delegation and hit-tests the event's coordinates, so the whole pointer/mouse gesture goes to
 * the element `elementFromPoint` returns at a real point inside the target. These events are
 * untrusted: Red Cup's own send interception lets them through.
 */

export interface Hit {
  x: number;
  y: number;
  /** What is really under (x, y): the target or one of its descendants. */
  element: Element;
}

/** Points tried inside a box, centre first, when something covers part of it. */
const SPOTS: readonly (readonly [number, number])[] = [
  [0.5, 0.5],
  [0.3, 0.5],
  [0.7, 0.5],
  [0.5, 0.3],
  [0.5, 0.7],
  [0.15, 0.2],
  [0.85, 0.8],
];

/** A point where `target` itself is what a pointer would hit, or null (hidden, off-screen, covered). */
export function hitPoint(target: Element): Hit | null {
  const box = target.getBoundingClientRect();
  if (box.width <= 0 || box.height <= 0) return null;
  const doc = target.ownerDocument;
  for (const [fx, fy] of SPOTS) {
    const x = box.left + box.width * fx;
    const y = box.top + box.height * fy;
    const element = doc.elementFromPoint(x, y);
    if (element && (element === target || target.contains(element))) return { x, y, element };
  }
  return null;
}

/** True when `el` is laid out with a size (display:none, detached and collapsed elements are not). */
export function isShown(el: Element | null): el is HTMLElement {
  if (!(el instanceof HTMLElement) || !el.isConnected) return false;
  const box = el.getBoundingClientRect();
  if (box.width <= 0 || box.height <= 0) return false;
  return el.ownerDocument.defaultView?.getComputedStyle(el).visibility !== 'hidden';
}

/**
 * Scrolls `target` into view until a point of it is hit: the least scrolling first, then to the
 * centre and the top of its scroll box (a pop-up compose covers the bottom of a thread's reply).
 */
function reveal(target: Element): Hit | null {
  for (const block of ['nearest', 'center', 'start'] as const) {
    target.scrollIntoView({ block, inline: 'nearest' });
    const hit = hitPoint(target);
    if (hit) return hit;
  }
  return null;
}

/** Presses `target` with a full gesture at a point where it is hit; false when no such point exists. */
export function pressAt(target: Element): boolean {
  const hit = reveal(target);
  const view = target.ownerDocument.defaultView;
  if (!hit || !view) return false;
  const base = { bubbles: true, cancelable: true, composed: true, view, clientX: hit.x, clientY: hit.y, screenX: hit.x + view.screenX, screenY: hit.y + view.screenY, button: 0 };
  const pointer = { ...base, pointerId: 1, pointerType: 'mouse', isPrimary: true };
  const hasPointer = typeof PointerEvent === 'function';
  const fire = (event: Event) => hit.element.dispatchEvent(event);
  if (hasPointer) fire(new PointerEvent('pointerover', { ...pointer, buttons: 0 }));
  fire(new MouseEvent('mouseover', { ...base, buttons: 0 }));
  if (hasPointer) fire(new PointerEvent('pointermove', { ...pointer, buttons: 0 }));
  fire(new MouseEvent('mousemove', { ...base, buttons: 0 }));
  if (hasPointer) fire(new PointerEvent('pointerdown', { ...pointer, buttons: 1 }));
  fire(new MouseEvent('mousedown', { ...base, buttons: 1, detail: 1 }));
  if (hasPointer) fire(new PointerEvent('pointerup', { ...pointer, buttons: 0 }));
  fire(new MouseEvent('mouseup', { ...base, buttons: 0, detail: 1 }));
  fire(new MouseEvent('click', { ...base, buttons: 0, detail: 1 }));
  return true;
}
