/**
 * Gmail's Send button and the arrow beside it (research/gmail-dom.md "Send and Schedule
 * send"): found by structure, and only when that fails by its translated label.
 */
import {
  BUTTON,
  DIRECTION_MARKS,
  LABEL_SHORTCUT,
  NOT_SEND,
  SEND_AND_ARCHIVE,
  SEND_BUTTON,
  SEND_CELL,
  SEND_LABEL,
  SEND_OPTIONS,
  SEND_OPTIONS_CLASSED,
} from './selectors.ts';

/** A control's label without Gmail's invisible direction marks and its shortcut: `Send \u202A(Ctrl-Enter)\u202C` → `Send`. */
export function plainLabel(el: Element): string {
  const raw = el.getAttribute('aria-label') ?? el.getAttribute('data-tooltip') ?? el.textContent ?? '';
  return raw.replace(DIRECTION_MARKS, '').replace(LABEL_SHORTCUT, '').trim();
}

/** The Send button of the compose at `root` (never the arrow, never "Send & archive"), or null. */
export function sendControlOf(root: HTMLElement): HTMLElement | null {
  const structural = root.querySelector<HTMLElement>(SEND_BUTTON);
  if (structural) return structural;
  for (const button of Array.from(root.querySelectorAll<HTMLElement>(BUTTON))) {
    if (!button.matches(NOT_SEND) && SEND_LABEL.test(plainLabel(button))) return button;
  }
  return null;
}

/**
 * The control `el` is (inside) that sends the compose at `root`: Send, or "Send & archive"
 * when Gmail shows it. Null for the arrow beside Send and everything else.
 */
export function sendingControlAt(root: HTMLElement, el: Element): HTMLElement | null {
  const send = sendControlOf(root);
  if (send?.contains(el)) return send;
  const archive = root.querySelector<HTMLElement>(SEND_AND_ARCHIVE);
  return archive?.contains(el) ? archive : null;
}

/** The "More send options" arrow: the menu button beside Send, or Gmail's classed arrow. */
export function sendOptionsOf(root: HTMLElement): HTMLElement | null {
  const beside = sendControlOf(root)?.nextElementSibling;
  if (beside instanceof HTMLElement && beside.matches(SEND_OPTIONS)) return beside;
  return root.querySelector<HTMLElement>(SEND_OPTIONS_CLASSED);
}

/** Where the status pill goes: the Send button's toolbar cell, or the split button's container. */
export function pillAnchorOf(root: HTMLElement): HTMLElement | null {
  const send = sendControlOf(root);
  if (!send) return null;
  const cell = send.closest<HTMLElement>(SEND_CELL);
  if (cell && root.contains(cell)) return cell;
  const container = send.parentElement?.parentElement ?? null;
  return container && root.contains(container) ? container : null;
}
