/**
 * The mail tab's answers to the worker's queue messages (tab-protocol.ts). Registered in the top
 * frame only; the work itself is loaded with `import()` on the first order, so it stays out of
 * the content script's start-up budget.
 */
import { PROVIDERS } from '../../core/providers.ts';
import { onTabMessage } from '../../messaging/tab-protocol.ts';
import { failed, ok, refused } from '../../messaging/result.ts';
import type { ProviderAdapter } from '../providers/adapter.ts';
import { cannotCancelHere } from '../providers/cannot-cancel.ts';

type DeliveriesModule = typeof import('./deliveries.ts');

export function registerDeliveryHandlers(adapter: ProviderAdapter): void {
  let deliveries: Promise<InstanceType<DeliveriesModule['Deliveries']>> | null = null;
  const loadDeliveries = () => {
    deliveries ??= import('./deliveries.ts').then((m) => new m.Deliveries(adapter));
    return deliveries;
  };

  onTabMessage('tab/identity', () => ({
    provider: adapter.name,
    account: adapter.account(document),
    supported: adapter.recognisesPage(document),
  }));

  onTabMessage('tab/deliver', async ({ data }) => {
    try {
      const report = await (await loadDeliveries()).deliver(data);
      return ok(report);
    } catch (error) {
      return failed('Delivering the reply failed', error);
    }
  });

  onTabMessage('tab/find-sent', async ({ data }) => {
    try {
      return ok({ found: await adapter.findSent(document, data) });
    } catch (error) {
      return failed('Looking in Sent failed', error);
    }
  });

  onTabMessage('tab/open-compose', async ({ data }) => {
    try {
      const opened = await adapter.openCompose(document, data.subject, data.reply);
      return opened.ok ? ok(null) : refused(opened.reason);
    } catch (error) {
      return failed('Opening the reply in a compose failed', error);
    }
  });

  onTabMessage('tab/cancel-scheduled', async ({ data }) => {
    try {
      // A provider that states it cannot cancel from the page (ProviderConfirms) is not driven at all.
      const result = adapter.confirms.scheduledCancel
        ? await adapter.cancelScheduled(document, data)
        : cannotCancelHere(adapter.name);
      const { label: provider, manualCancel: byHand } = PROVIDERS[adapter.name];
      return result.ok
        ? ok({
            done: 'cancelled' as const,
            message: `${provider} cancelled the scheduled message; it is back in your drafts.`,
          })
        : ok({
            done: 'manual' as const,
            message: `${provider}'s scheduled message could not be cancelled from here (${result.reason}). ${byHand}`,
          });
    } catch (error) {
      return failed('Cancelling the scheduled message failed', error);
    }
  });
}
