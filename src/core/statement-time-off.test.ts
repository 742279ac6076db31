import { describe, expect, it } from 'vitest';
import type { TimeOff } from './profile.ts';
import { awayCompact, awayInList, awayInProse, upcomingTimeOff, type Away } from './statement-time-off.ts';

// 4 December 2026, midday in New York.
const NOW = new Date('2026-12-04T17:00:00Z');
const ZONE = 'America/New_York';

const off = (start: string, end: string): TimeOff => ({ start, end });

describe('upcomingTimeOff', () => {
  it.each<[string, TimeOff[], Away[]]>([
    ['nothing planned', [], []],
    [
      'starts on day 30: announced',
      [off('2027-01-03', '2027-01-05')],
      [{ start: '2027-01-03', end: '2027-01-05', ongoing: false }],
    ],
    ['starts on day 31: not yet', [off('2027-01-04', '2027-01-05')], []],
    ['over already', [off('2026-11-20', '2026-12-03')], []],
    [
      'ends today: still away',
      [off('2026-12-01', '2026-12-04')],
      [{ start: '2026-12-01', end: '2026-12-04', ongoing: true }],
    ],
    [
      'starts today: not ongoing',
      [off('2026-12-04', '2026-12-04')],
      [{ start: '2026-12-04', end: '2026-12-04', ongoing: false }],
    ],
    [
      'overlapping and adjacent entries merge, in date order',
      [off('2026-12-28', '2027-01-01'), off('2026-12-24', '2026-12-27'), off('2026-12-26', '2026-12-29')],
      [{ start: '2026-12-24', end: '2027-01-01', ongoing: false }],
    ],
    [
      'a gap keeps them apart',
      [off('2026-12-31', '2026-12-31'), off('2026-12-24', '2026-12-26')],
      [
        { start: '2026-12-24', end: '2026-12-26', ongoing: false },
        { start: '2026-12-31', end: '2026-12-31', ongoing: false },
      ],
    ],
  ])('%s', (_label, timeOff, away) => expect(upcomingTimeOff(timeOff, ZONE, NOW)).toEqual(away));

  it("reads today in the client's zone: already 5 December in Sydney, so day 30 is 4 January", () => {
    expect(upcomingTimeOff([off('2027-01-04', '2027-01-04')], 'Australia/Sydney', NOW)).toHaveLength(1);
    expect(upcomingTimeOff([off('2027-01-04', '2027-01-04')], ZONE, NOW)).toHaveLength(0);
  });
});

describe('writing a stretch away', () => {
  const away = (start: string, end: string, ongoing = false): Away => ({ start, end, ongoing });
  it.each<[string, Away, string, string, string, string, string, string]>([
    // label, stretch, en prose, de prose, en list, de list, en compact, de compact
    [
      'across months',
      away('2026-12-24', '2027-01-01'),
      'from 24 December to 1 January',
      'vom 24. Dezember bis 1. Januar',
      '24 December to 1 January',
      '24. Dezember bis 1. Januar',
      '24 Dec–1 Jan',
      '24.12.–1.1.',
    ],
    [
      'within a month',
      away('2026-12-24', '2026-12-28'),
      'from 24 to 28 December',
      'vom 24. bis 28. Dezember',
      '24 to 28 December',
      '24. bis 28. Dezember',
      '24–28 Dec',
      '24.12.–28.12.',
    ],
    [
      'one day',
      away('2026-12-31', '2026-12-31'),
      'on 31 December',
      'am 31. Dezember',
      '31 December',
      '31. Dezember',
      '31 Dec',
      '31.12.',
    ],
    [
      'under way',
      away('2026-12-01', '2026-12-07', true),
      'until 7 December',
      'noch bis 7. Dezember',
      'until 7 December',
      'bis 7. Dezember',
      'until 7 Dec',
      'bis 7.12.',
    ],
  ])('%s', (_label, a, enProse, deProse, enList, deList, enCompact, deCompact) => {
    expect(awayInProse(a, 'en')).toBe(enProse);
    expect(awayInProse(a, 'de')).toBe(deProse);
    expect(awayInList(a, 'en')).toBe(enList);
    expect(awayInList(a, 'de')).toBe(deList);
    expect(awayCompact(a, 'en')).toBe(enCompact);
    expect(awayCompact(a, 'de')).toBe(deCompact);
  });
});
