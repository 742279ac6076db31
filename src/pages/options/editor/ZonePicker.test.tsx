// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { button, hasButton, mount, referencedText, settle, text } from '../../popup/testing/dom.ts';
import { loadAliases, ZonePicker } from './ZonePicker.tsx';

const mounted: (() => void)[] = [];
afterEach(() => mounted.splice(0).forEach((unmount) => unmount()));

/** The picker with its own state, as BasicsEditor holds it; `seen` gets every value. */
function Harness({ start, seen, userZone = 'Europe/Berlin' }: { start: string; seen: string[]; userZone?: string }) {
  const [value, setValue] = useState(start);
  return (
    <ZonePicker
      id="zone"
      label="Time zone"
      value={value}
      userZone={userZone}
      errors={[]}
      onChange={(v) => {
        seen.push(v);
        setValue(v);
      }}
    />
  );
}

async function picker(start = '', userZone?: string) {
  const seen: string[] = [];
  const { root, unmount } = mount(<Harness start={start} seen={seen} userZone={userZone} />);
  mounted.push(unmount);
  // The alias data is a lazy chunk: let its import() settle.
  await act(async () => {
    expect(await loadAliases()).not.toBeNull();
  });
  await settle();
  const input = root.querySelector<HTMLInputElement>('input[role="combobox"]')!;
  const list = root.querySelector<HTMLUListElement>('[role="listbox"]')!;
  return { root, input, list, seen };
}

function type(input: HTMLInputElement, value: string) {
  act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

function press(input: HTMLInputElement, key: string) {
  act(() => {
    input.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  });
}

const options = (list: HTMLElement) => [...list.querySelectorAll('[role="option"]')];
const activeText = (input: HTMLInputElement) =>
  text(document.getElementById(input.getAttribute('aria-activedescendant') ?? ''));

describe('ZonePicker', () => {
  it('finds "Boston" and picks America/New_York with the keyboard', async () => {
    const { input, list, seen } = await picker();
    expect(input.getAttribute('aria-expanded')).toBe('false');
    type(input, 'Boston');
    expect(input.getAttribute('aria-expanded')).toBe('true');
    expect(list.hidden).toBe(false);
    expect(text(options(list)[0] ?? null)).toMatch(/^Eastern Time — New York \(GMT-[45]\)Boston · America\/New_York$/);
    expect(activeText(input)).toContain('America/New_York');
    expect(options(list)[0]?.getAttribute('aria-selected')).toBe('true');
    press(input, 'Enter');
    expect(seen.at(-1)).toBe('America/New_York');
    expect(input.value).toBe('America/New_York');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(input.hasAttribute('aria-activedescendant')).toBe(false);
    expect(referencedText(input, 'aria-describedby')).toMatch(/^Eastern Time — New York \(GMT-[45]\)\./);
  });

  it('moves with the arrow keys and closes with Escape without picking', async () => {
    const { input, list, seen } = await picker();
    type(input, 'EST');
    const first = activeText(input);
    expect(first).toContain('America/New_York');
    press(input, 'ArrowDown');
    const second = activeText(input);
    expect(second).not.toBe(first);
    expect(options(list)[1]?.getAttribute('aria-selected')).toBe('true');
    press(input, 'ArrowUp');
    expect(activeText(input)).toBe(first);
    press(input, 'Escape');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(seen).toEqual(['EST']);
  });

  it('shows each zone once with its offset, and says what to try when nothing matches', async () => {
    const { input, list } = await picker();
    type(input, 'GMT+10');
    const zones = options(list).map((o) => text(o));
    expect(zones.length).toBeGreaterThan(0);
    expect(new Set(zones).size).toBe(zones.length);
    for (const z of zones) expect(z).toContain('(GMT+10)');
    type(input, 'xyz');
    expect(options(list)).toHaveLength(0);
    expect(text(list)).toBe('No zone matches “xyz” — try a city or a UTC offset such as GMT+10.');
  });

  it("suggests the user's zone while empty, and takes it only when asked", async () => {
    const { root, input, seen } = await picker('', 'Europe/Berlin');
    expect(input.value).toBe('');
    const named = [...root.querySelectorAll('button')].map((b) => text(b));
    expect(
      named.filter((n) => /^Use my time zone, Central European Time — Berlin \(GMT\+[12]\)$/.test(n)),
    ).toHaveLength(1);
    const suggestion = button(
      root,
      named.find((n) => n.startsWith('Use my time zone'))!,
    );
    expect(seen).toEqual([]);
    act(() => suggestion.click());
    expect(seen).toEqual(['Europe/Berlin']);
    expect(input.value).toBe('Europe/Berlin');
    expect(hasButton(root, text(suggestion))).toBe(false);
  });

  it('stores a zone typed in full under its current name', async () => {
    const { input, seen } = await picker();
    type(input, 'us/eastern');
    act(() => {
      input.dispatchEvent(new FocusEvent('blur'));
    });
    expect(seen.at(-1)).toBe('America/New_York');
  });
});
