/**
 * The editor's working copy of a ClientProfile. It keeps what the user typed (times as text,
 * numbers as text, lists as lines) so nothing they wrote is lost while it is still invalid;
 * `fromDraft` turns it back into a ClientProfile and names every piece it could not read.
 */
import {
  WEEKDAYS,
  type ClientProfile,
  type PromiseRule,
  type TimeOff,
  type TimeWindow,
  type Weekday,
  type WeeklyHours,
} from '../../../core/profile.ts';
import type { HolidayChoice } from '../../../core/holiday-choice.ts';
import type { Problem } from '../../../core/problem.ts';
import { parseWallTime } from '../../../core/wall-time.ts';
import { wallTimeText } from '../../ui/wall-time-text.ts';
import { WEEKDAY_NAMES } from '../../../core/profile-validation.ts';

export type Clock = '12h' | '24h';
export type PromiseKind = PromiseRule['kind'];

export interface WindowDraft {
  key: number;
  start: string;
  end: string;
  overnight: boolean;
}

export interface TimeOffDraft {
  key: number;
  start: string;
  end: string;
  label: string;
}

/** The holiday picker: country '' = no public holidays observed (the default); region '' = national only. */
export interface HolidaysDraft {
  country: string;
  region: string;
  workAnyway: string[];
}

export interface PromiseDraft {
  kind: PromiseKind;
  hours: string;
  time: string;
}

export interface Draft {
  id: string;
  /** The stored revision the draft was opened from (none for a new client); sent back on save. */
  revision?: number | undefined;
  name: string;
  color: string;
  /** One address or domain per line. */
  match: string;
  timeZone: string;
  hours: Record<Weekday, WindowDraft[]>;
  timeOff: TimeOffDraft[];
  holidays: HolidaysDraft;
  promise: { regular: PromiseDraft; afterHoursOn: boolean; afterHours: PromiseDraft };
  /** Situations one per line; keywords comma-separated. */
  emergency: { situations: string; keywords: string; channel: string };
  sendLater: { offsetMinutes: string; randomWithinMinutes: string; delivery: 'provider' | 'local' };
  notes: string;
  /** The user's own statement wording; '' = the generated paragraph. */
  statementTemplate: string;
}

let lastKey = 0;
/** A key for list rendering, so rows keep their focus and state when others are removed. */
export function nextKey(): number {
  lastKey += 1;
  return lastKey;
}

export function windowDraft(w: TimeWindow, clock: Clock): WindowDraft {
  return {
    key: nextKey(),
    start: wallTimeText(w.start, clock),
    end: wallTimeText(w.end, clock),
    overnight: w.overnight === true,
  };
}

function promiseDraft(rule: PromiseRule | undefined, clock: Clock): PromiseDraft {
  if (!rule) return { kind: 'next-business-day-by', hours: '24', time: wallTimeText('12:00', clock) };
  switch (rule.kind) {
    case 'within-hours':
    case 'within-business-hours':
      return { kind: rule.kind, hours: String(rule.hours), time: wallTimeText('12:00', clock) };
    case 'same-business-day':
      return { kind: rule.kind, hours: '24', time: wallTimeText('12:00', clock) };
    case 'next-business-day-by':
      return { kind: rule.kind, hours: '24', time: wallTimeText(rule.time, clock) };
  }
}

export function toDraft(p: ClientProfile, clock: Clock): Draft {
  const hours = {} as Record<Weekday, WindowDraft[]>;
  for (const day of WEEKDAYS) hours[day] = (p.hours[day] ?? []).map((w) => windowDraft(w, clock));
  return {
    id: p.id,
    revision: p.revision,
    name: p.name,
    color: p.color,
    match: p.match.join('\n'),
    timeZone: p.timeZone,
    hours,
    timeOff: p.timeOff.map((t) => ({ key: nextKey(), start: t.start, end: t.end, label: t.label ?? '' })),
    holidays: {
      country: p.holidays?.country ?? '',
      region: p.holidays?.region ?? '',
      workAnyway: [...(p.holidays?.workAnyway ?? [])],
    },
    promise: {
      regular: promiseDraft(p.promise.regular, clock),
      afterHoursOn: p.promise.afterHours !== undefined,
      afterHours: promiseDraft(p.promise.afterHours, clock),
    },
    emergency: {
      situations: p.emergency.situations.join('\n'),
      keywords: p.emergency.keywords.join(', '),
      channel: p.emergency.channel,
    },
    sendLater: {
      offsetMinutes: String(p.sendLater.offsetMinutes),
      randomWithinMinutes: String(p.sendLater.randomWithinMinutes),
      delivery: p.sendLater.delivery,
    },
    notes: p.notes,
    statementTemplate: p.statementTemplate ?? '',
  };
}

/** A draft compared without its rendering keys: has the user changed anything? */
export function draftSignature(d: Draft): string {
  return JSON.stringify(d, (k, v: unknown) => (k === 'key' ? undefined : v));
}

