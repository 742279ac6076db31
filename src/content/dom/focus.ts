/**
 * Filling a compose for a queued reply moves the focus and the selection into it: this gives the
 * user's back afterwards (they may be typing in another compose of the tab when a reply falls due).
 */
export function keepUsersFocus(doc: Document): () => void {
  const active = doc.activeElement;
  const selection = doc.defaultView?.getSelection() ?? null;
  const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0).cloneRange() : null;
  return () => {
    if (!(active instanceof HTMLElement) || !active.isConnected || active === doc.body) return;
    active.focus({ preventScroll: true });
    if (selection && range && active.contains(range.startContainer)) {
      selection.removeAllRanges();
      selection.addRange(range);
    }
  };
}
