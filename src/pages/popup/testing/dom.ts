/** Test-only: render into a happy-dom document and find things the way a screen reader names them. */
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';

export function mount(node: ComponentChild): { root: HTMLElement; unmount: () => void } {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(node, root));
  return {
    root,
    unmount: () => {
      act(() => render(null, root));
      root.remove();
    },
  };
}

/** Lets pending promises and the renders they cause finish. */
export async function settle(): Promise<void> {
  await act(async () => {
    for (let i = 0; i < 5; i += 1) await Promise.resolve();
  });
}

const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The button whose visible name is exactly `name`. */
export function button(root: ParentNode, name: string): HTMLButtonElement {
  const found = [...root.querySelectorAll('button')].filter((b) => text(b) === name);
  if (found.length !== 1) throw new Error(`expected one button "${name}", found ${found.length}`);
  return found[0] as HTMLButtonElement;
}

export function hasButton(root: ParentNode, name: string): boolean {
  return [...root.querySelectorAll('button')].some((b) => text(b) === name);
}

/** The text of the element(s) an `aria-labelledby` / `aria-describedby` attribute points to. */
export function referencedText(el: Element, attribute: 'aria-labelledby' | 'aria-describedby'): string {
  const ids = (el.getAttribute(attribute) ?? '').split(/\s+/).filter(Boolean);
  return ids.map((id) => text(el.ownerDocument.getElementById(id))).join(' ');
}

/** The `<section>` named (through `aria-labelledby`) exactly `name`. */
export function section(root: ParentNode, name: string): HTMLElement {
  const found = [...root.querySelectorAll('section')].filter((s) => referencedText(s, 'aria-labelledby') === name);
  if (found.length !== 1) throw new Error(`expected one section "${name}", found ${found.length}`);
  return found[0] as HTMLElement;
}

export function statusText(root: ParentNode): string {
  return [...root.querySelectorAll('[role="status"]')].map(text).join(' ').trim();
}

export function alertText(root: ParentNode): string {
  return [...root.querySelectorAll('[role="alert"]')].map(text).join(' ').trim();
}

export { text };
