/**
 * The date and time written into Gmail's "Pick date & time" inputs, and finding those inputs by
 * the shape of their values (their ids change every time).
 */
import { describe, expect, it } from 'vitest';
import { pickerFormat, recognisePicker } from './picker-format.ts';
import { scheduledMinute } from './schedule.ts';

// 2026-05-16 13:33 in New York (EDT, UTC−4) and 2026-12-01 08:05 in Berlin (CET, UTC+1).
const MAY = new Date('2026-05-16T17:33:00Z');
const DEC = new Date('2026-12-01T07:05:00Z');

describe('pickerFormat', () => {
  it('writes Gmail\u2019s English shapes, with a plain space before PM', () => {
    const format = pickerFormat('en-US', 'America/New_York');
    expect(format.date(MAY)).toBe('May 16, 2026');
    expect(format.time(MAY)).toBe('1:33 PM');
    expect(format.time(DEC)).toBe('2:05 AM');
  });

  it('writes the wall-clock time of the zone it is given (the device\u2019s by default)', () => {
    expect(pickerFormat('en-US', 'Europe/Berlin').time(DEC)).toBe('8:05 AM');
    expect(pickerFormat('en-US', 'Asia/Kolkata').date(new Date('2026-05-16T20:00:00Z'))).toBe('May 17, 2026');
    const device = pickerFormat('en-US');
    const wall = new Date(MAY);
    expect(device.time(MAY)).toBe(
      `${wall.getHours() % 12 || 12}:${String(wall.getMinutes()).padStart(2, '0')} ${wall.getHours() < 12 ? 'AM' : 'PM'}`,
    );
  });

  it('writes German as Closure does (dd.MM.y, HH:mm), not the short-month form', () => {
    const format = pickerFormat('de-DE', 'Europe/Berlin');
    expect(format.date(DEC)).toBe('01.12.2026');
    expect(format.time(DEC)).toBe('08:05');
    expect(pickerFormat('de-DE', 'America/New_York').date(MAY)).toBe('16.05.2026');
  });

  it.each([
    ['May 16, 2026', true],
    ['Sep 1, 2026', true],
    ['may 16,2026', true],
    ['2026-05-16', false],
    ['16 May 2026', false],
    ['May 16', false],
    ['1:33 PM', false],
  ])('tells an English date: %j → %s', (value, expected) => {
    expect(pickerFormat('en-US').isDate(value)).toBe(expected);
  });

  it.each([
    ['1:33 PM', true],
    ['12:00\u202fAM', true],
    ['1:33PM', true],
    ['13:33', false],
    ['1:3 PM', false],
    ['May 16, 2026', false],
  ])('tells an English time: %j → %s', (value, expected) => {
    expect(pickerFormat('en-US').isTime(value)).toBe(expected);
  });

  it('tells German dates and times as Closure writes them', () => {
    const format = pickerFormat('de-DE');
    expect(format.isDate('03.12.2026')).toBe(true);
    expect(format.isDate('3.12.2026')).toBe(true);
    expect(format.isDate('16. Mai 2026')).toBe(false);
    expect(format.isDate('May 16, 2026')).toBe(false);
    expect(format.isTime('13:33')).toBe(true);
    expect(format.isTime('08:05')).toBe(true);
    expect(format.isTime('1:33 PM')).toBe(false);
  });

  it('falls back to Intl\u2019s short date outside Closure\u2019s table (Swedish)', () => {
    const format = pickerFormat('sv-SE', 'Europe/Stockholm');
    expect(format.isDate(format.date(DEC))).toBe(true);
    expect(format.isTime(format.time(DEC))).toBe(true);
  });
});

/**
 * Closure's MEDIUM_DATE and SHORT_TIME per language (research/sent-signals.md §3), for
 * 2026-12-03 14:05 and 2026-09-07 09:05 on a Berlin device: what Gmail pre-fills is recognised,
 * and what Red Cup writes has exactly that shape.
 */
