/**
 * The panel's focus trap: Tab and Shift+Tab cycle through its controls as a browser would —
 * each enabled button, and each radio group once (its checked radio, else its first; the arrow
 * keys move inside a group natively).
 */
function isRadio(node: Element | null): node is HTMLInputElement {
  return node instanceof HTMLInputElement && node.type === 'radio';
}

/** The controls Tab visits inside `root`, in document order. */
export function tabStops(root: ParentNode): HTMLElement[] {
  const controls = [...root.querySelectorAll<HTMLButtonElement | HTMLInputElement>('button, input')].filter(
    (c) => !c.disabled,
  );
  const stops: HTMLElement[] = [];
  const groups = new Set<string>();
  for (const control of controls) {
    if (!isRadio(control)) {
      stops.push(control);
      continue;
    }
    if (groups.has(control.name)) continue;
    groups.add(control.name);
    const checked = controls.find((c) => isRadio(c) && c.name === control.name && c.checked);
    stops.push(checked ?? control);
  }
  return stops;
}

/** Moves focus to the next (or previous) tab stop after `active`, wrapping around; false when there is none. */
export function cycleFocus(root: ParentNode, active: Element | null, backwards: boolean): boolean {
  const stops = tabStops(root);
  if (stops.length === 0) return false;
  const index = stops.findIndex((s) => s === active || (isRadio(active) && isRadio(s) && s.name === active.name));
  const next = backwards ? (index <= 0 ? stops.length - 1 : index - 1) : index === stops.length - 1 ? 0 : index + 1;
  stops[next]?.focus();
  return true;
}
