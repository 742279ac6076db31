/** Fakes for the delivery engine's ports: mail tabs that answer like a scripted page, and recorded signals. */
import type { Result } from '../../messaging/protocol.ts';
import type { DeliveryOrder, DeliveryReport, ScheduledQuery, SentQuery } from '../../messaging/tab-protocol.ts';
import type { MailTab, MailTabs, NoticeKind, OpenMode, Provider, QueueSignals } from '../queue/ports.ts';

export interface FakePage {
  provider: Provider;
  account: string;
  /** What `tab/deliver` does; records the order. Throws to simulate the tab closing. */
  deliver: (order: DeliveryOrder) => DeliveryReport | Error;
  findSent: (query: SentQuery) => 'yes' | 'no' | 'unknown';
  cancelScheduled?: (query: ScheduledQuery) => { done: 'cancelled' | 'manual'; message: string };
}

export class FakeMail implements MailTabs {
  /** Orders the pages got (a resumed one carries `resume`): counting sends. */
  readonly delivered: DeliveryOrder[] = [];
  readonly sentQueries: SentQuery[] = [];
  readonly composes: DeliveryOrder[] = [];
  readonly opened: { account: string; mode: OpenMode }[] = [];
  /** Whether a background tab can be opened for an account without an open tab. */
  canOpen = true;
  /** What opening a compose does besides recording it: an error message makes it fail; `during` runs while it opens. */
  composeBehaviour: { fail?: string; during?: () => Promise<void> } = {};

  constructor(public pages: FakePage[]) {}

  async withTab<T>(
    provider: Provider,
    account: string | null,
    open: OpenMode,
    work: (tab: MailTab) => Promise<T>,
  ): Promise<{ value: T } | null> {
    let page = this.pages.find((p) => p.provider === provider && (account === null || p.account === account)) ?? null;
    if (page === null && open !== 'none' && account !== null && this.canOpen) {
      this.opened.push({ account, mode: open });
      page = {
        provider,
        account,
        deliver: () => ({ outcome: 'sent', sentAt: new Date().toISOString() }),
        findSent: () => 'no',
      };
    }
    if (page === null) return null;
    return { value: await work(this.tab(page)) };
  }

  private tab(page: FakePage): MailTab {
    const ok = <T>(value: T): Result<T> => ({ ok: true, value });
    return {
      deliver: async (order) => {
        this.delivered.push(order);
        const report = page.deliver(order);
        if (report instanceof Error) throw report;
        return ok(report);
      },
      findSent: async (query) => {
        this.sentQueries.push(query);
        return ok({ found: page.findSent(query) });
      },
      openCompose: async (order) => {
        await this.composeBehaviour.during?.();
        if (this.composeBehaviour.fail !== undefined)
          return { ok: false, error: { message: this.composeBehaviour.fail } };
        this.composes.push(order);
        return ok(null);
      },
      cancelScheduled: async (query) =>
        ok(page.cancelScheduled?.(query) ?? { done: 'manual', message: 'Cancel it in Scheduled.' }),
    };
  }
}

export class FakeSignals implements QueueSignals {
  wake: Date | null = null;
  safetyOn = false;
  badgeCount: number | null = null;
  readonly notices: { id: string; kind: NoticeKind; message: string }[] = [];

  async wakeAt(when: Date | null) {
    this.wake = when;
  }
  async safety(on: boolean) {
    this.safetyOn = on;
  }
  async badge(waiting: number) {
    this.badgeCount = waiting;
  }
  async notify(id: string, kind: NoticeKind, _title: string, message: string) {
    this.notices.push({ id, kind, message });
  }
}
