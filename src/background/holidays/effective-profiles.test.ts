import { describe, expect, it, vi } from 'vitest';
import { guardView } from '../../core/guard-view.ts';
import type { HolidayChoice } from '../../core/holiday-choice.ts';
import { buildMatcher } from '../../core/matching.ts';
import { DEFAULT_SETTINGS, type ClientProfile } from '../../core/profile.ts';
import { promiseDeadline } from '../../core/promise.ts';
import { statementFor } from '../../core/statement.ts';
import { profile, weekdays, win } from '../../core/testing/profile-fixture.ts';
import { verdict } from '../../core/verdict.ts';
import { effectiveCache, effectiveProfiles, holidayYears } from './effective-profiles.ts';
import { publicHolidays } from './holiday-dates.ts';

const client = (timeZone: string, holidays: HolidayChoice, extra: Partial<ClientProfile> = {}) =>
  profile({
    id: 'c',
    name: 'Client',
    timeZone,
    match: ['client.com'],
    hours: weekdays(win('09:00', '17:00')),
    holidays,
    ...extra,
  });

function check(p: ClientProfile, iso: string) {
  const at = new Date(iso);
  const { profiles, matcher } = effectiveProfiles([p], buildMatcher([p]), at);
  return { v: verdict(['a@client.com'], profiles, DEFAULT_SETTINGS, at, undefined, matcher), profiles, at };
}