const NNBSP = '\u202f';
describe.each([
  ['en', 'Dec 3, 2026', `2:05${NNBSP}PM`, 'Sep 7, 2026', `9:05${NNBSP}AM`],
  ['en-GB', '3 Dec 2026', '14:05', '7 Sept 2026', '09:05'],
  ['de', '03.12.2026', '14:05', '07.09.2026', '09:05'],
  ['fr', '3 déc. 2026', '14:05', '7 sept. 2026', '09:05'],
  ['es', '3 dic 2026', '14:05', '7 sept 2026', '9:05'],
  ['it', '3 dic 2026', '14:05', '7 set 2026', '09:05'],
  ['nl', '3 dec 2026', '14:05', '7 sep 2026', '09:05'],
  ['pt-BR', '3 de dez. de 2026', '14:05', '7 de set. de 2026', '09:05'],
  ['pt-PT', '03/12/2026', '14:05', '07/09/2026', '09:05'],
])('Gmail in %s', (locale, decDate, decTime, sepDate, sepTime) => {
  const zone = 'Europe/Berlin';
  const dec = new Date('2026-12-03T13:05:00Z');
  const sep = new Date('2026-09-07T07:05:00Z');

  it('recognises the pre-filled values and writes new ones in the same shape', () => {
    const found = recognisePicker([decDate, decTime], [locale, 'en-US'], zone);
    expect(found).toMatchObject({ date: 0, time: 1 });
    expect([found!.format.date(dec), found!.format.time(dec)]).toEqual([decDate, decTime]);
    expect([found!.format.date(sep), found!.format.time(sep)]).toEqual([sepDate, sepTime]);
  });

  it('recognises them in either order, and writes a plain space where Gmail pre-filled one', () => {
    const typed = sepTime.replace(NNBSP, ' ');
    const found = recognisePicker([typed, sepDate], [locale], zone);
    expect(found).toMatchObject({ date: 1, time: 0 });
    expect(found!.format.time(sep)).toBe(typed);
  });
});

describe('recognisePicker', () => {
  it('finds the date and the time input in either order', () => {
    expect(recognisePicker(['May 24, 2026', '8:00 AM'], ['en-US'])).toMatchObject({ date: 0, time: 1 });
    expect(recognisePicker(['8:00 AM', 'May 24, 2026'], ['en-US'])).toMatchObject({ date: 1, time: 0 });
  });

  it('takes the language the values are written in, whatever comes first in the list', () => {
    expect(recognisePicker(['24.11.2026', '08:00'], ['en-US', 'de-DE'])?.format.locale).toBe('de-DE');
    expect(recognisePicker(['24. Nov. 2026', '08:00'], ['en-US', 'de-DE'])?.format.locale).toBe('de-DE'); // Intl's form still read
    expect(recognisePicker(['Nov 24, 2026', '8:00 AM'], ['de-DE', 'en-US'])?.format.locale).toBe('en-US');
  });

  it('is null without both a date and a time', () => {
    expect(recognisePicker(['May 24, 2026'], ['en-US'])).toBeNull();
    expect(recognisePicker(['', ''], ['en-US'])).toBeNull();
    expect(recognisePicker(['2026-05-24', '08:00'], ['en-US'])).toBeNull();
  });
});

describe('scheduledMinute', () => {
  it('keeps a whole minute and rounds seconds up, never earlier than asked', () => {
    expect(scheduledMinute('2026-11-24T13:00:00.000Z')?.toISOString()).toBe('2026-11-24T13:00:00.000Z');
    expect(scheduledMinute('2026-11-24T13:00:00.001Z')?.toISOString()).toBe('2026-11-24T13:01:00.000Z');
    expect(scheduledMinute('2026-11-24T12:59:59Z')?.toISOString()).toBe('2026-11-24T13:00:00.000Z');
  });

  it('is null for text that is not an instant', () => {
    expect(scheduledMinute('tomorrow')).toBeNull();
  });
});
