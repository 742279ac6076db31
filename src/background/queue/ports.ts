/**
 * What the delivery engine needs from the browser, as interfaces: tests drive the engine with
 * fakes, and the worker passes the real ones (browser-ports.ts).
 */
import type { ProviderName } from '../../core/providers.ts';
import type { Result } from '../../messaging/protocol.ts';
import type { DeliveryOrder, DeliveryReport, ScheduledQuery, SentQuery } from '../../messaging/tab-protocol.ts';

/** The provider a mail tab serves (the providers table's names). */
export type Provider = ProviderName;

export type OpenMode = 'none' | 'background' | 'visible';

/** One mail tab the engine talks to; every call rejects when the tab is gone. */
export interface MailTab {
  deliver(order: DeliveryOrder): Promise<Result<DeliveryReport>>;
  findSent(query: SentQuery): Promise<Result<{ found: 'yes' | 'no' | 'unknown' }>>;
  openCompose(order: DeliveryOrder): Promise<Result<null>>;
  cancelScheduled(query: ScheduledQuery): Promise<Result<{ done: 'cancelled' | 'manual'; message: string }>>;
}

export interface MailTabs {
  /**
   * Runs `work` with a mail tab of this provider and account (any account for null): an open
   * one, else per `open` — `none`: no tab is opened; `background`: one is opened in the
   * background and closed afterwards; `visible`: one is opened (or the found one focused) and
   * left open for the user. Null when there is no tab.
   */
  withTab<T>(
    provider: Provider,
    account: string | null,
    open: OpenMode,
    work: (tab: MailTab) => Promise<T>,
  ): Promise<{ value: T } | null>;
}

export type NoticeKind = 'late' | 'moved' | 'retrying' | 'needs-attention' | 'body-deleted';

export interface QueueSignals {
  /** Wakes the worker at `when` (one named alarm), or clears it for null. */
  wakeAt(when: Date | null): Promise<void>;
  /** The periodic safety alarm while anything waits. */
  safety(on: boolean): Promise<void>;
  badge(waiting: number): Promise<void>;
  notify(id: string, kind: NoticeKind, title: string, message: string): Promise<void>;
}
