/** One Outlook compose (new message, inline reply or pop-out), read through selectors.ts only. */
import type { ThreadRef } from '../../../core/queue-types.ts';
import type { ComposeAdapter, ComposeKind, RequestMessage, ScheduleResult } from '../adapter.ts';
import { firstMatch } from './query.ts';
import { composeRecipients, fieldRecipients } from './recipients.ts';
import { conversationOf, findRequest } from './request.ts';
import { safely } from '../safely.ts';
import { notLoaded } from '../shared/lazy.ts';
import { scheduleSend } from './schedule.ts';
import { BODY_EDITOR, SEND_BUTTON, SPLIT_BUTTON, SUBJECT } from './selectors.ts';
import { threadOf } from './thread.ts';

/** A compose in a pop-out window (an about:blank document), inside a conversation (a reply), or a new message. */
export function composeKind(root: HTMLElement): ComposeKind {
  if (root.ownerDocument.URL.startsWith('about:')) return 'popout';
  return conversationOf(root) ? 'inline' : 'new';
}

export class OutlookCompose implements ComposeAdapter {
  constructor(
    readonly root: HTMLElement,
    readonly kind: ComposeKind,
  ) {}

  isOpen(): boolean {
    return this.root.isConnected;
  }

  recipients(): string[] {
    return safely(() => composeRecipients(this.root), []);
  }

  subject(): string {
    return safely(() => firstMatch<HTMLInputElement>(this.root, SUBJECT)?.value ?? '', '');
  }

  request(): RequestMessage | null {
    return safely(() => {
      const conversation = conversationOf(this.root);
      return conversation ? findRequest(this.root, conversation, this.recipients()) : null;
    }, null);
  }

  sendControl(): HTMLElement | null {
    return safely(() => firstMatch(this.root, SEND_BUTTON), null);
  }

  pillAnchor(): HTMLElement | null {
    return safely(() => this.root.querySelector<HTMLElement>(SPLIT_BUTTON)?.parentElement ?? null, null);
  }

  scheduleSend(at: string): Promise<ScheduleResult> {
    return scheduleSend(this.root, at);
  }

  bodyEditor(): HTMLElement | null {
    return safely(() => this.root.querySelector<HTMLElement>(BODY_EDITOR), null);
  }

  bodyHtml(): string {
    return safely(() => this.bodyEditor()?.innerHTML ?? '', '');
  }

  recipientFields(): { to: string[]; cc: string[]; bcc: string[] } {
    return safely(() => fieldRecipients(this.root), { to: [], cc: [], bcc: [] });
  }

  thread(): ThreadRef | null {
    return safely(() => threadOf(this.root), null);
  }

  /** Outlook's own Discard (its draft goes with it); the code is loaded on first use (DESIGN §6 start-up budget). */
  discard(): Promise<{ ok: true } | { ok: false; reason: string }> {
    return import('./delivery/discard.ts').then(
      ({ discardCompose }) => discardCompose(this),
      notLoaded('the delivery code'),
    );
  }
}
