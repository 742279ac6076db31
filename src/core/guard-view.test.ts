import { describe, expect, it } from 'vitest';
import { guardView } from './guard-view.ts';
import type { ClientProfile, Settings } from './profile.ts';
import { DEFAULT_SETTINGS } from './profile.ts';
import { profile, weekdays, win } from './testing/profile-fixture.ts';
import { verdict } from './verdict.ts';

const acme = profile({ id: 'acme', name: 'Acme Corp', timeZone: 'America/New_York', match: ['acme.com'] });
const globex = profile({
  id: 'globex',
  name: 'Globex',
  timeZone: 'Australia/Sydney',
  match: ['globex.com'],
  hours: weekdays(win('09:00', '17:00')),
});
const brit = profile({
  id: 'brit',
  name: 'Brit Ltd',
  timeZone: 'Europe/London',
  match: ['brit.example'],
  hours: weekdays(win('09:00', '17:30')),
});
const nightDesk = profile({
  id: 'night',
  name: 'Night Desk',
  timeZone: 'America/Los_Angeles',
  match: ['night.example'],
  hours: weekdays(win('22:00', '06:00', true)),
});

const settings = (clock: Settings['clock'] = '24h', patch: Partial<Settings> = {}): Settings => ({
  ...DEFAULT_SETTINGS,
  clock,
  ...patch,
});

/** The view for `recipients` at `now`, as the worker computes it. */
function view(
  recipients: string[],
  profiles: ClientProfile[],
  now: string,
  options: {
    clock?: Settings['clock'];
    userZone?: string;
    random?: () => number;
    requestAt?: string;
    settings?: Partial<Settings>;
  } = {},
) {
  const s = settings(options.clock, options.settings);
  const at = new Date(now);
  const v = verdict(
    recipients,
    profiles,
    s,
    at,
    options.requestAt === undefined ? undefined : new Date(options.requestAt),
  );
  return guardView(v, profiles, s, at, options.userZone ?? 'Europe/Berlin', options.random ?? (() => 0));
}

// Monday 23 November 2026, 20:10 in New York (EST); Tuesday 02:10 in Berlin; Tuesday 12:10 in Sydney.
const mondayEvening = '2026-11-24T01:10:00Z';

describe('guardView: one client after hours (New York)', () => {
  it('says so in the pill, names the rule, and offers the next window', () => {
    expect(view(['jane@acme.com'], [acme], mondayEvening)).toEqual({
      tone: 'outside',
      pill: 'Acme Corp · after hours · next window Tue 08:00 EST',
      rules: ['Acme Corp: after hours (Mon–Fri 08:00–18:00 in New York; it is 20:10 there).'],
      next: {
        at: '2026-11-24T13:00:00.000Z',
        sendAt: '2026-11-24T13:00:00.000Z',
        button: 'Send Tue 08:00',
        inClientZones: ['Tue 08:00 in New York (Acme Corp)'],
        inUserZone: '14:00 your time',
      },
      promise: 'The promise to Acme Corp is still kept: the reply is due by Tue 20:10 EST.',
      promiseKept: true,
    });
  });

  it('uses the 12-hour clock everywhere when the user chose it', () => {
    const v = view(['jane@acme.com'], [acme], mondayEvening, { clock: '12h' });
    expect(v.pill).toBe('Acme Corp · after hours · next window Tue 8:00 AM EST');
    expect(v.rules).toEqual(['Acme Corp: after hours (Mon–Fri 8:00 AM–6:00 PM in New York; it is 8:10 PM there).']);
    expect(v.next).toMatchObject({
      button: 'Send Tue 8:00 AM',
      inClientZones: ['Tue 8:00 AM in New York (Acme Corp)'],
      inUserZone: '2:00 PM your time',
    });
  });

  it('says when the promise is broken by the next window, and when its deadline has passed', () => {
    const fourHours = { ...acme, promise: { regular: { kind: 'within-hours' as const, hours: 4 } } };
    const v = view(['jane@acme.com'], [fourHours], mondayEvening);
    expect(v.promise).toBe('The promise to Acme Corp is not kept: the reply is due by Tue 00:10 EST.');
    expect(v.promiseKept).toBe(false);

    const askedAtNoon = view(['jane@acme.com'], [fourHours], mondayEvening, { requestAt: '2026-11-23T17:00:00Z' });
    expect(askedAtNoon.promise).toBe('The promise to Acme Corp is not kept: the reply was due by 16:00 EST.');
  });

  it('measures the promise at the send time, offset included', () => {
    // Due at 08:10 (request Monday 08:10 + 24 h); the window opens 08:00 but the client asked for +15 minutes.
    const late = { ...acme, sendLater: { offsetMinutes: 15, randomWithinMinutes: 0, delivery: 'provider' as const } };
    const v = view(['jane@acme.com'], [late], mondayEvening, { requestAt: '2026-11-23T13:10:00Z' });
    expect(v.next?.sendAt).toBe('2026-11-24T13:15:00.000Z');
    expect(v.promise).toBe('The promise to Acme Corp is not kept: the reply is due by Tue 08:10 EST.');
    expect(v.promiseKept).toBe(false);
  });
});

