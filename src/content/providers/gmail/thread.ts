/**
 * The conversation a compose answers (ThreadRef): the open thread, for an inline reply and for a
 * pop-up whose subject is the thread's (a reply popped out of it). A pop-out window has none.
 */
import type { ThreadRef } from '../../../core/queue-types.ts';
import { accountOf } from './account.ts';
import { bareSubject } from './request.ts';
import { kindOf } from './roots.ts';
import { THREAD_HEADING, THREAD_ID_ATTR, THREAD_PERM_DECIMAL } from './selectors.ts';
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

/** The thread open on the page, or null. */
export function pageThread(doc: Document): PageThread | null {
  const heading = doc.querySelector(THREAD_HEADING);
  const id = heading?.getAttribute(THREAD_ID_ATTR)?.trim();
  const account = accountOf(doc);
  if (!heading || !id || !account) return null;
  return { ref: { id, url: `${account}#inbox/${urlId(id)}` }, subject: heading.textContent?.trim() ?? '' };
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
