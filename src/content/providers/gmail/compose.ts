/**
 * One Gmail compose, read afresh on every call (Gmail re-renders freely: nothing but the root
 * is kept). Every reader returns an empty answer rather than throwing (adapter.ts contract).
 */
import type { ThreadRef } from '../../../core/queue-types.ts';
import type { ComposeAdapter, ComposeKind, RequestMessage, ScheduleResult } from '../adapter.ts';
import { safely } from '../safely.ts';
import { notLoaded } from '../shared/lazy.ts';
import { bodyHtmlOf, bodyOf } from './body.ts';
import { readRecipientFields, readRecipients } from './recipients.ts';
import { findRequest } from './request.ts';
import { isComposeOpen, kindOf } from './roots.ts';
import { pillAnchorOf, sendControlOf } from './send-control.ts';
import { subjectOf } from './subject.ts';
import { threadOf } from './thread.ts';

export class GmailCompose implements ComposeAdapter {
  constructor(readonly root: HTMLElement) {}

  /** Read from where the compose sits now: a pop-up can go full screen and back. */
  get kind(): ComposeKind {
    return safely(() => kindOf(this.root), 'popup');
  }

  isOpen(): boolean {
    return safely(() => isComposeOpen(this.root), false);
  }

  recipients(): string[] {
    return safely(() => readRecipients(this.root), []);
  }

  subject(): string {
    return safely(() => subjectOf(this.root), '');
  }

  request(): RequestMessage | null {
    return safely(() => findRequest(this.root), null);
  }

  sendControl(): HTMLElement | null {
    return safely(() => sendControlOf(this.root), null);
  }

  pillAnchor(): HTMLElement | null {
    return safely(() => pillAnchorOf(this.root), null);
  }

  /** The scheduler is loaded on first use: it is not needed at start-up (DESIGN §6 size budget). */
  scheduleSend(at: string): Promise<ScheduleResult> {
    return import('./schedule.ts').then(({ scheduleSend }) => scheduleSend(this, at), notLoaded('the scheduler'));
  }

  bodyEditor(): HTMLElement | null {
    return safely(() => bodyOf(this.root), null);
  }

  bodyHtml(): string {
    return safely(() => bodyHtmlOf(this.root), '');
  }

  recipientFields(): { to: string[]; cc: string[]; bcc: string[] } {
    return safely(() => readRecipientFields(this.root), { to: [], cc: [], bcc: [] });
  }

  thread(): ThreadRef | null {
    return safely(() => threadOf(this.root), null);
  }

  /** Gmail's trash control; loaded on first use like the scheduler. */
  discard(): Promise<{ ok: true } | { ok: false; reason: string }> {
    return import('./delivery/discard.ts').then(
      ({ discardCompose }) => discardCompose(this),
      notLoaded('the discard code'),
    );
  }
}
