/**
 * Content script entry (DESIGN §4): runs at `document_start` on the four mail hosts, in every
 * frame including `about:blank` pop-outs. It must stay small — no luxon, no UI framework at
 * start-up (budget: 20 KB gzip for everything loaded before the first guard, checked by
 * `scripts/check-size.mjs`); the guard panel is loaded with `import()` on first need.
 *
 * It is built as one classic script (scripts/lib/content-scripts.ts) that the browser runs
 * synchronously at document_start, so the send listeners are on `window` before the provider's
 * own scripts run. It leaves no mark on the page: a page's scripts must not be able to tell
 * Red Cup is there, let alone reach its UI.
 */
import { onTabMessage } from '../messaging/tab-protocol.ts';
import { adapterFor } from './adapters.ts';
import { registerDeliveryHandlers } from './delivery/handlers.ts';
import { Guard } from './guard/controller.ts';
import { installInterception } from './guard/interception.ts';
import { providerForHost } from './provider.ts';

/** Survives a second injection into the same frame (the isolated world keeps its globals). */
const ONCE = Symbol.for('red-cup.content');

function start(): void {
  const scope = globalThis as typeof globalThis & { [ONCE]?: true };
  if (scope[ONCE]) return;
  scope[ONCE] = true;

  const provider = providerForHost(pageHost());
  if (!provider) return;
  const adapter = adapterFor(provider);
  const guard = new Guard(adapter);
  installInterception(adapter, guard);
  guard.sessions.start();

  // Only the top frame answers the popup: every frame of the tab receives its messages.
  if (window === window.top) {
    onTabMessage('tab/compose-state', () => guard.composeState());
    onTabMessage('tab/compose-act', ({ data }) => guard.act(data.composeId, data.action));
    onTabMessage('tab/compose-insert', ({ data }) => guard.insert(data.composeId, data.kind, data.profileId));
    registerDeliveryHandlers(adapter);
  }
  onTabMessage('tab/guard-refresh', () => guard.refreshAll());
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
