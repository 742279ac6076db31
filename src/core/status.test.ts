import { describe, expect, it } from 'vitest';
import { profileStatus } from './status.ts';
import { at, profile, weekdays, win } from './testing/profile-fixture.ts';

describe('profileStatus', () => {
  const acme = profile({ id: 'acme', name: 'Acme', timeZone: 'America/New_York' });

  it('says until when a client is inside its hours', () => {
    expect(profileStatus(acme, at('2026-11-24T15:00:00Z'))).toEqual({
      profile: { id: 'acme', name: 'Acme', color: '#d62828', timeZone: 'America/New_York' },
      inside: true,
      until: '2026-11-24T23:00:00.000Z',
    });
  });

  it('says why a client is outside and when it opens', () => {
    expect(profileStatus(acme, at('2026-11-28T15:00:00Z'))).toMatchObject({
      inside: false,
      reason: 'day-off',
      opensAt: '2026-11-30T13:00:00.000Z',
    });
  });

  it('does not say "opens" at a window lying wholly in a spring-forward gap', () => {
    // Issue 13 item 15: Sunday 02:10–02:50 does not exist on 2026-03-08 in New York.
    const gapSunday = profile({
      id: 'gap',
      timeZone: 'America/New_York',
      hours: { ...weekdays(win('09:00', '17:00')), sun: [win('02:10', '02:50')] },
    });
    expect(profileStatus(gapSunday, at('2026-03-07T17:00:00Z'))).toMatchObject({
      inside: false,
      reason: 'day-off',
      opensAt: '2026-03-09T13:00:00.000Z',
    });
  });
});
