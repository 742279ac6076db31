/**
 * Local deliveries in this mail tab (DESIGN §5.1 local mode): the worker asks, the provider's
 * adapter opens a compose with the reply and presses Send, and the answer says what the provider
 * confirmed. One delivery at a time per tab (two composes filled at once could be confused), and
 * an order for an entry this page already handled answers the first outcome again instead of
 * sending twice: the worker repeats an order when it was stopped while waiting (DESIGN §5.4).
 */
import type { DeliveryOrder, DeliveryReport } from '../../messaging/tab-protocol.ts';
import type { ProviderAdapter } from '../providers/adapter.ts';
import { accountProblem } from '../providers/account-check.ts';

/** How long the provider may take to confirm a Send before the outcome is `unknown`. */
export const CONFIRM_TIMEOUT_MS = 60_000;

export class Deliveries {
  private readonly byEntry = new Map<string, Promise<DeliveryReport>>();
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly adapter: ProviderAdapter,
    private readonly doc: Document = document,
    private readonly now: () => Date = () => new Date(),
  ) {}

  deliver(order: DeliveryOrder): Promise<DeliveryReport> {
    const known = this.byEntry.get(order.entryId);
    if (known) return known;
    if (order.resume) return this.resume(order, order.resume);
    const run = this.queue.then(() => this.deliverOne(order));
    this.queue = run.catch(() => undefined);
    this.byEntry.set(order.entryId, run);
    // A delivery that certainly did not happen may be asked for again (the worker retries it).
    void run.then((report) => {
      if (report.outcome === 'not-sent') this.byEntry.delete(order.entryId);
    });
    return run;
  }

  /** A delivery this page has no record of (reloaded, or another tab's): only Sent can tell. */
  private async resume(
    order: DeliveryOrder,
    { since, recipients }: NonNullable<DeliveryOrder['resume']>,
  ): Promise<DeliveryReport> {
    try {
      // A provider without a Sent lookup (ProviderConfirms) cannot tell: no page is opened to ask.
      const found = this.adapter.confirms.sentLookup
        ? await this.adapter.findSent(this.doc, { subject: order.subject, recipients, since })
        : 'unknown';
      if (found === 'yes') return { outcome: 'sent', sentAt: this.now().toISOString() };
      return {
        outcome: 'unknown',
        reason:
          found === 'no'
            ? 'the reply is not in Sent, and this tab has no record of sending it'
            : 'Sent could not be read',
      };
    } catch (error) {
      return { outcome: 'unknown', reason: error instanceof Error ? error.message : String(error) };
    }
  }

  private async deliverOne(order: DeliveryOrder): Promise<DeliveryReport> {
    // The worker decided while the boundary allowed it; if this tab only gets here after the window closed, it does not send.
    if (order.sendBy !== undefined && this.now().getTime() > Date.parse(order.sendBy)) {
      return { outcome: 'not-sent', reason: 'the client’s window had closed before this tab could send it' };
    }
    try {
      // Never from another account (Gmail renumbers u/<n>): checked before anything is filled.
      const wrongAccount = await accountProblem(this.adapter, this.doc, order.accountAddress);
      if (wrongAccount) return { outcome: 'not-sent', reason: wrongAccount };
      const opened = await this.adapter.openCompose(this.doc, order.subject, order.reply);
      if (!opened.ok) return { outcome: 'not-sent', reason: opened.reason };
      return await opened.filled.send(CONFIRM_TIMEOUT_MS);
    } catch (error) {
      // An error after Send may have been pressed: never claim it did not go out.
      return { outcome: 'unknown', reason: error instanceof Error ? error.message : String(error) };
    }
  }
}
