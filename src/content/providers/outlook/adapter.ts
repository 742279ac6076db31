/**
 * The Outlook on the web adapter (DESIGN §4 "Provider adapters"): new messages and replies in the
 * reading pane and pop-out windows, their recipients (chips and text not resolved yet), subject,
 * the message being answered, the Send split button and Outlook's own Schedule send. Every
 * selector is in selectors.ts. Nothing here throws: an unknown page gives null / empty answers.
 */
import type { ComposeAdapter, ProviderAdapter } from '../adapter.ts';
import { composeKind, OutlookCompose } from './compose.ts';
import { closestOf } from './query.ts';
import { findRoots, rootContaining } from './roots.ts';
import { safely } from './safely.ts';
import { BODY_EDITOR, PAGE_MARKERS, SEND_BUTTON } from './selectors.ts';

export const outlookAdapter: ProviderAdapter = {
  name: 'outlook',
  // Opening, filling and sending an Outlook compose by itself is not built yet (see README).
  deliversLocally: false,

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
    return new OutlookCompose(root, safely(() => composeKind(root), 'new'));
  },

  /** Only the primary part of a compose's Send split button (the part beside it opens a menu). */
  isSendControl(el) {
    return safely(() => {
      const control = closestOf(el, SEND_BUTTON);
      return control !== null && rootContaining(control) !== null;
    }, false);
  },

  isSendShortcut(event) {
    if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey || event.isComposing) return false;
    return safely(() => {
      const target = event.composedPath()[0] ?? event.target;
      return target instanceof Element && rootContaining(target) !== null;
    }, false);
  },

  account(doc) {
    return safely(() => (doc.location?.host ? `https://${doc.location.host}/mail/` : null), null);
  },

  openCompose() {
    return Promise.resolve({ ok: false as const, reason: 'Red Cup cannot yet open and send an Outlook compose by itself' });
  },

  /** Outlook's Sent Items are not read yet: the worker then treats an unconfirmed delivery as needing attention. */
  findSent() {
    return Promise.resolve('unknown' as const);
  },

  cancelScheduled() {
    return Promise.resolve({ ok: false as const, reason: 'cancelling from Red Cup is not supported for Outlook yet' });
  },
};
