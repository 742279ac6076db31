/**
 * The Outlook on the web adapter (DESIGN §4 "Provider adapters"): new messages and replies in the
 * reading pane and pop-out windows, their recipients (chips and text not resolved yet), subject,
 * the message being answered, the Send split button and Outlook's own Schedule send — and the
 * local delivery of queued replies (delivery/, loaded with `import()` on first use: DESIGN §6
 * start-up budget). Every selector is in selectors.ts. Nothing here throws: an unknown page
 * gives null / empty answers.
 */
import type { ComposeAdapter, ProviderAdapter } from '../adapter.ts';
import { accountOf, addressOf } from './account.ts';
import { cannotCancelHere } from '../cannot-cancel.ts';
import { OUTLOOK_CONFIRMS } from './confirms.ts';
import { composeKind, OutlookCompose } from './compose.ts';
import { closestOf } from './query.ts';
import { findRoots, rootContaining } from './roots.ts';
import { safely } from '../safely.ts';
import { isSendShortcutIn } from '../send-shortcut.ts';
import { lazyDelivery } from '../shared/lazy.ts';
import { BODY_EDITOR, PAGE_MARKERS, SEND_BUTTON } from './selectors.ts';

export const outlookAdapter: ProviderAdapter = {
  name: 'outlook',
  confirms: OUTLOOK_CONFIRMS,
  deliversLocally: true,

  recognisesPage(doc) {
    return safely(() => doc.querySelector(PAGE_MARKERS) !== null || doc.querySelector(BODY_EDITOR) !== null, false);
  },

  findComposeRoots(doc) {
    return safely(() => findRoots(doc), []);
  },

  composeRootOf(node) {
    return safely(() => rootContaining(node), null);
  },

  compose(root): ComposeAdapter {
    return new OutlookCompose(
      root,
      safely(() => composeKind(root), 'new'),
    );
  },

  /** Only the primary part of a compose's Send split button (the part beside it opens a menu). */
  sendControlAt(el) {
    return safely(() => {
      const control = closestOf(el, SEND_BUTTON);
      return control instanceof HTMLElement && rootContaining(control) !== null ? control : null;
    }, null);
  },

  isSendShortcut(event) {
    return isSendShortcutIn(event, rootContaining);
  },

  account(doc) {
    return safely(() => accountOf(doc), null);
  },

  accountAddress(doc) {
    return addressOf(doc).catch(() => null);
  },

  /** Opens, fills and sends in this tab; Sent Items opened in this tab (delivery/lists.ts). */
  ...lazyDelivery({ open: () => import('./delivery/open.ts'), lists: () => import('./delivery/lists.ts') }),

  /**
   * The research knows no way to cancel Outlook's scheduled send from the page (Outlook keeps the
   * message in Drafts until its time; `confirms.scheduledCancel` is false): the user is told how instead.
   */
  cancelScheduled() {
    return Promise.resolve(cannotCancelHere('outlook'));
  },
};
