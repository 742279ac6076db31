/**
 * The conversation a compose answers (ThreadRef): the open thread, for an inline reply and for a
 * pop-up whose subject is the thread's (a reply popped out of it). A pop-out window has none.
 */
import type { ThreadRef } from '../../../core/queue-types.ts';
import { accountOf } from './account.ts';
import { bareSubject } from './request.ts';
import { kindOf } from './roots.ts';
import { THREAD_HEADING, THREAD_ID_ATTR, THREAD_LEGACY_ID_ATTR, THREAD_PERM_DECIMAL } from './selectors.ts';
import { subjectOf } from './subject.ts';

export interface PageThread {
  ref: ThreadRef;
  subject: string;
}

/** Gmail opens a thread at `#inbox/<legacy hex id>`: the perm id's decimal in hex, else the id as it is. */
function urlId(permId: string): string {
  const decimal = THREAD_PERM_DECIMAL.exec(permId)?.[1];
  return decimal ? BigInt(decimal).toString(16) : encodeURIComponent(permId);
}

/**
 * The thread open on the page, or null. Its id is the perm id where the heading has one (what
 * queued replies store), else the legacy hex id research records, which is also its URL's id.
 */
export function pageThread(doc: Document): PageThread | null {
  const heading = doc.querySelector(THREAD_HEADING);
  const perm = heading?.getAttribute(THREAD_ID_ATTR)?.trim();
  const legacy = heading?.getAttribute(THREAD_LEGACY_ID_ATTR)?.trim().replace(/^#/, '');
  const account = accountOf(doc);
  const id = perm || legacy;
  if (!heading || !id || !account) return null;
  const url = `${account}#inbox/${perm ? urlId(perm) : encodeURIComponent(id)}`;
  return { ref: { id, url }, subject: heading.textContent?.trim() ?? '' };
}

export function threadOf(root: HTMLElement): ThreadRef | null {
  const kind = kindOf(root);
  if (kind === 'popout') return null;
  const thread = pageThread(root.ownerDocument);
  if (!thread) return null;
  if (kind === 'inline') return thread.ref;
  const subject = bareSubject(subjectOf(root));
  return subject !== '' && subject === bareSubject(thread.subject) ? thread.ref : null;
}
