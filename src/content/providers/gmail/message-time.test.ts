/** Reading the times Gmail writes in `span.g3[title]`, in English and German, in the device's zone. */
import { describe, expect, it } from 'vitest';
import { parseMessageTime } from './message-time.ts';

const local = (y: number, m: number, d: number, h: number, min: number) => new Date(y, m - 1, d, h, min).toISOString();
const EN = ['en-US'];
const DE = ['de-DE', 'en-US'];

describe('parseMessageTime', () => {
  it.each([
    ['Mon, Nov 23, 2026, 8:12 PM', EN, local(2026, 11, 23, 20, 12)],
    ['Mon, Nov 23, 2026, 12:05 AM', EN, local(2026, 11, 23, 0, 5)],
    ['Sat, May 16, 2026, 12:30 PM', EN, local(2026, 5, 16, 12, 30)],
    ['Tue, Sep 1, 2026, 9:03\u202fAM', EN, local(2026, 9, 1, 9, 3)],
    ['Mo., 23. Nov. 2026, 20:12', DE, local(2026, 11, 23, 20, 12)],
    ['Sa., 16. Mai 2026, 07:05', DE, local(2026, 5, 16, 7, 5)],
    ['Mi., 2. Sept. 2026, 13:33', DE, local(2026, 9, 2, 13, 33)],
    ['Do., 5. März 2026, 9:00', DE, local(2026, 3, 5, 9, 0)],
    ['23.11.2026, 20:12', DE, local(2026, 11, 23, 20, 12)],
    ['11/23/2026, 8:12 PM', EN, local(2026, 11, 23, 20, 12)],
    ['\u202ANov 23, 2026, 8:12 PM\u202C', EN, local(2026, 11, 23, 20, 12)],
  ])('%s', (title, locales, expected) => {
    expect(parseMessageTime(title, locales)).toBe(expected);
  });

  it('takes this year when the text has none', () => {
    expect(parseMessageTime('Nov 23, 8:12 PM', EN, new Date(2027, 0, 5))).toBe(local(2027, 11, 23, 20, 12));
  });

  it('reads English month names on a German page too (the last-resort locale)', () => {
    expect(parseMessageTime('Mon, Nov 23, 2026, 8:12 PM', DE)).toBe(local(2026, 11, 23, 20, 12));
  });

  it.each([
    '',
    'yesterday',
    'Nov 23, 2026',
    '8:12 PM',
    'Mon, Foo 23, 2026, 8:12 PM',
    'Nov 31, 2026, 8:12 PM',
    'Nov 23, 2026, 13:12 PM',
    'Nov 23, 2026, 25:00',
  ])('is null for %j', (title) => {
    expect(parseMessageTime(title, EN)).toBeNull();
  });
});
