// @vitest-environment happy-dom
/**
 * The one set of synthetic input (issue 14.3): what a page listening for a user's input sees.
 * happy-dom has no layout, so the target's box is stubbed.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { clickGesture, pressKey, setFieldValue } from './synthetic.ts';

const TYPES = [
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

function recorder(target: EventTarget) {
  const seen: { type: string; x: number; y: number; buttons: number; trusted: boolean }[] = [];
  for (const type of TYPES) {
    target.addEventListener(type, (event) => {
      const mouse = event as MouseEvent;
      seen.push({ type, x: mouse.clientX, y: mouse.clientY, buttons: mouse.buttons, trusted: event.isTrusted });
    });
  }
  return seen;
}

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

describe('clickGesture', () => {
  it('presses, releases and clicks at the centre of the target, untrusted, so the send guard lets it through', () => {
    document.body.innerHTML = '<button>Send</button>';
    const button = document.querySelector('button')!;
    vi.spyOn(button, 'getBoundingClientRect').mockReturnValue(new DOMRect(10, 20, 80, 30));
    const seen = recorder(button);
    clickGesture(button);
    expect(seen.map((e) => e.type)).toEqual(['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']);
    expect(seen.every((e) => e.x === 50 && e.y === 35 && !e.trusted)).toBe(true);
    expect(seen.find((e) => e.type === 'mousedown')?.buttons).toBe(1);
  });

  it('moves over the target first when asked, at the point given', () => {
    document.body.innerHTML = '<div role="menuitem">Schedule send</div>';
    const item = document.querySelector('div')!;
    const seen = recorder(item);
    clickGesture(item, { at: { x: 7, y: 9 }, hover: true });
    expect(seen.map((e) => e.type)).toEqual(TYPES);
    expect(seen.every((e) => e.x === 7 && e.y === 9)).toBe(true);
  });

  it('a click handler on the target runs once', () => {
    document.body.innerHTML = '<button>Send</button>';
    const clicked = vi.fn();
    document.querySelector('button')!.addEventListener('click', clicked);
    clickGesture(document.querySelector('button')!);
    expect(clicked).toHaveBeenCalledTimes(1);
  });
});

describe('pressKey', () => {
  it('sends keydown and keyup with the key code old handlers read, and says whether the key was taken', () => {
    document.body.innerHTML = '<input>';
    const input = document.querySelector('input')!;
    const codes: number[] = [];
    input.addEventListener('keydown', (e) => codes.push(e.keyCode));
    expect(pressKey(input, 'Escape')).toBe(true);
    input.addEventListener('keydown', (e) => e.preventDefault());
    expect(pressKey(input, 'Enter')).toBe(false);
    expect(codes).toEqual([27, 13]);
  });

  it('runs `between` after the keydown and before the keyup, knowing whether the key was taken', () => {
    document.body.innerHTML = '<div contenteditable="true"></div>';
    const editor = document.querySelector('div')!;
    const order: string[] = [];
    editor.addEventListener('keydown', () => order.push('keydown'));
    editor.addEventListener('keyup', () => order.push('keyup'));
    pressKey(editor, ';', (notTaken) => order.push(`between ${String(notTaken)}`));
    expect(order).toEqual(['keydown', 'between true', 'keyup']);
  });
});

describe('setFieldValue', () => {
  it('sets the value through the prototype setter, so an own `value` property (as React adds) does not swallow it', () => {
    document.body.innerHTML = '<input><textarea></textarea>';
    const input = document.querySelector('input')!;
    const own = vi.fn();
    Object.defineProperty(input, 'value', {
      configurable: true,
      get: () => Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.get!.call(input),
      set: own,
    });
    const events: string[] = [];
    input.addEventListener('input', () => events.push('input'));
    input.addEventListener('change', () => events.push('change'));
    expect(setFieldValue(input, 'Quarterly report')).toBe(true);
    expect(own).not.toHaveBeenCalled();
    expect(events).toEqual(['input', 'change']);
    expect(setFieldValue(document.querySelector('textarea')!, 'two\nlines')).toBe(true);
  });
});
