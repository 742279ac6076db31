import { describe, expect, it } from 'vitest';
import { currentWindow, isInside, nextOpening, outsideReason } from './schedule.ts';
import { at, NO_HOURS, profile, weekdays, win } from './testing/profile-fixture.ts';

const newYork = profile({ id: 'ny', timeZone: 'America/New_York', hours: weekdays(win('08:00', '18:00')) });
const london = profile({ id: 'london', timeZone: 'Europe/London', hours: weekdays(win('09:00', '17:00')) });
const lordHowe = profile({
  id: 'lord-howe',
  timeZone: 'Australia/Lord_Howe',
  hours: { ...weekdays(win('09:00', '17:00')), sun: [win('02:00', '04:00')] },
});
const kolkata = profile({ id: 'kolkata', timeZone: 'Asia/Kolkata', hours: weekdays(win('10:00', '19:00')) });
const nightShift = profile({ id: 'night', timeZone: 'Europe/Berlin', hours: weekdays(win('22:00', '02:00', true)) });
const splitDay = profile({
  id: 'split',
  timeZone: 'Europe/Berlin',
  hours: weekdays(win('09:00', '12:00'), win('13:00', '17:00')),
});
const vacation = profile({
  id: 'vacation',
  timeZone: 'America/New_York',
  timeOff: [{ start: '2026-12-21', end: '2027-01-03', label: 'Two weeks off' }],
});
const springSunday = profile({
  id: 'spring',
  timeZone: 'America/New_York',
  hours: { ...NO_HOURS, sun: [win('02:30', '05:00')] },
});
const fallSunday = profile({
  id: 'fall',
  timeZone: 'America/New_York',
  hours: { ...NO_HOURS, sun: [win('01:30', '01:45')] },
});
const touching = profile({
  id: 'touching',
  timeZone: 'Europe/Berlin',
  hours: { ...NO_HOURS, mon: [win('20:00', '24:00')], tue: [win('00:00', '03:00')] },
});
const never = profile({ id: 'never', timeZone: 'UTC', hours: NO_HOURS });

type Case = [
  label: string,
  p: typeof newYork,
  now: string,
  inside: string | null,
  reason: string | null,
  opens: string | null,
];

