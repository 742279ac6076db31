/**
 * The account a page shows, from its own URL or — in a frame or pop-out without a URL of its own
 * (`about:blank`) — from the top window's. Each provider says how a URL names an account.
 */
export function accountOfPage(doc: Document, accountOfUrl: (href: string) => string | null): string | null {
  const own = accountOfUrl(doc.URL);
  if (own) return own;
  try {
    const top = doc.defaultView?.top?.location.href;
    return top ? accountOfUrl(top) : null;
  } catch {
    return null; // a cross-origin top window: not a page of this provider
  }
}

/** `doc`, then its top window's document when that one can be read (same origin). */
export function documentsOf(doc: Document): Document[] {
  const docs = [doc];
  try {
    const top = doc.defaultView?.top?.document;
    if (top && top !== doc) docs.push(top);
  } catch {
    // a cross-origin top window: only this document
  }
  return docs;
}
