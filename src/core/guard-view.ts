/**
 * Everything the compose guard shows for a verdict (DESIGN §2.2–2.4), as finished strings: the
 * status pill, the rules sending now breaks, the next window in each client's zone and in the
 * user's, the "Send at …" button, and whether the promise is still kept then. Computed in the
 * worker (luxon stays out of the content script); times are on the user's 12/24-hour clock.
 */
import { DateTime } from 'luxon';
import { formatWhen, zoneAbbreviation, type Clock } from './format.ts';
import type { GuardNextWindow, GuardView } from './guard-types.ts';
import { REASON_TEXT, ruleSentences } from './guard-rules.ts';
import { zoneCity } from './hours-text.ts';
import type { ClientProfile, ProfileRef, Settings } from './profile.ts';
import { sendAtFor } from './send-at.ts';
import type { OutsideVerdict, Verdict } from './verdict-types.ts';

interface Formatting {
  clock: Clock;
  nowIso: string;
  /**
   * Texts already formatted in this view, by instant and zone. Formatting with luxon costs
   * ~0.3 ms a time, and a compose to many clients repeats the same few instants and zones
   * (one deadline per promise kind, one zone per city) once per client.
   */
  memo: Map<string, string>;
}

const names = (refs: readonly ProfileRef[]) => refs.map((r) => r.name).join(' + ');

function memo(f: Formatting, key: string, make: () => string): string {
  let text = f.memo.get(key);
  if (text === undefined) {
    text = make();
    f.memo.set(key, text);
  }
  return text;
}

const when = (iso: string, zone: string, f: Formatting) =>
  memo(f, `${iso} ${zone}`, () => formatWhen(iso, zone, f.clock, f.nowIso));

/** `Tue 08:00 EST`: a time that needs its zone said. */
const whenInZone = (iso: string, zone: string, f: Formatting) =>
  memo(f, `${iso} ${zone} +zone`, () => `${when(iso, zone, f)} ${zoneAbbreviation(zone, iso)}`);

function sameOffset(a: string, b: string, iso: string): boolean {
  return DateTime.fromISO(iso, { zone: a }).offset === DateTime.fromISO(iso, { zone: b }).offset;
}

function outsidePill(v: OutsideVerdict, f: Formatting): string {
  const reasons = new Set(v.outside.map((o) => o.reason));
  const [only] = reasons;
  const reason = reasons.size === 1 && only !== undefined ? REASON_TEXT[only] : 'outside hours';
  const zone = v.profiles[0]?.timeZone ?? 'UTC';
  const next = v.nextWindow === null ? 'no window within a year' : `next window ${whenInZone(v.nextWindow, zone, f)}`;
  return `${names(v.profiles)} · ${reason} · ${next}`;
}

function pill(verdict: Verdict, userZone: string, f: Formatting): string {
  switch (verdict.kind) {
    case 'inside': {
      const zone = verdict.profiles[0]?.timeZone ?? userZone;
      // The client's zone is named only when the user's clock shows another time.
      const until = sameOffset(zone, userZone, verdict.until)
        ? when(verdict.until, zone, f)
        : whenInZone(verdict.until, zone, f);
      return `${names(verdict.profiles)} · inside hours until ${until}`;
    }
    case 'outside':
      return outsidePill(verdict, f);
    case 'unguarded':
      switch (verdict.why) {
        case 'paused':
          return verdict.validUntil === null
            ? 'Paused · not guarded'
            : `Paused until ${when(verdict.validUntil, userZone, f)}`;
        case 'no-profile-matches':
          return 'Not a client · not guarded';
        case 'no-recipients':
          return 'No recipients yet';
      }
  }
}

function nextWindow(
  sendAt: string,
  refs: readonly ProfileRef[],
  userZone: string,
  f: Formatting,
): Omit<GuardNextWindow, 'at'> {
  const zones = new Map<string, string[]>();
  for (const ref of refs) zones.set(ref.timeZone, [...(zones.get(ref.timeZone) ?? []), ref.name]);
  const first = refs[0]?.timeZone ?? userZone;
  return {
    sendAt,
    button: `Send ${when(sendAt, first, f)}`,
    inClientZones: [...zones].map(([zone, who]) => `${when(sendAt, zone, f)} in ${zoneCity(zone)} (${who.join(', ')})`),
    inUserZone: `${when(sendAt, userZone, f)} your time`,
  };
}

/** One sentence per client: is the reply still on time at `sendAt`? */
function promiseText(v: OutsideVerdict, sendAt: string | null, f: Formatting): { text: string; kept: boolean } {
  const sentences: string[] = [];
  let allKept = true;
  for (const p of v.promises) {
    const { name, timeZone } = p.profile;
    const kept = sendAt !== null && p.deadline !== null && Date.parse(sendAt) <= Date.parse(p.deadline);
    allKept &&= kept;
    if (p.deadline === null)
      sentences.push(`The promise to ${name} cannot be kept: there are no business hours within a year.`);
    else if (sendAt === null) sentences.push(`The promise to ${name} cannot be kept: no window opens within a year.`);
    else if (kept)
      sentences.push(
        `The promise to ${name} is still kept: the reply is due by ${whenInZone(p.deadline, timeZone, f)}.`,
      );
    else {
      const past = Date.parse(p.deadline) < Date.parse(f.nowIso);
      sentences.push(
        `The promise to ${name} is not kept: the reply ${past ? 'was' : 'is'} due by ${whenInZone(p.deadline, timeZone, f)}.`,
      );
    }
  }
  return { text: sentences.join(' '), kept: allKept };
}

/**
 * `profiles`: the stored profiles (the verdict names them by id); `userZone`: a valid IANA zone;
 * `random` picks the send-later random minute (injected so tests are deterministic).
 */
export function guardView(
  verdict: Verdict,
  profiles: readonly ClientProfile[],
  settings: Settings,
  now: Date,
  userZone: string,
  random: () => number = Math.random,
): GuardView {
  const f: Formatting = { clock: settings.clock, nowIso: now.toISOString(), memo: new Map() };
  const base = { pill: pill(verdict, userZone, f) };
  if (verdict.kind !== 'outside')
    return { ...base, tone: verdict.kind, rules: [], next: null, promise: null, promiseKept: true };

  const byId = new Map(profiles.map((p) => [p.id, p]));
  const find = (ref: ProfileRef) => byId.get(ref.id) ?? null;
  const rules = ruleSentences(verdict.outside, find, now, settings.clock);

  let next: GuardNextWindow | null = null;
  if (verdict.nextWindow !== null) {
    const known = (list: readonly ProfileRef[]) => list.map(find).filter((p): p is ClientProfile => p !== null);
    const sendAt = sendAtFor(
      new Date(verdict.nextWindow),
      known(verdict.outside.map((o) => o.profile)),
      known(verdict.profiles),
      random,
    );
    next = { at: verdict.nextWindow, ...nextWindow(sendAt.toISOString(), verdict.profiles, userZone, f) };
  }
  const promise = promiseText(verdict, next?.sendAt ?? null, f);
  return { ...base, tone: 'outside', rules, next, promise: promise.text, promiseKept: promise.kept };
}