// [what, profile, now (UTC), inside until | null, outside reason | null, next opening]
const cases: Case[] = [
  ['NY Tuesday morning', newYork, '2026-11-24T15:00:00Z', '2026-11-24T23:00:00.000Z', null, '2026-11-24T15:00:00.000Z'],
  ['NY Tuesday 20:10', newYork, '2026-11-25T01:10:00Z', null, 'after-hours', '2026-11-25T13:00:00.000Z'],
  ['NY Tuesday 06:00', newYork, '2026-11-24T11:00:00Z', null, 'before-hours', '2026-11-24T13:00:00.000Z'],
  ['NY Saturday', newYork, '2026-11-28T15:00:00Z', null, 'day-off', '2026-11-30T13:00:00.000Z'],
  ['NY 18:00 sharp is closed', newYork, '2026-11-24T23:00:00Z', null, 'after-hours', '2026-11-25T13:00:00.000Z'],
  [
    'NY Friday before spring forward → Monday EDT',
    newYork,
    '2026-03-06T23:30:00Z',
    null,
    'after-hours',
    '2026-03-09T12:00:00.000Z',
  ],
  [
    'NY Friday before fall back → Monday EST',
    newYork,
    '2026-10-31T00:00:00Z',
    null,
    'after-hours',
    '2026-11-02T13:00:00.000Z',
  ],
  [
    'NY window start in the spring gap opens after it',
    springSunday,
    '2026-03-08T05:00:00Z',
    null,
    'before-hours',
    '2026-03-08T07:00:00.000Z',
  ],
  [
    'NY window start in the fall-back hour opens at its first occurrence',
    fallSunday,
    '2026-11-01T04:00:00Z',
    null,
    'before-hours',
    '2026-11-01T05:30:00.000Z',
  ],
  [
    'NY fall-back window is closed at the second 01:30',
    fallSunday,
    '2026-11-01T06:35:00Z',
    null,
    'after-hours',
    '2026-11-08T06:30:00.000Z',
  ],
  [
    'London Friday before spring forward',
    london,
    '2026-03-27T18:00:00Z',
    null,
    'after-hours',
    '2026-03-30T08:00:00.000Z',
  ],
  [
    'London Monday after fall back, 08:30 GMT',
    london,
    '2026-10-26T08:30:00Z',
    null,
    'before-hours',
    '2026-10-26T09:00:00.000Z',
  ],
  [
    'London Monday before fall back, 08:30 UTC is 09:30 BST',
    london,
    '2026-10-19T08:30:00Z',
    '2026-10-19T16:00:00.000Z',
    null,
    '2026-10-19T08:30:00.000Z',
  ],
  [
    'Lord Howe Sunday window starts in the 30-minute gap',
    lordHowe,
    '2026-10-03T15:00:00Z',
    null,
    'before-hours',
    '2026-10-03T15:30:00.000Z',
  ],
  [
    'Lord Howe Sunday window, inside after the gap',
    lordHowe,
    '2026-10-03T16:00:00Z',
    '2026-10-03T17:00:00.000Z',
    null,
    '2026-10-03T16:00:00.000Z',
  ],
  ['Lord Howe Monday at +11', lordHowe, '2026-10-04T21:00:00Z', null, 'before-hours', '2026-10-04T22:00:00.000Z'],
  ['Lord Howe Monday at +10:30', lordHowe, '2026-09-27T22:00:00Z', null, 'before-hours', '2026-09-27T22:30:00.000Z'],
  ['Kolkata 09:00 IST', kolkata, '2026-11-23T03:30:00Z', null, 'before-hours', '2026-11-23T04:30:00.000Z'],
  ['Kolkata 18:59 IST', kolkata, '2026-11-23T13:29:00Z', '2026-11-23T13:30:00.000Z', null, '2026-11-23T13:29:00.000Z'],
  [
    'Night shift Friday 23:00 (runs into Saturday)',
    nightShift,
    '2026-11-27T22:00:00Z',
    '2026-11-28T01:00:00.000Z',
    null,
    '2026-11-27T22:00:00.000Z',
  ],
  [
    'Night shift Saturday 01:00 belongs to Friday',
    nightShift,
    '2026-11-28T00:00:00Z',
    '2026-11-28T01:00:00.000Z',
    null,
    '2026-11-28T00:00:00.000Z',
  ],
  ['Night shift Saturday 03:00', nightShift, '2026-11-28T02:00:00Z', null, 'day-off', '2026-11-30T21:00:00.000Z'],
  [
    'Night shift Monday 01:00 (Sunday has no shift)',
    nightShift,
    '2026-11-30T00:00:00Z',
    null,
    'before-hours',
    '2026-11-30T21:00:00.000Z',
  ],
  ['Split day at lunch', splitDay, '2026-11-24T11:30:00Z', null, 'after-hours', '2026-11-24T12:00:00.000Z'],
  [
    'Split day morning: until 12:00',
    splitDay,
    '2026-11-24T09:00:00Z',
    '2026-11-24T11:00:00.000Z',
    null,
    '2026-11-24T09:00:00.000Z',
  ],
  [
    'Touching windows are one stretch',
    touching,
    '2026-11-23T20:00:00Z',
    '2026-11-24T02:00:00.000Z',
    null,
    '2026-11-23T20:00:00.000Z',
  ],
  [
    'Vacation, inside the last day before',
    vacation,
    '2026-12-18T21:00:00Z',
    '2026-12-18T23:00:00.000Z',
    null,
    '2026-12-18T21:00:00.000Z',
  ],
  ['Vacation, first Monday off', vacation, '2026-12-21T15:00:00Z', null, 'time-off', '2027-01-04T13:00:00.000Z'],
  ['Vacation, New Year', vacation, '2027-01-01T15:00:00Z', null, 'time-off', '2027-01-04T13:00:00.000Z'],
  [
    'Vacation ends: back on Monday',
    vacation,
    '2027-01-04T15:00:00Z',
    '2027-01-04T23:00:00.000Z',
    null,
    '2027-01-04T15:00:00.000Z',
  ],
  ['No hours at all', never, '2026-11-24T15:00:00Z', null, 'day-off', null],
];

