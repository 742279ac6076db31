import { describe, expect, it } from 'vitest';
import type { PromiseRule } from './profile.ts';
import { promiseDeadline } from './promise.ts';
import { at, NO_HOURS, profile, weekdays, win } from './testing/profile-fixture.ts';

const withPromise = (regular: PromiseRule, afterHours?: PromiseRule, timeZone = 'America/New_York') =>
  profile({
    id: 'acme',
    timeZone,
    hours: weekdays(win('08:00', '18:00')),
    timeOff: [{ start: '2026-12-24', end: '2026-12-25' }],
    promise: afterHours === undefined ? { regular } : { regular, afterHours },
  });

const NOON_NEXT: PromiseRule = { kind: 'next-business-day-by', time: '12:00' };

// [what, regular, after-hours, request (UTC), deadline (UTC) | null]
const cases: [string, PromiseRule, PromiseRule | undefined, string, string | null][] = [
  [
    'within 24 hours',
    { kind: 'within-hours', hours: 24 },
    undefined,
    '2026-11-24T15:00:00Z',
    '2026-11-25T15:00:00.000Z',
  ],
  [
    'within 24 hours across the fall-back night is 24 real hours',
    { kind: 'within-hours', hours: 24 },
    undefined,
    '2026-10-31T15:00:00Z',
    '2026-11-01T15:00:00.000Z',
  ],
  [
    '8 business hours from Tuesday 15:00 → Wednesday 13:00',
    { kind: 'within-business-hours', hours: 8 },
    undefined,
    '2026-11-24T20:00:00Z',
    '2026-11-25T18:00:00.000Z',
  ],
  [
    '8 business hours from Friday 15:00 → Monday 13:00',
    { kind: 'within-business-hours', hours: 8 },
    undefined,
    '2026-11-27T20:00:00Z',
    '2026-11-30T18:00:00.000Z',
  ],
  [
    '4 business hours from Saturday → Monday 12:00',
    { kind: 'within-business-hours', hours: 4 },
    undefined,
    '2026-11-28T15:00:00Z',
    '2026-11-30T17:00:00.000Z',
  ],
  [
    'same business day, inside',
    { kind: 'same-business-day' },
    undefined,
    '2026-11-24T15:00:00Z',
    '2026-11-24T23:00:00.000Z',
  ],
  [
    'same business day, after hours → next day',
    { kind: 'same-business-day' },
    undefined,
    '2026-11-25T01:10:00Z',
    '2026-11-25T23:00:00.000Z',
  ],
  [
    'same business day, before the holiday → after it',
    { kind: 'same-business-day' },
    undefined,
    '2026-12-23T23:30:00Z',
    '2026-12-28T23:00:00.000Z',
  ],
  [
    'next business day by noon, Tuesday 10:00',
    NOON_NEXT,
    undefined,
    '2026-11-24T15:00:00Z',
    '2026-11-25T17:00:00.000Z',
  ],
  ['next business day by noon, Friday', NOON_NEXT, undefined, '2026-11-27T15:00:00Z', '2026-11-30T17:00:00.000Z'],
  [
    'next business day by noon, Tuesday 06:00 → Tuesday noon',
    NOON_NEXT,
    undefined,
    '2026-11-24T11:00:00Z',
    '2026-11-24T17:00:00.000Z',
  ],
  [
    'after-hours promise applies at 20:10',
    { kind: 'within-hours', hours: 24 },
    NOON_NEXT,
    '2026-11-25T01:10:00Z',
    '2026-11-25T17:00:00.000Z',
  ],
  [
    'after-hours promise does not apply inside',
    { kind: 'within-hours', hours: 24 },
    NOON_NEXT,
    '2026-11-24T15:00:00Z',
    '2026-11-25T15:00:00.000Z',
  ],
  [
    'after-hours on the eve of a holiday',
    { kind: 'within-hours', hours: 24 },
    NOON_NEXT,
    '2026-12-23T23:30:00Z',
    '2026-12-28T17:00:00.000Z',
  ],
];

describe('promiseDeadline', () => {
  it.each(cases)('%s', (_label, regular, afterHours, request, deadline) => {
    expect(promiseDeadline(withPromise(regular, afterHours), at(request))?.toISOString() ?? null).toBe(deadline);
  });

  it('counts business hours in Lord Howe across its 30-minute DST change', () => {
    // Friday 2026-10-02 17:00 (+10:30) → 1 h left Friday, 1 h on Monday 2026-10-05 from 08:00 (+11).
    const p = withPromise({ kind: 'within-business-hours', hours: 2 }, undefined, 'Australia/Lord_Howe');
    expect(promiseDeadline(p, at('2026-10-02T06:30:00Z'))?.toISOString()).toBe('2026-10-04T22:00:00.000Z');
  });

  it('a business promise with no hours is never due', () => {
    const p = profile({
      id: 'x',
      timeZone: 'UTC',
      hours: weekdays(),
      promise: { regular: { kind: 'same-business-day' } },
    });
    expect(promiseDeadline(p, at('2026-11-24T12:00:00Z'))).toBeNull();
  });

  it('same business day: a request during an overnight window is due when that window ends, though another ends with it', () => {
    // Issue 13 item 17: Saturday 14:45–01:30 runs into Sunday, where 01:15–01:30 ends at the same
    // instant. Sunday 00:30 BST belongs to Saturday's window: due Sunday 01:30, not Sunday 17:00.
    const p = profile({
      id: 'london',
      timeZone: 'Europe/London',
      hours: { ...NO_HOURS, sat: [win('14:45', '01:30', true)], sun: [win('01:15', '01:30'), win('09:00', '17:00')] },
      promise: { regular: { kind: 'same-business-day' } },
    });
    expect(promiseDeadline(p, at('2028-06-03T23:30:00Z'))?.toISOString()).toBe('2028-06-04T00:30:00.000Z');
    // Inside Sunday's own 01:15 window, both windows are open; the earlier-started one decides.
    expect(promiseDeadline(p, at('2028-06-04T00:20:00Z'))?.toISOString()).toBe('2028-06-04T00:30:00.000Z');
    // After 01:30 the request belongs to Sunday's business day (09:00–17:00).
    expect(promiseDeadline(p, at('2028-06-04T01:00:00Z'))?.toISOString()).toBe('2028-06-04T16:00:00.000Z');
  });

  it('next business day by HH:mm: a time in the gap is the first instant after it, a repeated one its first occurrence', () => {
    // Issue 13 item 18 (docs/time-rules.md). New York, open Sundays 09:00–17:00; the request comes on Saturday.
    const by = (time: string) =>
      profile({
        id: 'ny',
        timeZone: 'America/New_York',
        hours: { ...NO_HOURS, sun: [win('09:00', '17:00')] },
        promise: { regular: { kind: 'next-business-day-by', time } },
      });
    expect(promiseDeadline(by('02:30'), at('2026-03-07T17:00:00Z'))?.toISOString()).toBe('2026-03-08T07:00:00.000Z');
    expect(promiseDeadline(by('01:30'), at('2026-10-31T16:00:00Z'))?.toISOString()).toBe('2026-11-01T05:30:00.000Z');
  });
});
