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
    expect(device.time(MAY)).toBe(`${wall.getHours() % 12 || 12}:${String(wall.getMinutes()).padStart(2, '0')} ${wall.getHours() < 12 ? 'AM' : 'PM'}`);
  });

  it('writes German as a German Gmail shows it', () => {
    const format = pickerFormat('de-DE', 'Europe/Berlin');
    expect(format.date(DEC)).toBe('1. Dez. 2026');
    expect(format.time(DEC)).toBe('8:05');
    expect(pickerFormat('de-DE', 'America/New_York').date(MAY)).toBe('16. Mai 2026');
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

  it('tells German dates and times', () => {
    const format = pickerFormat('de-DE');
    expect(format.isDate('16. Mai 2026')).toBe(true);
    expect(format.isDate('2. Sept. 2026')).toBe(true);
    expect(format.isDate('5. März 2026')).toBe(true);
    expect(format.isDate('May 16, 2026')).toBe(false);
    expect(format.isTime('13:33')).toBe(true);
    expect(format.isTime('08:05')).toBe(true);
    expect(format.isTime('1:33 PM')).toBe(false);
  });
});

describe('recognisePicker', () => {
  it('finds the date and the time input in either order', () => {
    expect(recognisePicker(['May 24, 2026', '8:00 AM'], ['en-US'])).toMatchObject({ date: 0, time: 1 });
    expect(recognisePicker(['8:00 AM', 'May 24, 2026'], ['en-US'])).toMatchObject({ date: 1, time: 0 });
  });

  it('takes the language the values are written in, whatever comes first in the list', () => {
    expect(recognisePicker(['24. Nov. 2026', '08:00'], ['en-US', 'de-DE'])?.format.locale).toBe('de-DE');
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
