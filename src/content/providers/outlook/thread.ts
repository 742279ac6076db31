/**
 * The conversation a compose answers (ThreadRef): the reading pane's conversation around an
 * inline reply, by its `data-convid`. A new message and a pop-out have none. Outlook opens a
 * conversation by a message's item id, which the page does not show (research), so the
 * reference's `url` is the mailbox: the reply goes into the conversation only while it is open
 * there (delivery/open.ts), else as a new message with the reply's subject.
 */
import type { ThreadRef } from '../../../core/queue-types.ts';
import { accountOf } from './account.ts';
import { conversationOf } from './request.ts';
import { CONVERSATION, CONVERSATION_ID_ATTR } from './selectors.ts';

export function threadOf(root: HTMLElement): ThreadRef | null {
  const conversation = conversationOf(root);
  const id = conversation?.closest(CONVERSATION)?.getAttribute(CONVERSATION_ID_ATTR)?.trim();
  const account = accountOf(root.ownerDocument);
  return id && account ? { id, url: account } : null;
}
