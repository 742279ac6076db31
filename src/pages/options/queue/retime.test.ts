import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../core/profile.ts';
import { profile } from '../../../core/testing/profile-fixture.ts';
import { boundaryWarning, parseRetime, toLocalInput } from './retime.ts';

const now = new Date('2026-03-07T12:00:00.000Z');

describe('parseRetime: a wall time in the client’s zone', () => {
  it.each([
    ['New York, an ordinary morning', '2026-03-09T09:30', 'America/New_York', '2026-03-09T13:30:00.000Z'],
    [
      'New York, the day the clocks go forward, after the jump',
      '2026-03-08T03:30',
      'America/New_York',
      '2026-03-08T07:30:00.000Z',
    ],
    ['Berlin, across midnight from New York', '2026-03-08T01:15', 'Europe/Berlin', '2026-03-08T00:15:00.000Z'],
    ['Lord Howe (half-hour DST)', '2026-03-09T09:00', 'Australia/Lord_Howe', '2026-03-08T22:00:00.000Z'],
  ])('%s', (_label, text, zone, iso) => {
    expect(parseRetime(text, zone, now)).toEqual({ ok: true, iso });
  });

  it('refuses a time the clocks skip, naming the zone', () => {
    expect(parseRetime('2026-03-08T02:30', 'America/New_York', now)).toEqual({
      ok: false,
      message: '2026-03-08 02:30 does not exist in America/New_York (the clocks skip it). Choose another time.',
    });
  });

  it('refuses a past time and an empty one', () => {
    expect(parseRetime('2026-03-07T06:59', 'America/New_York', now)).toEqual({
      ok: false,
      message: 'That time has passed. Choose a time in the future.',
    });
    expect(parseRetime('  ', 'America/New_York', now)).toEqual({ ok: false, message: 'Enter the new date and time.' });
    expect(parseRetime('tomorrow', 'America/New_York', now)).toEqual({
      ok: false,
      message: '“tomorrow” is not a date and time.',
    });
  });

  it('shows a stored time in the client’s zone for the picker', () => {
    expect(toLocalInput('2026-03-08T07:30:00.000Z', 'America/New_York')).toBe('2026-03-08T03:30');
  });
});

describe('boundaryWarning', () => {
  // Acme: Mon–Fri 08:00–18:00 New York (the fixture's hours).
  const acme = profile({ id: 'acme', name: 'Acme Corp', match: ['acme.com'], timeZone: 'America/New_York' });

  it('says nothing inside the hours', () => {
    expect(boundaryWarning(['jane@acme.com'], [acme], DEFAULT_SETTINGS, '2026-03-09T14:00:00.000Z')).toBeNull();
  });

  it('warns outside them, naming the client, even while the user has paused the guard', () => {
    const paused = { ...DEFAULT_SETTINGS, pausedUntil: '2026-03-10T00:00:00.000Z' };
    // Sunday 8 March 2026, 11:00 in New York (the day the clocks went forward).
    expect(boundaryWarning(['jane@acme.com'], [acme], paused, '2026-03-08T15:00:00.000Z')).toEqual({
      message: 'That time is outside Acme Corp’s hours: the reply would go out when you promised not to answer.',
      // Monday 08:00 EDT, already on summer time.
      nextWindow: '2026-03-09T12:00:00.000Z',
    });
  });

  it('offers the window after a Friday evening as Monday morning in the client’s zone', () => {
    // Friday 6 November 2026, 19:30 in New York.
    const warning = boundaryWarning(['jane@acme.com'], [acme], DEFAULT_SETTINGS, '2026-11-07T00:30:00.000Z');
    expect(warning?.nextWindow).toBe('2026-11-09T13:00:00.000Z'); // Monday 08:00 EST
    expect(toLocalInput(warning?.nextWindow ?? '', 'America/New_York')).toBe('2026-11-09T08:00');
  });
});