describe('guardView: New York and Sydney together', () => {
  it('waits for a window open for both, shown in each zone and in the user’s', () => {
    const v = view(['jane@acme.com', 'bruce@globex.com'], [acme, globex], mondayEvening);
    // Sydney is inside now (Tue 12:10), New York is not; both are open from Wed 09:00 Sydney = Tue 17:00 New York.
    expect(v.pill).toBe('Acme Corp + Globex · after hours · next window Tue 17:00 EST');
    expect(v.rules).toEqual(['Acme Corp: after hours (Mon–Fri 08:00–18:00 in New York; it is 20:10 there).']);
    expect(v.next).toEqual({
      at: '2026-11-24T22:00:00.000Z',
      sendAt: '2026-11-24T22:00:00.000Z',
      button: 'Send Tue 17:00',
      inClientZones: ['Tue 17:00 in New York (Acme Corp)', 'Wed 09:00 in Sydney (Globex)'],
      inUserZone: '23:00 your time',
    });
    expect(v.promise).toBe(
      'The promise to Acme Corp is still kept: the reply is due by Tue 20:10 EST. The promise to Globex is still kept: the reply is due by Wed 12:10 GMT+11.',
    );
  });

  it('names both rules, and says "outside hours" when their reasons differ', () => {
    // Monday 06:00 in New York (before hours) is Monday 22:00 in Sydney (after hours).
    const v = view(['jane@acme.com', 'bruce@globex.com'], [acme, globex], '2026-11-23T11:00:00Z', {
      userZone: 'America/New_York',
    });
    expect(v.pill).toBe('Acme Corp + Globex · outside hours · next window 17:00 EST');
    expect(v.rules).toEqual([
      'Acme Corp: before hours (Mon–Fri 08:00–18:00 in New York; it is 06:00 there).',
      'Globex: after hours (Mon–Fri 09:00–17:00 in Sydney; it is 22:00 there).',
    ]);
    expect(v.next?.inUserZone).toBe('17:00 your time');
  });

  it('takes the largest send-later offset and the smallest random range of the closed clients', () => {
    const a = { ...acme, sendLater: { offsetMinutes: 10, randomWithinMinutes: 30, delivery: 'provider' as const } };
    const g = { ...globex, sendLater: { offsetMinutes: 20, randomWithinMinutes: 5, delivery: 'provider' as const } };
    const v = view(['jane@acme.com', 'bruce@globex.com'], [a, g], '2026-11-23T11:00:00Z', { random: () => 0.99 });
    // 22:00Z + 20 minutes + minute 4 of 5.
    expect(v.next?.sendAt).toBe('2026-11-23T22:24:00.000Z');
    expect(v.next?.button).toBe('Send 17:24');
  });
});

describe('guardView: London around the spring DST change', () => {
  // Saturday 28 March 2026, 18:00 GMT; clocks go forward on Sunday 29 March at 01:00 GMT.
  it('gives the next window in summer time, with the abbreviation of that instant', () => {
    const v = view(['ann@brit.example'], [brit], '2026-03-28T18:00:00Z', {
      userZone: 'America/New_York',
      clock: '12h',
    });
    expect(v.pill).toBe('Brit Ltd · day off · next window Mon 9:00 AM GMT+1');
    expect(v.rules).toEqual(['Brit Ltd: day off (Mon–Fri 9:00 AM–5:30 PM in London; it is Sat 6:00 PM there).']);
    // New York is already on summer time (since 8 March): 09:00 BST is 04:00 EDT.
    expect(v.next).toMatchObject({
      at: '2026-03-30T08:00:00.000Z',
      button: 'Send Mon 9:00 AM',
      inUserZone: 'Mon 4:00 AM your time',
    });
  });

  it('reads the day of the change itself in the client’s zone', () => {
    // Sunday 29 March, 12:00 UTC = 13:00 BST.
    const v = view(['ann@brit.example'], [brit], '2026-03-29T12:00:00Z', { userZone: 'Europe/London' });
    expect(v.rules).toEqual(['Brit Ltd: day off (Mon–Fri 09:00–17:30 in London; it is Sun 13:00 there).']);
    expect(v.next).toMatchObject({ button: 'Send Mon 09:00', inUserZone: 'Mon 09:00 your time' });
  });
});