describe('schedule', () => {
  it.each(cases)('%s', (_label, p, now, insideUntil, reason, opens) => {
    const window = currentWindow(p, at(now));
    expect(window?.end.toISOString() ?? null).toBe(insideUntil);
    if (reason !== null) expect(outsideReason(p, at(now))).toBe(reason);
    expect(nextOpening(p, at(now))?.toISOString() ?? null).toBe(opens);
  });

  // Issue 13 item 15: Sunday 02:10–02:50 lies wholly in New York's spring-forward gap
  // (02:00 → 03:00 on 2026-03-08); both ends name 03:00 EDT, so that Sunday has no window.
  describe('a window lying wholly in a spring-forward gap is empty that day', () => {
    const gapSunday = profile({
      id: 'gap',
      timeZone: 'America/New_York',
      hours: { ...weekdays(win('09:00', '17:00')), sun: [win('02:10', '02:50')] },
    });

    it('does not open: the next opening is Monday 09:00 EDT', () => {
      expect(nextOpening(gapSunday, at('2026-03-07T17:00:00Z'))?.toISOString()).toBe('2026-03-09T13:00:00.000Z');
      expect(nextOpening(gapSunday, at('2026-03-08T06:59:00Z'))?.toISOString()).toBe('2026-03-09T13:00:00.000Z');
    });

    it('is closed at 03:00 EDT, and that Sunday is a day off', () => {
      expect(currentWindow(gapSunday, at('2026-03-08T07:00:00Z'))).toBeNull();
      expect(outsideReason(gapSunday, at('2026-03-08T07:00:00Z'))).toBe('day-off');
    });

    it('opens as usual on the Sundays around it', () => {
      expect(nextOpening(gapSunday, at('2026-03-01T06:00:00Z'))?.toISOString()).toBe('2026-03-01T07:10:00.000Z');
      expect(nextOpening(gapSunday, at('2026-03-14T17:00:00Z'))?.toISOString()).toBe('2026-03-15T06:10:00.000Z');
    });
  });

  // Issue 13 item 18 (docs/time-rules.md): a window *end* follows the same rule as a start —
  // in a gap it names the first instant after the gap, in a repeated hour its first occurrence.
  describe('window ends in a gap or a repeated hour', () => {
    const sunday = (start: string, end: string) =>
      profile({
        id: `sun-${start}-${end}`,
        timeZone: 'America/New_York',
        hours: { ...NO_HOURS, sun: [win(start, end)] },
      });

    it('an end in the spring-forward gap closes at the first instant after it (03:00 EDT)', () => {
      const p = sunday('01:00', '02:30');
      expect(currentWindow(p, at('2026-03-08T06:59:00Z'))?.end.toISOString()).toBe('2026-03-08T07:00:00.000Z');
      expect(isInside(p, at('2026-03-08T07:00:00Z'))).toBe(false);
    });

    it('an end in the repeated hour closes at its first occurrence; the second is outside', () => {
      const p = sunday('00:30', '01:30');
      expect(currentWindow(p, at('2026-11-01T05:00:00Z'))?.end.toISOString()).toBe('2026-11-01T05:30:00.000Z');
      expect(isInside(p, at('2026-11-01T05:45:00Z'))).toBe(false); // 01:45 EDT
      expect(isInside(p, at('2026-11-01T06:15:00Z'))).toBe(false); // 01:15 EST, the second time round
    });

    it('a window ending at a midnight that does not exist ends when the day does (Santiago, 00:00 → 01:00)', () => {
      const p = profile({
        id: 'scl',
        timeZone: 'America/Santiago',
        hours: { ...NO_HOURS, sat: [win('22:00', '24:00')] },
      });
      expect(currentWindow(p, at('2026-09-06T02:00:00Z'))?.end.toISOString()).toBe('2026-09-06T04:00:00.000Z');
    });

    it('a window ending at midnight after a repeated hour lasts the repeat too (Santiago, 24:00 → 23:00)', () => {
      const p = profile({
        id: 'scl',
        timeZone: 'America/Santiago',
        hours: { ...NO_HOURS, sat: [win('22:00', '24:00')] },
      });
      // 22:00 −03 is 01:00Z; 23:00–24:00 happens twice, and midnight comes once, at 04:00Z.
      expect(currentWindow(p, at('2026-04-05T01:00:00Z'))?.end.toISOString()).toBe('2026-04-05T04:00:00.000Z');
    });
  });

  it('a time-off range that never ends within a year leaves no opening', () => {
    const away = profile({ id: 'away', timeZone: 'UTC', timeOff: [{ start: '2026-01-01', end: '2028-12-31' }] });
    expect(nextOpening(away, at('2026-11-24T12:00:00Z'))).toBeNull();
  });
});
