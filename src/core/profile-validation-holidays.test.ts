import { describe, expect, it } from 'vitest';
import type { HolidayChoice } from './holiday-choice.ts';
import type { Problem } from './problem.ts';
import { validateProfile } from './profile-validation.ts';
import { LIMITS } from './profile-schema.ts';
import { profile } from './testing/profile-fixture.ts';

const acme = profile({ id: 'acme', name: 'Acme', timeZone: 'America/New_York', match: ['acme.com'] });

const problems = (holidays: unknown, holidayProblem?: (c: HolidayChoice) => Problem | null) => {
  const result = validateProfile({ ...acme, holidays }, [], holidayProblem === undefined ? {} : { holidayProblem });
  return result.ok ? [] : result.problems;
};

describe('validateProfile: the holiday choice (issue 15.3)', () => {
  it('accepts a profile without one (the default) and leaves the key out', () => {
    const result = validateProfile(acme);
    expect(result.ok && 'holidays' in result.profile).toBe(false);
  });

  it('keeps a choice, its days to work anyway once each and in order', () => {
    const result = validateProfile({
      ...acme,
      holidays: { country: 'US', region: 'NY', workAnyway: ['2026-12-25', '2026-11-26', '2026-12-25'] },
    });
    expect(result.ok && result.profile.holidays).toEqual({
      country: 'US',
      region: 'NY',
      workAnyway: ['2026-11-26', '2026-12-25'],
    });
  });

  it('reads a choice without workAnyway as none worked anyway', () => {
    const result = validateProfile({ ...acme, holidays: { country: 'DE' } });
    expect(result.ok && result.profile.holidays).toEqual({ country: 'DE', workAnyway: [] });
  });

  it.each<[string, unknown, Problem[]]>([
    [
      'an empty country',
      { country: '', workAnyway: [] },
      [
        {
          path: 'holidays.country',
          message: 'Acme, public holidays, country: expected a country code like US, got "".',
        },
      ],
    ],
    [
      'a country code that is far too long',
      { country: 'United States of America', workAnyway: [] },
      [
        {
          path: 'holidays.country',
          message: 'Acme, public holidays, country: expected at most 10 characters, got 24 characters.',
        },
      ],
    ],
    [
      'a day to work anyway that is not a date',
      { country: 'US', workAnyway: ['2026-02-30'] },
      [
        {
          path: 'holidays.workAnyway[0]',
          message: 'Acme, public holidays: the day to work anyway "2026-02-30" is not a real date.',
        },
      ],
    ],
  ])('refuses %s', (_label, holidays, expected) => expect(problems(holidays)).toEqual(expected));

  it('refuses more days to work anyway than the limit, naming it', () => {
    const many = Array.from({ length: LIMITS.workAnywayDays + 1 }, () => '2026-12-25');
    expect(problems({ country: 'US', workAnyway: many })[0]).toEqual({
      path: 'holidays.workAnyway',
      message: `Acme has ${(LIMITS.workAnywayDays + 1).toLocaleString('en-US')} public holidays to work anyway; at most ${LIMITS.workAnywayDays} are allowed.`,
    });
  });

  it("asks the worker's check about the codes, and puts the client's name in front of its message", () => {
    const check = (c: HolidayChoice): Problem | null =>
      c.region === 'XY'
        ? { path: 'holidays.region', message: 'Public holidays: United States of America (US) has no region "XY".' }
        : null;
    expect(problems({ country: 'US', region: 'XY', workAnyway: [] }, check)).toEqual([
      { path: 'holidays.region', message: 'Acme, public holidays: United States of America (US) has no region "XY".' },
    ]);
    expect(problems({ country: 'US', region: 'NY', workAnyway: [] }, check)).toEqual([]);
  });
});
