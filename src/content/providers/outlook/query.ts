/** Queries over an ordered list of selectors (selectors.ts): the first selector that matches wins. */

/** The first element matching the first selector of `selectors` that matches anything in `scope`. */
export function firstMatch<E extends Element = HTMLElement>(scope: ParentNode, selectors: readonly string[]): E | null {
  for (const selector of selectors) {
    const found = scope.querySelector<E>(selector);
    if (found) return found;
  }
  return null;
}

/** The nearest ancestor of `el` (or `el`) matching one of `selectors`, or null. */
export function closestOf(el: Element, selectors: readonly string[]): Element | null {
  return el.closest(selectors.join(', '));
}

/** The first element matching `selector` whose trimmed text matches `text`. */
export function byText<E extends Element = HTMLElement>(
  scope: ParentNode,
  selectors: readonly string[],
  text: RegExp,
): E | null {
  for (const selector of selectors) {
    for (const el of scope.querySelectorAll<E>(selector)) if (text.test((el.textContent ?? '').trim())) return el;
  }
  return null;
}