describe('guardView: a night shift (22:00–06:00 in Los Angeles)', () => {
  it('is inside on Saturday morning (Friday’s shift runs into it)', () => {
    // Saturday 28 November 2026, 03:00 PST.
    const v = view(['ops@night.example'], [nightDesk], '2026-11-28T11:00:00Z', { userZone: 'America/Los_Angeles' });
    expect(v).toEqual({
      tone: 'inside',
      pill: 'Night Desk · inside hours until 06:00',
      rules: [],
      next: null,
      promise: null,
      promiseKept: true,
    });
  });

  it('names the client’s zone in the inside pill when the user’s clock differs', () => {
    const v = view(['ops@night.example'], [nightDesk], '2026-11-28T11:00:00Z', {
      userZone: 'Europe/Berlin',
      clock: '12h',
    });
    expect(v.pill).toBe('Night Desk · inside hours until 6:00 AM PST');
  });

  it('is before hours at noon, and opens the same evening', () => {
    // Tuesday 24 November 2026, 12:00 PST.
    const v = view(['ops@night.example'], [nightDesk], '2026-11-24T20:00:00Z', { userZone: 'America/Los_Angeles' });
    expect(v.pill).toBe('Night Desk · before hours · next window 22:00 PST');
    expect(v.rules).toEqual(['Night Desk: before hours (Mon–Fri 22:00–06:00 in Los Angeles; it is 12:00 there).']);
    expect(v.next).toMatchObject({ button: 'Send 22:00', inUserZone: '22:00 your time' });
  });
});

describe('guardView: time off and no window', () => {
  it('names the time off with its dates, and the window after it', () => {
    const holidays = { ...acme, timeOff: [{ start: '2026-12-24', end: '2027-01-01', label: 'Holidays' }] };
    // Thursday 24 December 2026, 10:00 in New York.
    const v = view(['jane@acme.com'], [holidays], '2026-12-24T15:00:00Z');
    expect(v.pill).toBe('Acme Corp · time off · next window Mon 4 Jan 2027 08:00 EST');
    expect(v.rules).toEqual(['Acme Corp: time off (Holidays, 24 Dec–1 Jan 2027 in New York; it is Thu 10:00 there).']);
  });

  it('has no next window when none opens within a year', () => {
    const never = { ...acme, hours: weekdays() };
    const v = view(['jane@acme.com'], [never], mondayEvening);
    expect(v.pill).toBe('Acme Corp · day off · no window within a year');
    expect(v.next).toBeNull();
    expect(v.promise).toBe('The promise to Acme Corp cannot be kept: no window opens within a year.');
    expect(v.promiseKept).toBe(false);
  });
});

describe('guardView: inside and unguarded', () => {
  it('inside: the pill says until when, in the client’s zone', () => {
    // Tuesday 24 November 2026, 10:00 in New York; the user is in New York too.
    const v = view(['jane@acme.com'], [acme], '2026-11-24T15:00:00Z', { userZone: 'America/New_York' });
    expect(v).toEqual({
      tone: 'inside',
      pill: 'Acme Corp · inside hours until 18:00',
      rules: [],
      next: null,
      promise: null,
      promiseKept: true,
    });
  });

  it.each([
    ['paused', ['jane@acme.com'], { pausedUntil: '2026-11-24T20:00:00.000Z' }, 'Paused until 21:00'],
    ['not a client', ['someone@elsewhere.example'], {}, 'Not a client · not guarded'],
    ['no recipients', [], {}, 'No recipients yet'],
  ])('unguarded (%s)', (_label, recipients, patch, pill) => {
    const v = view(recipients, [acme], mondayEvening, { settings: patch });
    expect(v).toEqual({ tone: 'unguarded', pill, rules: [], next: null, promise: null, promiseKept: true });
  });

  it('pause time on the 12-hour clock, in the user’s zone', () => {
    const v = view(['jane@acme.com'], [acme], mondayEvening, {
      clock: '12h',
      settings: { pausedUntil: '2026-11-24T20:00:00.000Z' },
    });
    expect(v.pill).toBe('Paused until 9:00 PM');
  });
});
