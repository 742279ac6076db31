/**
 * The Gmail adapter (DESIGN §4 "Provider adapters"): Gmail's compose windows of every kind —
 * pop-up, full screen, pop-out window, inline reply — their recipients, subject, the message
 * being answered, the Send control and Gmail's own Schedule send — and the local delivery of
 * queued replies (delivery/, loaded with `import()` on first use: DESIGN §6 start-up budget).
 * Selectors: selectors.ts.
 */
import type { ProviderAdapter } from '../adapter.ts';
import { safely } from '../safely.ts';
import { isSendShortcutIn } from '../send-shortcut.ts';
import { lazyDelivery, notLoaded } from '../shared/lazy.ts';
import { accountOf, addressOf } from './account.ts';
import { GMAIL_CONFIRMS } from './confirms.ts';
import { GmailCompose } from './compose.ts';
import { composeRootOf, findComposeRoots, isStandalone } from './roots.ts';
import { PAGE_MARKERS } from './selectors.ts';
import { sendingControlAt } from './send-control.ts';

export const gmailAdapter: ProviderAdapter = {
  name: 'gmail',
  confirms: GMAIL_CONFIRMS,
  deliversLocally: true,

  recognisesPage(doc) {
    return safely(() => isStandalone(doc) || doc.querySelector(PAGE_MARKERS) !== null, false);
  },

  findComposeRoots(doc) {
    return safely(() => findComposeRoots(doc), []);
  },

  composeRootOf(node) {
    return safely(() => composeRootOf(node), null);
  },

  compose(root) {
    return new GmailCompose(root);
  },

  sendControlAt(el) {
    return safely(() => {
      const root = composeRootOf(el);
      return root === null ? null : sendingControlAt(root, el);
    }, null);
  },

  isSendShortcut(event) {
    return isSendShortcutIn(event, composeRootOf);
  },

  account(doc) {
    return safely(() => accountOf(doc), null);
  },

  accountAddress(doc) {
    return Promise.resolve(safely(() => addressOf(doc), null));
  },

  ...lazyDelivery({ open: () => import('./delivery/open.ts'), lists: () => import('./delivery/lists.ts') }),

  cancelScheduled(doc, query) {
    return import('./delivery/lists.ts').then(
      ({ cancelScheduled }) => cancelScheduled(doc, query),
      notLoaded('the delivery code'),
    );
  },
};
