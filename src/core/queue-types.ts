/** Send-later queue entries (DESIGN §5). The local delivery mode comes with the queue issue. */
import type { IsoInstant } from './profile.ts';

export type QueueStatus = 'pending' | 'sending' | 'sent' | 'failed' | 'needs-attention' | 'cancelled' | 'handed-off';

export interface QueueEntry {
  id: string;
  status: QueueStatus;
  /** `provider`: the provider's own scheduler holds the message; `local`: this queue delivers it. */
  mode: 'provider' | 'local';
  provider: 'gmail' | 'outlook';
  profileIds: string[];
  /** Recipients as normalised addresses. */
  recipients: string[];
  subject: string;
  /** When it goes out (UTC ISO, so it sorts as time in the `by-due` index). */
  dueAt: IsoInstant;
  createdAt: IsoInstant;
}

/** What the content script reports after the provider's scheduler took a reply: never a body. */
export interface HandoffRequest {
  /** Chosen by the content script, one per hand-off: a repeated request does not duplicate. */
  id: string;
  provider: 'gmail' | 'outlook';
  profileIds: string[];
  recipients: string[];
  subject: string;
  dueAt: IsoInstant;
}
