/**
 * Outlook's delivery timings (shared/timings.ts). `undoMs`: after Outlook closed a sent compose
 * on a page without Sent Items, how long to stay before answering, so that a message held by
 * "Undo send" has left before the tab may be closed.
 */
import type { DeliveryTimings } from '../../shared/timings.ts';
import { UNDO_SEND_MAX_MS } from '../selectors.ts';

export type { DeliveryTimings };
export { failure, messageOf } from '../../shared/results.ts';

export const TIMINGS: DeliveryTimings = { stepMs: 5_000, closeMs: 5_000, undoMs: UNDO_SEND_MAX_MS + 1_000 };
