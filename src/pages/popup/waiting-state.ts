/** How the popup names where a waiting reply stands, in a few words. */
import type { QueueEntry } from '../../core/queue-types.ts';

const PROVIDER_NAMES: Record<QueueEntry['provider'], string> = { gmail: 'Gmail', outlook: 'Outlook' };

/** `with Gmail's scheduler`, `Red Cup sends it`, `needs you`… Null for a state that is not waiting. */
export function waitingState(
  entry: Pick<QueueEntry, 'status' | 'provider'>,
): { text: string; attention: boolean } | null {
  switch (entry.status) {
    case 'handed-off':
      return { text: `with ${PROVIDER_NAMES[entry.provider]}’s scheduler`, attention: false };
    case 'pending':
      return { text: 'Red Cup sends it', attention: false };
    case 'sending':
      return { text: 'sending now', attention: false };
    case 'failed':
      return { text: 'failed, will retry', attention: true };
    case 'needs-attention':
      return { text: 'needs you', attention: true };
    default:
      return null;
  }
}
