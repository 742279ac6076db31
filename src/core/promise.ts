/**
 * When a reply is due under a client's promise (DESIGN §3, "Promise"), measured from the moment
 * the request being answered arrived.
 *
 * - within N hours: N hours of real time later.
 * - within N business hours: N hours counted only inside the windows (elapsed real time, so a
 *   DST night inside a window counts as it really lasts).
 * - same business day: by the end of the last window of the business day the request falls in,
 *   or of the next business day when it arrives after that day's hours.
 * - next business day by HH:mm: at HH:mm on the next business day. A request that arrives
 *   before the first window of a business day is answered by HH:mm that day: "next" is the
 *   next business morning, not the one after it.
 * The after-hours promise, when set, applies to a request that arrives outside the windows.
 */
import type { ClientProfile, PromiseRule } from './profile.ts';
import { HORIZON_DAYS, instantOnDay, isBusinessDay, isInside, localDayOf, windowsFrom, windowsOn } from './schedule.ts';
import { wallMinutes } from './wall-time.ts';

const HOUR_MS = 3_600_000;

/** The rule that applies to a request arriving at `requestAt`. */
export function applicableRule(profile: ClientProfile, requestAt: Date): PromiseRule {
  const { regular, afterHours } = profile.promise;
  return afterHours !== undefined && !isInside(profile, requestAt) ? afterHours : regular;
}

function businessHoursLater(profile: ClientProfile, from: Date, hours: number): Date | null {
  let remaining = hours * HOUR_MS;
  for (const w of windowsFrom(profile, from)) {
    const length = w.end - w.start;
    if (remaining <= length) return new Date(w.start + remaining);
    remaining -= length;
  }
  return null;
}

function endOfBusinessDay(profile: ClientProfile, from: Date): Date | null {
  const first = windowsFrom(profile, from).next();
  if (first.done === true) return null;
  // The request belongs to the business day its window started on (an overnight window's day).
  const w = first.value;
  const ends = windowsOn(profile, w.day).map((x) => x.end);
  return new Date(Math.max(w.end, ...ends));
}

function nextBusinessDayBy(profile: ClientProfile, requestAt: Date, time: string): Date | null {
  const today = localDayOf(profile, requestAt);
  const firstToday = windowsOn(profile, today)[0];
  const startDay = firstToday !== undefined && requestAt.getTime() < firstToday.start ? today : today + 1;
  for (let day = startDay; day <= today + HORIZON_DAYS; day++) {
    if (isBusinessDay(profile, day)) return instantOnDay(profile, day, wallMinutes(time));
  }
  return null;
}

/** When the reply to a request that arrived at `requestAt` is due; null when never within a year. */
export function promiseDeadline(profile: ClientProfile, requestAt: Date): Date | null {
  const rule = applicableRule(profile, requestAt);
  switch (rule.kind) {
    case 'within-hours':
      return new Date(requestAt.getTime() + rule.hours * HOUR_MS);
    case 'within-business-hours':
      return businessHoursLater(profile, requestAt, rule.hours);
    case 'same-business-day':
      return endOfBusinessDay(profile, requestAt);
    case 'next-business-day-by':
      return nextBusinessDayBy(profile, requestAt, rule.time);
  }
}
