/** The popup's "Scheduled replies": the next few the provider's scheduler holds, soonest first. */
import type { IsoInstant } from '../../core/profile.ts';
import type { QueueEntry } from '../../core/queue-types.ts';

export const SCHEDULED_SHOWN = 5;

export interface UpcomingReplies {
  shown: QueueEntry[];
  /** How many more are scheduled after those shown. */
  more: number;
}

/** Handed-off entries still due after `nowIso`, soonest first, at most `limit` of them. */
export function upcomingReplies(entries: readonly QueueEntry[], nowIso: IsoInstant, limit = SCHEDULED_SHOWN): UpcomingReplies {
  const now = Date.parse(nowIso);
  const upcoming = entries
    .filter((e) => e.status === 'handed-off' && Date.parse(e.dueAt) > now)
    .sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt));
  return { shown: upcoming.slice(0, limit), more: Math.max(0, upcoming.length - limit) };
}
