import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type PromiseRule, type Settings } from './profile.ts';
import { commonOpening, verdict } from './verdict.ts';
import { at, profile, weekdays, win } from './testing/profile-fixture.ts';

const acme = profile({
  id: 'acme',
  name: 'Acme',
  timeZone: 'America/New_York',
  match: ['acme.com'],
  promise: {
    regular: { kind: 'within-hours', hours: 24 },
    afterHours: { kind: 'next-business-day-by', time: '12:00' },
  },
});
const sydney = profile({ id: 'harbour', name: 'Harbour Pty', timeZone: 'Australia/Sydney', match: ['harbour.com.au'] });
const everyone = profile({
  id: 'everyone',
  name: 'Everyone else',
  timeZone: 'Europe/London',
  hours: weekdays(win('09:00', '17:00')),
});
const all = [acme, sydney, everyone];
const settings = (patch: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, ...patch });

describe('verdict', () => {
  it("is inside during the client's hours, until the window closes", () => {
    const v = verdict(['Jane <jane@acme.com>'], all, settings(), at('2026-11-24T15:00:00Z'));
    expect(v).toMatchObject({
      kind: 'inside',
      until: '2026-11-24T23:00:00.000Z',
      validUntil: '2026-11-24T23:00:00.000Z',
    });
    expect(v.recipients).toEqual([{ address: 'jane@acme.com', profileId: 'acme' }]);
  });

  it('is outside at 20:10, with the next window and the after-hours promise still kept', () => {
    const v = verdict(['jane@acme.com'], all, settings(), at('2026-11-25T01:10:00Z'));
    expect(v).toMatchObject({
      kind: 'outside',
      outside: [{ profile: { id: 'acme' }, reason: 'after-hours', opensAt: '2026-11-25T13:00:00.000Z' }],
      nextWindow: '2026-11-25T13:00:00.000Z',
      promiseKept: true,
      promises: [{ deadline: '2026-11-25T17:00:00.000Z', keptAtNextWindow: true }],
    });
    // The verdict can change when Acme opens, or at Acme's midnight (after hours → before hours).
    expect(v.validUntil).toBe('2026-11-25T05:00:00.000Z');
  });

  it('says when the promise is no longer kept at the next window', () => {
    // The request came on Friday at 09:00 (inside: within 24 hours); the next window is Monday.
    const v = verdict(['jane@acme.com'], all, settings(), at('2026-11-27T23:30:00Z'), at('2026-11-27T14:00:00Z'));
    expect(v).toMatchObject({ kind: 'outside', nextWindow: '2026-11-30T13:00:00.000Z', promiseKept: false });
  });

  it('finds one window for a single e-mail to New York and Sydney', () => {
    // Tuesday 10:00 in New York is Wednesday 02:00 in Sydney; both are open Tuesday 16:00–18:00 NY.
    const v = verdict(['jane@acme.com', 'bruce@harbour.com.au'], all, settings(), at('2026-11-24T15:00:00Z'));
    expect(v).toMatchObject({
      kind: 'outside',
      outside: [{ profile: { id: 'harbour' }, reason: 'before-hours', opensAt: '2026-11-24T21:00:00.000Z' }],
      nextWindow: '2026-11-24T21:00:00.000Z',
    });
  });

  it('skips a Friday that suits only one of New York and Sydney', () => {
    // Friday NY afternoon is Saturday in Sydney; Sydney's Monday morning is Sunday in NY.
    expect(commonOpening([acme, sydney], at('2026-11-27T15:00:00Z'))?.toISOString()).toBe('2026-11-30T21:00:00.000Z');
    const v = verdict(['jane@acme.com', 'bruce@harbour.com.au'], all, settings(), at('2026-11-27T15:00:00Z'));
    expect(v.kind === 'outside' && v.nextWindow).toBe('2026-11-30T21:00:00.000Z');
  });

  it('uses the strictest verdict: one closed client makes the whole send outside', () => {
    const v = verdict(['jane@acme.com', 'bruce@harbour.com.au'], all, settings(), at('2026-11-25T01:10:00Z'));
    expect(v.kind).toBe('outside');
    expect(v.kind === 'outside' && v.outside.map((o) => o.profile.id)).toEqual(['acme']);
  });

  it('leaves unknown recipients unguarded without a default profile', () => {
    expect(verdict(['someone@else.com'], all, settings(), at('2026-11-25T01:10:00Z'))).toMatchObject({
      kind: 'unguarded',
      why: 'no-profile-matches',
      validUntil: null,
    });
  });

  it('guards unknown recipients with the "Everyone else" profile when set', () => {
    const v = verdict(
      ['someone@else.com'],
      all,
      settings({ defaultProfileId: 'everyone' }),
      at('2026-11-25T01:10:00Z'),
    );
    expect(v).toMatchObject({ kind: 'outside', outside: [{ profile: { id: 'everyone' }, reason: 'before-hours' }] });
  });

  it('ignores a default profile that no longer exists', () => {
    expect(
      verdict(['someone@else.com'], all, settings({ defaultProfileId: 'gone' }), at('2026-11-25T01:10:00Z')).kind,
    ).toBe('unguarded');
  });

  it('with no recipients there is nothing to guard', () => {
    expect(verdict([' ', ''], all, settings(), at('2026-11-25T01:10:00Z'))).toMatchObject({
      kind: 'unguarded',
      why: 'no-recipients',
    });
  });

  it('is unguarded while paused, until the pause ends', () => {
    const v = verdict(
      ['jane@acme.com'],
      all,
      settings({ pausedUntil: '2026-11-25T02:00:00.000Z' }),
      at('2026-11-25T01:10:00Z'),
    );
    expect(v).toMatchObject({ kind: 'unguarded', why: 'paused', validUntil: '2026-11-25T02:00:00.000Z' });
    expect(
      verdict(['jane@acme.com'], all, settings({ pausedUntil: '2026-11-25T01:00:00.000Z' }), at('2026-11-25T01:10:00Z'))
        .kind,
    ).toBe('outside');
  });

  it('lists each recipient once with its client, half-typed ones unmatched', () => {
    const v = verdict(['jane@acme.com', 'JANE+x@acme.com', 'bru'], all, settings(), at('2026-11-24T15:00:00Z'));
    expect(v.recipients).toEqual([
      { address: 'jane@acme.com', profileId: 'acme' },
      { address: 'bru', profileId: null },
    ]);
  });

  it('has no next window for a client on leave for more than a year', () => {
    const away = profile({
      id: 'away',
      timeZone: 'UTC',
      match: ['away.com'],
      timeOff: [{ start: '2026-01-01', end: '2028-01-01' }],
    });
    expect(verdict(['a@away.com'], [away], settings(), at('2026-11-24T15:00:00Z'))).toMatchObject({
      kind: 'outside',
      outside: [{ reason: 'time-off', opensAt: null }],
      nextWindow: null,
      promiseKept: false,
    });
  });

  describe('a window lying wholly in a spring-forward gap (issue 13 item 15)', () => {
    // New York, Mon–Fri 09:00–17:00 and Sun 02:10–02:50; on 2026-03-08 02:00–03:00 does not exist.
    const gapSunday = (regular: PromiseRule) =>
      profile({
        id: 'gap',
        timeZone: 'America/New_York',
        match: ['gap.com'],
        hours: { ...weekdays(win('09:00', '17:00')), sun: [win('02:10', '02:50')] },
        promise: { regular },
      });
    const saturdayNoon = at('2026-03-07T17:00:00Z');

    it('names Monday 09:00 EDT as the next window, not Sunday 03:00', () => {
      const v = verdict(['a@gap.com'], [gapSunday({ kind: 'within-hours', hours: 72 })], settings(), saturdayNoon);
      expect(v).toMatchObject({
        kind: 'outside',
        outside: [{ reason: 'day-off', opensAt: '2026-03-09T13:00:00.000Z' }],
        nextWindow: '2026-03-09T13:00:00.000Z',
        promiseKept: true,
      });
    });

    it('does not count the empty Sunday as the business day of a promise', () => {
      const sameDay = verdict(['a@gap.com'], [gapSunday({ kind: 'same-business-day' })], settings(), saturdayNoon);
      expect(sameDay).toMatchObject({ promises: [{ deadline: '2026-03-09T21:00:00.000Z', keptAtNextWindow: true }] });
      const byNoon = verdict(
        ['a@gap.com'],
        [gapSunday({ kind: 'next-business-day-by', time: '12:00' })],
        settings(),
        saturdayNoon,
      );
      expect(byNoon).toMatchObject({ promises: [{ deadline: '2026-03-09T16:00:00.000Z', keptAtNextWindow: true }] });
    });
  });

  it('finds the common window of New York and London in the week only one of them has changed clocks', () => {
    // Issue 13 item 16: six 30-minute windows a day, at 00:00, 04:00 … 20:00 local time, every day.
    // While both keep summer time (5 h apart) and both keep winter time, they never meet; from
    // 25 Oct (London on GMT, New York still on EDT, 4 h apart) they do: 00:00 EDT = 04:00 GMT.
    const sixADay = [0, 4, 8, 12, 16, 20].map((h) =>
      win(`${String(h).padStart(2, '0')}:00`, `${String(h).padStart(2, '0')}:30`),
    );
    const everyDay = {
      mon: sixADay,
      tue: sixADay,
      wed: sixADay,
      thu: sixADay,
      fri: sixADay,
      sat: sixADay,
      sun: sixADay,
    };
    const ny = profile({ id: 'ny', timeZone: 'America/New_York', match: ['ny.com'], hours: everyDay });
    const london = profile({ id: 'london', timeZone: 'Europe/London', match: ['london.com'], hours: everyDay });
    const now = at('2026-04-15T12:00:00Z');
    expect(commonOpening([ny, london], now)?.toISOString()).toBe('2026-10-25T04:00:00.000Z');
    const v = verdict(['a@ny.com', 'b@london.com'], [ny, london], settings(), now);
    expect(v.kind === 'outside' && v.nextWindow).toBe('2026-10-25T04:00:00.000Z');
  });

  it('a client who opens on the last day of the horizon has that day as the next window too', () => {
    // Back from a year away on Thursday 2027-11-25, 366 local days after Tuesday 2026-11-24:
    // its own opensAt named that day while the common next window said "none within a year".
    const away = profile({
      id: 'away',
      timeZone: 'UTC',
      match: ['away.com'],
      timeOff: [{ start: '2026-11-24', end: '2027-11-24' }],
    });
    expect(verdict(['a@away.com'], [away], settings(), at('2026-11-24T12:00:00Z'))).toMatchObject({
      outside: [{ opensAt: '2027-11-25T08:00:00.000Z' }],
      nextWindow: '2027-11-25T08:00:00.000Z',
    });
  });
});
