import { describe, expect, it } from 'vitest';
import { userTimeZone } from './user-zone.ts';

describe('userTimeZone', () => {
  it.each([
    ['Europe/Berlin', 'Europe/Berlin'],
    ['Asia/Calcutta', 'Asia/Kolkata'],
    ['Europe/Kiev', 'Europe/Kyiv'],
    [undefined, 'UTC'],
    ['', 'UTC'],
    ['Mars/Olympus', 'UTC'],
  ])('%s → %s', (reported, zone) => expect(userTimeZone(() => reported)).toBe(zone));

  it('falls back to UTC when the engine throws', () => {
    expect(
      userTimeZone(() => {
        throw new RangeError('no Intl');
      }),
    ).toBe('UTC');
  });

  it('reads the engine’s own zone by default', () => {
    expect(userTimeZone()).toBe(userTimeZone(() => Intl.DateTimeFormat().resolvedOptions().timeZone));
  });
});
