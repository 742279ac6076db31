/** Gmail's delivery timings (shared/timings.ts): its Undo window after "Message sent" is 5–30 s. */
import type { DeliveryTimings } from '../../shared/timings.ts';

export type { DeliveryTimings };
export { failure, messageOf } from '../../shared/results.ts';

export const TIMINGS: DeliveryTimings = { stepMs: 5_000, closeMs: 5_000, undoMs: 31_000 };