export function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

export function commaList(text: string): string[] {
  return text
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

const TIME_HELP = 'Write it like 9:00, 17:30, 0900 or 9am.';

/** Reads a typed time; an end of 24:00 (or 00:00 on a same-day window) means midnight. */
export function readTime(text: string, isEnd: boolean, overnight: boolean): string | null {
  const t = text.trim();
  if (isEnd && /^24(:?00)?$/.test(t)) return '24:00';
  const parsed = parseWallTime(t);
  if (parsed === null) return null;
  if (isEnd && !overnight && parsed === '00:00') return '24:00';
  return parsed;
}

function readNumber(text: string): number | null {
  const t = text.trim().replace(',', '.');
  if (t === '') return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

interface Reader {
  problems: Problem[];
}

function timeAt(r: Reader, text: string, path: string, what: string, isEnd = false, overnight = false): string {
  const value = readTime(text, isEnd, overnight);
  if (value !== null) return value;
  r.problems.push({
    path,
    message:
      text.trim() === ''
        ? `${what}: enter a time. ${TIME_HELP}`
        : `${what}: “${text.trim()}” is not a time. ${TIME_HELP}`,
  });
  return text.trim();
}

function numberAt(r: Reader, text: string, path: string, what: string): number {
  const value = readNumber(text);
  if (value !== null) return value;
  r.problems.push({
    path,
    message: text.trim() === '' ? `${what}: enter a number.` : `${what}: “${text.trim()}” is not a number.`,
  });
  return Number.NaN;
}

function promiseRule(r: Reader, d: PromiseDraft, path: string, what: string): PromiseRule {
  switch (d.kind) {
    case 'within-hours':
    case 'within-business-hours':
      return { kind: d.kind, hours: numberAt(r, d.hours, `${path}.hours`, `${what}, hours`) };
    case 'same-business-day':
      return { kind: d.kind };
    case 'next-business-day-by':
      return { kind: d.kind, time: timeAt(r, d.time, `${path}.time`, `${what}, by time`) };
  }
}

function holidayChoice(h: HolidaysDraft): HolidayChoice {
  const workAnyway = [...h.workAnyway];
  return h.region === '' ? { country: h.country, workAnyway } : { country: h.country, region: h.region, workAnyway };
}

/** The ClientProfile the draft describes, and a problem for each piece that could not be read. */
export function fromDraft(d: Draft): { profile: ClientProfile; problems: Problem[] } {
  const r: Reader = { problems: [] };
  const hours = {} as WeeklyHours;
  for (const day of WEEKDAYS) {
    hours[day] = d.hours[day].map((w, i) => {
      const where = `${WEEKDAY_NAMES[day]} window ${i + 1}`;
      const base = `hours.${day}[${i}]`;
      const window: TimeWindow = {
        start: timeAt(r, w.start, `${base}.start`, `${where} start`),
        end: timeAt(r, w.end, `${base}.end`, `${where} end`, true, w.overnight),
      };
      if (w.overnight) window.overnight = true;
      return window;
    });
  }
  const timeOff: TimeOff[] = d.timeOff.map((t) => {
    const entry: TimeOff = { start: t.start.trim(), end: t.end.trim() };
    if (t.label.trim() !== '') entry.label = t.label.trim();
    return entry;
  });
  const promise: ClientProfile['promise'] = {
    regular: promiseRule(r, d.promise.regular, 'promise.regular', 'Promise'),
  };
  if (d.promise.afterHoursOn) {
    promise.afterHours = promiseRule(r, d.promise.afterHours, 'promise.afterHours', 'After-hours promise');
  }
  const profile: ClientProfile = {
    id: d.id,
    ...(d.revision === undefined ? {} : { revision: d.revision }),
    name: d.name.trim(),
    color: d.color,
    match: lines(d.match),
    timeZone: d.timeZone.trim(),
    hours,
    timeOff,
    ...(d.holidays.country === '' ? {} : { holidays: holidayChoice(d.holidays) }),
    promise,
    emergency: {
      situations: lines(d.emergency.situations),
      keywords: commaList(d.emergency.keywords),
      channel: d.emergency.channel.trim(),
    },
    sendLater: {
      offsetMinutes: numberAt(
        r,
        d.sendLater.offsetMinutes,
        'sendLater.offsetMinutes',
        'Send later, minutes after window start',
      ),
      randomWithinMinutes: numberAt(
        r,
        d.sendLater.randomWithinMinutes,
        'sendLater.randomWithinMinutes',
        'Send later, random within minutes',
      ),
      delivery: d.sendLater.delivery,
    },
    notes: d.notes.trim(),
    // Kept as typed (its line breaks are the statement's); a blank one is no wording of its own.
    ...(d.statementTemplate.trim() === '' ? {} : { statementTemplate: d.statementTemplate.replace(/\s+$/, '') }),
  };
  return { profile, problems: r.problems };
}
