/**
 * A stand-in for layout in happy-dom, which has none: every connected element that is not
 * hidden (the `hidden` attribute or `display: none` on it or an ancestor) gets a box of its own
 * in one column, and `elementFromPoint` answers the element whose box holds the point. Enough
 * for the scheduler's coordinate-driven presses (pointer.ts) to reach what a user would click.
 */
import { vi } from 'vitest';

const ROW = 10;

function hidden(el: Element): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (node instanceof HTMLElement && (node.hidden || node.style.display === 'none')) return true;
  }
  return false;
}

export function fakeLayout(doc: Document = document): () => void {
  const placed: Element[] = [];
  const box = vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    if (!this.isConnected || hidden(this)) return new DOMRect(0, 0, 0, 0);
    let index = placed.indexOf(this);
    if (index < 0) index = placed.push(this) - 1;
    return new DOMRect(0, index * ROW, ROW, ROW);
  });
  const hit = vi.spyOn(doc, 'elementFromPoint').mockImplementation((_x: number, y: number) => {
    const el = placed[Math.floor(y / ROW)];
    return el && el.isConnected && !hidden(el) ? el : null;
  });
  const scroll = vi.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(() => undefined);
  return () => {
    box.mockRestore();
    hit.mockRestore();
    scroll.mockRestore();
  };
}
