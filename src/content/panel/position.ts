/**
 * Where the panel sits: over the compose it guards (so it reads as that compose's question when
 * several are open), centred on it, and always wholly inside the viewport.
 */
const MARGIN = 16;
/** The panel's width when layout cannot say (CSS: min(460px, 100vw - 32px)). */
const WIDTH = 460;

const clamp = (value: number, low: number, high: number) => Math.max(low, Math.min(value, Math.max(low, high)));

function visibleRect(anchor: HTMLElement | null | undefined): DOMRect | null {
  if (!anchor?.isConnected) return null;
  const rect = anchor.getBoundingClientRect();
  const onScreen =
    rect.width > 0 &&
    rect.height > 0 &&
    rect.right > 0 &&
    rect.bottom > 0 &&
    rect.left < window.innerWidth &&
    rect.top < window.innerHeight;
  return onScreen ? rect : null;
}

/** Sets the fixed-position dialog's left/top: over `anchor` when it is on screen, else centred near the top. */
export function place(dialog: HTMLElement, anchor: HTMLElement | null | undefined): void {
  const vw = window.innerWidth;
  const vh = window.innerHeight;
  const box = dialog.getBoundingClientRect();
  const width = box.width > 0 ? box.width : Math.min(WIDTH, vw - 2 * MARGIN);
  const rect = visibleRect(anchor);
  const left = rect ? rect.left + (rect.width - width) / 2 : (vw - width) / 2;
  // A little below the compose's top edge, so its title bar (which names the compose) stays visible.
  const top = rect ? rect.top + 40 : vh * 0.08;
  dialog.style.left = `${Math.round(clamp(left, MARGIN, vw - width - MARGIN))}px`;
  dialog.style.top = `${Math.round(clamp(top, MARGIN, vh - box.height - MARGIN))}px`;
}