describe('public holidays as time off, in the profile zone (issue 15.3)', () => {
  it.each([
    {
      name: 'US-NY, Thanksgiving 2026 (Thu 26 Nov): outside, next window Fri 27 Nov 09:00',
      p: client('America/New_York', { country: 'US', region: 'NY', workAnyway: [] }),
      at: '2026-11-26T15:00:00Z', // 10:00 in New York
      next: '2026-11-27T14:00:00.000Z',
      label: 'Thanksgiving Day',
    },
    {
      name: 'GB-ENG, Boxing Day substitute (Mon 28 Dec 2026): outside, next window Tue 29 Dec',
      p: client('Europe/London', { country: 'GB', region: 'ENG', workAnyway: [] }),
      at: '2026-12-28T10:00:00Z',
      next: '2026-12-29T09:00:00.000Z',
      label: 'Boxing Day (substitute day)',
    },
    {
      name: 'DE-BY, Epiphany (Wed 6 Jan 2027): outside, next window Thu 7 Jan',
      p: client('Europe/Berlin', { country: 'DE', region: 'BY', workAnyway: [] }),
      at: '2027-01-06T09:00:00Z',
      next: '2027-01-07T08:00:00.000Z',
      label: 'Epiphany',
    },
  ])('$name', ({ p, at, next, label }) => {
    const { v, profiles } = check(p, at);
    expect(v.kind).toBe('outside');
    if (v.kind !== 'outside') return;
    expect(v.outside[0]?.reason).toBe('time-off');
    expect(v.nextWindow).toBe(next);
    expect(profiles[0]?.timeOff.some((t) => t.label?.includes(label))).toBe(true);
  });

  it('the day before a holiday is an ordinary day (DE-BY, Tue 5 Jan 2027)', () => {
    expect(
      check(client('Europe/Berlin', { country: 'DE', region: 'BY', workAnyway: [] }), '2027-01-05T09:00:00Z').v.kind,
    ).toBe('inside');
  });

  it('a holiday switched to "work that day anyway" stays inside', () => {
    const p = client('America/New_York', { country: 'US', region: 'NY', workAnyway: ['2026-11-26'] });
    expect(check(p, '2026-11-26T15:00:00Z').v.kind).toBe('inside');
  });

  it('reads the day in the profile zone: 26 Nov 23:30 UTC is still Thanksgiving in New York', () => {
    const p = client(
      'America/New_York',
      { country: 'US', region: 'NY', workAnyway: [] },
      {
        hours: weekdays(win('00:00', '24:00')),
      },
    );
    expect(check(p, '2026-11-26T23:30:00Z').v.kind).toBe('outside');
    expect(check(p, '2026-11-27T05:30:00Z').v.kind).toBe('inside');
  });

  it('a promise in business days skips the holiday (next business day by 12:00, asked Wed 25 Nov → Fri 27 Nov)', () => {
    const p = client(
      'America/New_York',
      { country: 'US', region: 'NY', workAnyway: [] },
      {
        promise: { regular: { kind: 'next-business-day-by', time: '12:00' } },
      },
    );
    const requestAt = new Date('2026-11-25T15:00:00Z');
    const [effective] = effectiveProfiles([p], buildMatcher([p]), requestAt).profiles;
    expect(promiseDeadline(p, requestAt)?.toISOString()).toBe('2026-11-26T17:00:00.000Z');
    expect(promiseDeadline(effective!, requestAt)?.toISOString()).toBe('2026-11-27T17:00:00.000Z');
  });

  it('the panel names the holiday (the time-off sentence reads its label)', () => {
    const { v, profiles, at } = check(
      client('Europe/London', { country: 'GB', region: 'ENG', workAnyway: [] }),
      '2026-12-28T10:00:00Z',
    );
    const view = guardView(v, profiles, DEFAULT_SETTINGS, at, 'Europe/London', () => 0);
    expect(JSON.stringify(view)).toContain('Boxing Day (substitute day)');
  });

  it('the statement names a holiday in the next 30 days', () => {
    const p = client('Europe/London', { country: 'GB', region: 'ENG', workAnyway: [] });
    const now = new Date('2026-12-10T12:00:00Z');
    const [effective] = effectiveProfiles([p], buildMatcher([p]), now).profiles;
    const text = statementFor(effective!, { kind: 'paragraph', tone: 'friendly', language: 'en', clock: '24h', now });
    expect(text).toContain('Boxing Day');
    expect(text).toContain('Christmas Day');
    expect(statementFor(p, { kind: 'paragraph', tone: 'friendly', language: 'en', clock: '24h', now })).not.toContain(
      'Christmas',
    );
  });

  it('a profile without a choice is given back as it is, and the library is not asked', () => {
    const p = profile({ id: 'p', timeZone: 'UTC' });
    const expand = vi.fn(publicHolidays);
    const matcher = buildMatcher([p]);
    const out = effectiveProfiles([p], matcher, new Date(), expand);
    expect(out.profiles[0]).toBe(p);
    expect(out.matcher).toBe(matcher);
    expect(expand).not.toHaveBeenCalled();
  });

  it('a choice the library refuses leaves the profile with its own time off', () => {
    const p = client('UTC', { country: 'XX', workAnyway: [] });
    expect(effectiveProfiles([p], buildMatcher([p]), new Date()).profiles[0]).toBe(p);
  });
});

describe('effectiveCache', () => {
  it('expands once per year range, again only when the year changes', () => {
    const p = client('America/New_York', { country: 'US', region: 'NY', workAnyway: [] });
    const expand = vi.fn(publicHolidays);
    const get = effectiveCache([p], buildMatcher([p]), expand);
    const a = get(new Date('2026-03-01T00:00:00Z'));
    expect(get(new Date('2026-11-26T15:00:00Z'))).toBe(a);
    expect(expand).toHaveBeenCalledTimes(1);
    expect(expand).toHaveBeenLastCalledWith(p.holidays, 2025, 2027);
    get(new Date('2027-01-01T00:00:00Z'));
    expect(expand).toHaveBeenCalledTimes(2);
    expect(expand).toHaveBeenLastCalledWith(p.holidays, 2026, 2028);
  });

  it('holidayYears: the year before, this one and the next', () => {
    expect(holidayYears(new Date('2026-12-31T23:00:00Z'))).toEqual({ fromYear: 2025, toYear: 2027 });
  });
});
