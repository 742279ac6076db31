// @vitest-environment happy-dom
/**
 * Coordinate-correct presses (Gmail hit-tests its menu clicks). happy-dom has no layout: boxes
 * and `elementFromPoint` are stubbed here to stand for one.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { hitPoint, pressAt } from './pointer.ts';

const GESTURE = [
  'pointerover',
  'mouseover',
  'pointermove',
  'mousemove',
  'pointerdown',
  'mousedown',
  'pointerup',
  'mouseup',
  'click',
];

describe('pressAt', () => {
  let target: HTMLElement;
  let label: HTMLElement;
  let cover: HTMLElement;
  let seen: { type: string; on: EventTarget | null; x: number; y: number; trusted: boolean }[];
  const record = (event: Event) => {
    const mouse = event as MouseEvent;
    seen.push({ type: event.type, on: event.target, x: mouse.clientX, y: mouse.clientY, trusted: event.isTrusted });
  };

  beforeEach(() => {
    document.body.innerHTML = '<div id="item" role="menuitem"><span>Schedule send</span></div><div id="cover"></div>';
    target = document.getElementById('item')!;
    label = target.querySelector('span')!;
    cover = document.getElementById('cover')!;
    seen = [];
    for (const type of GESTURE) window.addEventListener(type, record, true);
    vi.spyOn(target, 'getBoundingClientRect').mockReturnValue(new DOMRect(100, 200, 40, 20));
  });
  afterEach(() => {
    for (const type of GESTURE) window.removeEventListener(type, record, true);
    vi.restoreAllMocks();
  });

  it('presses the centre, on the element really there, with the whole gesture at its coordinates', () => {
    vi.spyOn(document, 'elementFromPoint').mockImplementation((x, y) => (x === 120 && y === 210 ? label : null));
    expect(pressAt(target)).toBe(true);
    expect(seen.map((e) => e.type)).toEqual(GESTURE);
    expect(seen.every((e) => e.on === label && e.x === 120 && e.y === 210 && !e.trusted)).toBe(true);
  });

  it('moves off a covered centre to a point where the target is hit', () => {
    vi.spyOn(document, 'elementFromPoint').mockImplementation((x) => (x === 120 ? cover : label));
    expect(hitPoint(target)).toEqual({ x: 112, y: 210, element: label });
    expect(pressAt(target)).toBe(true);
    expect(seen.every((e) => e.x === 112)).toBe(true);
  });

  it('scrolls the target into view before giving up on it', () => {
    const scroll = vi.spyOn(target, 'scrollIntoView');
    vi.spyOn(document, 'elementFromPoint').mockImplementation(() => (scroll.mock.calls.length >= 3 ? label : cover));
    expect(pressAt(target)).toBe(true);
    expect(scroll.mock.calls.map(([options]) => (options as ScrollIntoViewOptions).block)).toEqual([
      'nearest',
      'center',
      'start',
    ]);
  });

  it('does not press what is covered everywhere, or has no box', () => {
    vi.spyOn(document, 'elementFromPoint').mockReturnValue(cover);
    expect(pressAt(target)).toBe(false);
    vi.spyOn(target, 'getBoundingClientRect').mockReturnValue(new DOMRect(0, 0, 0, 0));
    expect(pressAt(target)).toBe(false);
    expect(seen).toEqual([]);
  });
});
