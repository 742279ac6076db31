import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from './profile.ts';
import { sendAtFor } from './send-at.ts';
import { verdict } from './verdict.ts';
import { at, profile, weekdays, win } from './testing/profile-fixture.ts';

// Tuesday 24 November 2026, 08:00 in New York.
const opening = at('2026-11-24T13:00:00Z');
const ny = (id: string, offsetMinutes: number, randomWithinMinutes: number, hours = weekdays(win('08:00', '18:00'))) =>
  profile({
    id,
    timeZone: 'America/New_York',
    hours,
    sendLater: { offsetMinutes, randomWithinMinutes, delivery: 'provider' },
  });

describe('sendAtFor', () => {
  it('sends at the window start when no client asked for an offset', () => {
    const p = ny('a', 0, 0);
    expect(sendAtFor(opening, [p], [p], () => 0.7).toISOString()).toBe('2026-11-24T13:00:00.000Z');
  });

  it.each([
    [0, '2026-11-24T13:15:00.000Z'],
    [0.5, '2026-11-24T13:20:00.000Z'],
    [0.999, '2026-11-24T13:24:00.000Z'],
  ])('adds the offset and a random minute in range (random %s)', (draw, expected) => {
    const p = ny('a', 15, 10);
    expect(sendAtFor(opening, [p], [p], () => draw).toISOString()).toBe(expected);
  });

  it('takes the largest offset and the smallest random range of the closed clients', () => {
    const a = ny('a', 5, 60);
    const b = ny('b', 30, 2);
    expect(sendAtFor(opening, [a, b], [a, b], () => 0.99).toISOString()).toBe('2026-11-24T13:31:00.000Z');
    const none = ny('c', 0, 0);
    expect(sendAtFor(opening, [a, none], [a, none], () => 0.99).toISOString()).toBe('2026-11-24T13:05:00.000Z');
  });

  it('ignores the policies of matched clients that are open anyway, but stays inside them', () => {
    const closed = ny('a', 30, 0);
    // Open 07:00–08:20 only: 08:30 would be outside it, so the offset is dropped.
    const short = ny('b', 240, 0, weekdays(win('07:00', '08:20')));
    expect(sendAtFor(opening, [closed], [closed, short], () => 0).toISOString()).toBe('2026-11-24T13:00:00.000Z');
  });

  it('drops the random minute first, then the offset, when they would leave a window', () => {
    const tenMinutes = ny('a', 5, 30, weekdays(win('08:00', '08:10')));
    expect(sendAtFor(opening, [tenMinutes], [tenMinutes], () => 0.9).toISOString()).toBe('2026-11-24T13:05:00.000Z');
    const fiveMinutes = ny('b', 30, 0, weekdays(win('08:00', '08:05')));
    expect(sendAtFor(opening, [fiveMinutes], [fiveMinutes], () => 0).toISOString()).toBe('2026-11-24T13:00:00.000Z');
  });

  it('keeps the minute in range whatever the random source returns', () => {
    const p = ny('a', 0, 10);
    for (const draw of [Number.NaN, 1, 7, -0.5]) {
      const sendAt = sendAtFor(opening, [p], [p], () => draw).getTime();
      expect(sendAt - opening.getTime()).toBeGreaterThanOrEqual(0);
      expect(sendAt - opening.getTime()).toBeLessThanOrEqual(9 * 60_000);
    }
  });

  it('sends inside the boundary when the only Sunday window lies in a spring-forward gap', () => {
    // Issue 13 item 15: Sun 02:10–02:50 does not exist on 2026-03-08; Monday 09:00 EDT is the opening.
    const p = ny('gap', 15, 0, { ...weekdays(win('09:00', '17:00')), sun: [win('02:10', '02:50')] });
    const v = verdict(['a@gap.com'], [{ ...p, match: ['gap.com'] }], DEFAULT_SETTINGS, at('2026-03-07T17:00:00Z'));
    const nextWindow = v.kind === 'outside' ? v.nextWindow : null;
    expect(nextWindow).not.toBeNull();
    expect(sendAtFor(at(nextWindow ?? ''), [p], [p], () => 0).toISOString()).toBe('2026-03-09T13:15:00.000Z');
  });
});
