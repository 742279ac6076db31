/**
 * Who may talk to the worker (DESIGN §4, §7): our own extension pages and our own content
 * scripts on the four mail hosts — nothing else. Checked first by every handler.
 *
 * `sender.id` proves the message comes from code of this extension; the URL check narrows it
 * to the places that code is meant to run, so a content script that somehow ran elsewhere
 * cannot read or change profiles.
 */
import { ALL_MAIL_HOSTS } from '../core/providers.ts';

/** The parts of `runtime.MessageSender` the check reads (Chrome's and Firefox's both fit). */
export interface SenderInfo {
  id?: string;
  url?: string;
  /** Chrome only: the frame's origin, which an `about:blank` frame inherits from its parent. */
  origin?: string;
  tab?: { url?: string };
}

export interface OwnIdentity {
  /** `runtime.id` */
  id: string;
  /** `chrome-extension://<id>` / `moz-extension://<uuid>`, no trailing slash. */
  origin: string;
}

export const MAIL_ORIGINS: readonly string[] = ALL_MAIL_HOSTS.map((host) => `https://${host}`);

/** `page`: an extension page (options, popup); `content`: our content script in a mail tab. */
export type SenderKind = 'page' | 'content';

/**
 * `origins`: for a content script, the mail origins it speaks from — its frame's and, when the
 * browser names it, its tab's (a handler checks a reply's provider against them); none for a page.
 */
export type SenderCheck = { ok: true; kind: SenderKind; origins: readonly string[] } | { ok: false; reason: string };

function originOf(url: string | undefined): string | null {
  if (url === undefined || url === '') return null;
  try {
    const origin = new URL(url).origin;
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}

/**
 * The origin a content script's frame really belongs to. An `about:blank`/`about:srcdoc`
 * frame (Gmail and Outlook write compose pop-outs into those) has no origin in its URL: use
 * the origin Chrome reports, else (Firefox reports none) the tab's own URL.
 */
function frameOrigin(sender: SenderInfo): string | null {
  const url = sender.url ?? '';
  if (!url.startsWith('about:')) return originOf(url);
  if (sender.origin !== undefined && sender.origin !== 'null') return sender.origin;
  return originOf(sender.tab?.url);
}

export function checkSender(sender: SenderInfo, self: OwnIdentity): SenderCheck {
  if (sender.id === undefined || sender.id === '') {
    return { ok: false, reason: 'the request did not come from an extension' };
  }
  if (sender.id !== self.id) {
    return { ok: false, reason: `the request came from another extension (${sender.id})` };
  }
  if (sender.url !== undefined && sender.url.startsWith(`${self.origin}/`)) {
    return { ok: true, kind: 'page', origins: [] };
  }
  const origin = frameOrigin(sender);
  if (origin !== null && MAIL_ORIGINS.includes(origin)) {
    const tab = originOf(sender.tab?.url);
    return { ok: true, kind: 'content', origins: tab === null || tab === origin ? [origin] : [origin, tab] };
  }
  return {
    ok: false,
    reason: `the request came from ${origin ?? sender.url ?? 'an unknown place'}, which is not a Red Cup page or a supported mail page`,
  };
}
