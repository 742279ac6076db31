/**
 * Problem paths (`hours.mon[0].end`) map to element ids, so an error summary can move focus
 * to the field a problem is about, and a field can find its own problems.
 */
export function fieldId(path: string): string {
  return `field-${path.replace(/[^A-Za-z0-9]+/g, '-').replace(/-+$/, '')}`;
}

/** The path one level up: `hours.mon[0].end` → `hours.mon[0]` → `hours.mon` → `hours` → null. */
export function parentPath(path: string): string | null {
  const cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
  return cut > 0 ? path.slice(0, cut) : null;
}

const FOCUSABLE = 'input, select, textarea, button, [tabindex]:not([tabindex="-1"])';

/** Focuses the element for `path`, or for its nearest parent path that has one. */
export function focusField(path: string): boolean {
  for (let p: string | null = path; p !== null; p = parentPath(p)) {
    const el = document.getElementById(fieldId(p));
    if (!el) continue;
    const target = el.matches(FOCUSABLE) ? el : el.querySelector<HTMLElement>(FOCUSABLE);
    if (target) {
      target.focus();
      target.scrollIntoView({ block: 'center' });
      return true;
    }
  }
  return false;
}
