/**
 * Content script entry (DESIGN §4): runs at `document_start` on the four mail hosts, in every
 * frame including `about:blank` pop-outs. It must stay tiny — no luxon, no UI framework at
 * start-up (budget: 20 KB gzip for everything loaded before the first guard, checked by
 * `scripts/check-size.mjs`). The compose guard comes later; for now it only marks the page so
 * tests can see that it ran.
 */
import { providerForHost } from './provider.ts';

/** Set on `<html>` once the content script ran: `gmail` or `outlook`. */
const MARK_ATTRIBUTE = 'data-red-cup';

/** Survives a second injection into the same frame (the isolated world keeps its globals). */
const GUARD = Symbol.for('red-cup.content');

function start(): void {
  const scope = globalThis as typeof globalThis & { [GUARD]?: true };
  if (scope[GUARD]) return;
  scope[GUARD] = true;

  const provider = providerForHost(pageHost());
  if (!provider) return;
  document.documentElement.setAttribute(MARK_ATTRIBUTE, provider);
}

/** The page's host; an `about:blank` frame or pop-out has none and inherits its creator's origin. */
function pageHost(): string {
  if (location.host) return location.host;
  try {
    return new URL(self.origin).host; // "null" (opaque origin) throws: not ours
  } catch {
    return '';
  }
}

start();
