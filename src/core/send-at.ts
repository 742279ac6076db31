/**
 * When "Send at …" really sends (DESIGN §3 `sendLater`): the next window, plus the strictest
 * send-later offset of the clients whose boundary is closed, plus a random minute so scheduled
 * mail does not look automated — but never at an instant outside any matched boundary.
 */
import type { ClientProfile } from './profile.ts';
import { isInside } from './schedule.ts';

const MINUTE_MS = 60_000;

/** 0 … range − 1; a broken random source (NaN, 1, −0.5) still gives a minute in range. */
function randomMinute(range: number, random: () => number): number {
  const draw = random();
  if (!Number.isFinite(draw)) return 0;
  return Math.min(range - 1, Math.max(0, Math.floor(draw * range)));
}

/**
 * `closed`: the matched profiles whose boundary sending now breaks (their send-later policies
 * apply); `matched`: every matched profile (sendAt must be inside all of them).
 *
 * The largest offset wins (each client asked for at least that much), and the random minute
 * falls within the smallest random range (a client who wants none gets none). `random` returns
 * a number in [0, 1), like Math.random. When the shifted instant would leave a boundary (a short
 * window, a long offset), the offset without the random minute is tried, then `nextWindow` itself.
 */
export function sendAtFor(
  nextWindow: Date,
  closed: readonly ClientProfile[],
  matched: readonly ClientProfile[],
  random: () => number,
): Date {
  if (closed.length === 0) return nextWindow;
  const offset = Math.max(...closed.map((p) => p.sendLater.offsetMinutes));
  const range = Math.min(...closed.map((p) => p.sendLater.randomWithinMinutes));
  const minute = range > 0 ? randomMinute(range, random) : 0;
  const base = nextWindow.getTime() + offset * MINUTE_MS;
  for (const ms of [base + minute * MINUTE_MS, base]) {
    const at = new Date(ms);
    if (matched.every((p) => isInside(p, at))) return at;
  }
  return nextWindow;
}
