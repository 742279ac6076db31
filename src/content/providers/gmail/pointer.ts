/**
 * Clicking the way Gmail's menus need it (research/gmail-dom.md): Gmail handles menu clicks by
 * delegation and hit-tests the event's coordinates, so the whole pointer/mouse gesture goes to
 * the element `elementFromPoint` returns at a real point inside the target. These events are
 * untrusted: Red Cup's own send interception lets them through.
 */
import { clickGesture } from '../../dom/synthetic.ts';

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
  if (!hit) return false;
  clickGesture(hit.element, { at: hit, hover: true });
  return true;
}
