/**
 * The verdict for a compose window (DESIGN §3): may these recipients be answered now?
 *
 * Every recipient is matched to a profile (an address or domain it claims, else the "Everyone
 * else" default, else nobody). Sending is inside when it is inside the windows of *every*
 * matched profile; otherwise the verdict names who is closed and why, the earliest instant
 * inside all of them (`nextWindow`) and whether each promise is still kept by then.
 * `validUntil` lets the content script answer a Send from a cached verdict without asking.
 */
import type { ClientProfile, Settings } from './profile.ts';
import { profileRef } from './profile.ts';
import { buildMatcher, normalizeRecipient, type Matcher } from './matching.ts';
import { promiseDeadline } from './promise.ts';
import {
  currentWindow,
  HORIZON_DAYS,
  nextLocalMidnight,
  nextOpening,
  outsideReason,
  windowsFrom,
  type Interval,
} from './schedule.ts';
import type { ProfileOutside, PromiseCheck, Verdict } from './verdict-types.ts';

const DAY_MS = 86_400_000;

/**
 * The earliest instant ≥ `from` inside a window of every profile, within HORIZON_DAYS.
 *
 * Each profile's windows from `from` on are a sorted list of disjoint intervals; the answer is
 * the start of their first common intersection. Walk the lists together: the latest of the
 * current starts is the candidate; a profile whose current window ends by then moves on to its
 * next one; when none has to move, every current window holds the candidate. Each step moves
 * one list forward, so the search is bounded by the windows within the horizon, not by a count
 * of steps (two zones changing clocks on different dates can take months of windows to meet).
 */
export function commonOpening(profiles: readonly ClientProfile[], from: Date): Date | null {
  const horizon = from.getTime() + HORIZON_DAYS * DAY_MS;
  const lists = profiles.map((profile) => windowsFrom(profile, from));
  const current: Interval[] = [];
  for (const list of lists) {
    const first = list.next();
    if (first.done === true) return null;
    current.push(first.value);
  }
  for (;;) {
    let candidate = from.getTime();
    for (const w of current) candidate = Math.max(candidate, w.start);
    if (candidate > horizon) return null;
    let moved = false;
    for (let i = 0; i < current.length; i++) {
      while ((current[i]?.end ?? 0) <= candidate) {
        const next = lists[i]?.next();
        if (next === undefined || next.done === true) return null;
        current[i] = next.value;
        moved = true;
      }
    }
    if (!moved) return new Date(candidate);
  }
}

function earliest(instants: readonly (Date | null)[]): string | null {
  let min: number | null = null;
  for (const d of instants) if (d !== null && (min === null || d.getTime() < min)) min = d.getTime();
  return min === null ? null : new Date(min).toISOString();
}

export function verdict(
  recipients: readonly string[],
  profiles: readonly ClientProfile[],
  settings: Settings,
  now: Date,
  requestAt?: Date,
  matcher: Matcher = buildMatcher(profiles),
): Verdict {
  const addresses = [
    ...new Set(recipients.map((r) => normalizeRecipient(r) ?? r.trim().toLowerCase()).filter((a) => a.length > 0)),
  ];
  const byId = new Map(profiles.map((p) => [p.id, p]));
  const fallback =
    settings.defaultProfileId !== null && byId.has(settings.defaultProfileId) ? settings.defaultProfileId : null;
  const matched = addresses.map((address) => ({ address, profileId: matcher.match(address) ?? fallback }));

  if (matched.length === 0) return { kind: 'unguarded', why: 'no-recipients', validUntil: null, recipients: [] };
  if (settings.pausedUntil !== null && Date.parse(settings.pausedUntil) > now.getTime()) {
    return {
      kind: 'unguarded',
      why: 'paused',
      validUntil: new Date(settings.pausedUntil).toISOString(),
      recipients: matched,
    };
  }
  const guarded: ClientProfile[] = [];
  for (const { profileId } of matched) {
    const profile = profileId === null ? undefined : byId.get(profileId);
    if (profile !== undefined && !guarded.includes(profile)) guarded.push(profile);
  }
  if (guarded.length === 0)
    return { kind: 'unguarded', why: 'no-profile-matches', validUntil: null, recipients: matched };

  const windows = guarded.map((profile) => ({ profile, window: currentWindow(profile, now) }));
  const refs = guarded.map(profileRef);
  if (windows.every((w) => w.window !== null)) {
    const until = earliest(windows.map((w) => w.window?.end ?? null)) ?? now.toISOString();
    return { kind: 'inside', profiles: refs, until, validUntil: until, recipients: matched };
  }

  const outside: ProfileOutside[] = [];
  const changes: (Date | null)[] = [];
  for (const { profile, window } of windows) {
    if (window !== null) {
      changes.push(window.end);
      continue;
    }
    const opensAt = nextOpening(profile, now);
    outside.push({
      profile: profileRef(profile),
      reason: outsideReason(profile, now),
      opensAt: opensAt?.toISOString() ?? null,
    });
    // The reason ("day off" → "before hours") can change at the client's midnight.
    changes.push(opensAt, nextLocalMidnight(profile, now));
  }
  const next = commonOpening(guarded, now);
  const promises: PromiseCheck[] = guarded.map((profile) => {
    const deadline = promiseDeadline(profile, requestAt ?? now);
    return {
      profile: profileRef(profile),
      deadline: deadline?.toISOString() ?? null,
      keptAtNextWindow: deadline !== null && next !== null && next.getTime() <= deadline.getTime(),
    };
  });
  return {
    kind: 'outside',
    profiles: refs,
    outside,
    nextWindow: next?.toISOString() ?? null,
    promises,
    promiseKept: promises.every((p) => p.keptAtNextWindow),
    validUntil: earliest(changes),
    recipients: matched,
  };
}
