/** A tiny element builder: the panel is plain DOM (no framework), and text is only ever text. */
type Attrs = Record<string, string | boolean | null | undefined>;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: (Node | string | null | undefined | false)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'text') node.textContent = String(value);
    else node.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child); // strings become text nodes: never parsed as HTML (DESIGN §7)
  }
  return node;
}

let counter = 0;
/** Ids unique within the page, for aria-labelledby and radio names. */
export function uid(prefix: string): string {
  counter += 1;
  return `rc-${prefix}-${counter}`;
}

/**
 * Listens for what the user does to `node`: an event made by a script (`isTrusted` false) is
 * ignored, so a page script that got hold of the panel cannot press its buttons or answer for
 * the user. The browser marks the click it makes from Enter or Space on a focused button as
 * trusted, so keyboard users are not affected.
 */
export function onUser<K extends keyof HTMLElementEventMap>(
  node: HTMLElement,
  type: K,
  handler: (event: HTMLElementEventMap[K]) => void,
): void {
  node.addEventListener(type, (event) => {
    if (event.isTrusted) handler(event);
  });
}
