import { describe, expect, it } from 'vitest';
import type { Language } from './statement-types.ts';
import { zoneNameInText, zoneNameShort } from './statement-zone.ts';

// What Node 20's ICU names these zones; Chrome and Firefox ship the same CLDR names.
const WINTER = new Date('2026-12-01T12:00:00Z');
const SUMMER = new Date('2026-07-01T12:00:00Z');

describe('zoneNameInText', () => {
  it.each<[string, Language, string]>([
    ['America/New_York', 'en', 'Eastern Time'],
    ['America/Los_Angeles', 'en', 'Pacific Time'],
    ['America/Phoenix', 'en', 'Mountain Standard Time'],
    ['Europe/Berlin', 'en', 'Central European Time'],
    ['Europe/Helsinki', 'en', 'Eastern European Time'],
    ['Asia/Tokyo', 'en', 'Japan Standard Time'],
    ['Europe/London', 'en', 'UK time'],
    ['Europe/Dublin', 'en', 'Irish time'],
    ['Pacific/Honolulu', 'en', 'Hawaii time'],
    ['Australia/Sydney', 'en', 'Sydney time'],
    ['Australia/Brisbane', 'en', 'Brisbane time'],
    ['UTC', 'en', 'UTC'],
    ['Etc/GMT+5', 'en', 'UTC\u221205:00'],
    ['Etc/GMT-14', 'en', 'UTC+14:00'],
    ['Europe/Berlin', 'de', 'mitteleuropäische Zeit'],
    ['Europe/Helsinki', 'de', 'osteuropäische Zeit'],
    ['America/New_York', 'de', 'nordamerikanische Ostküstenzeit'],
    ['America/Denver', 'de', 'Rocky-Mountains-Zeit'],
    ['Europe/London', 'de', 'Ortszeit London'],
    ['Australia/Sydney', 'de', 'Ortszeit Sydney'],
    ['UTC', 'de', 'UTC'],
  ])('%s in %s → %s', (zone, language, name) => expect(zoneNameInText(zone, language, WINTER)).toBe(name));

  it('is the generic name, the same in summer and winter', () => {
    expect(zoneNameInText('America/New_York', 'en', SUMMER)).toBe('Eastern Time');
    expect(zoneNameInText('Europe/Berlin', 'de', SUMMER)).toBe('mitteleuropäische Zeit');
  });

  it('falls back to the city for a zone the engine does not know', () =>
    expect(zoneNameInText('Mars/Olympus_Mons', 'en', WINTER)).toBe('Olympus Mons time'));
});

describe('zoneNameShort', () => {
  it.each<[string, Language, string]>([
    ['America/New_York', 'en', 'ET'],
    ['America/Phoenix', 'en', 'MST'],
    ['Europe/Berlin', 'en', 'CET'],
    ['Europe/Berlin', 'de', 'MEZ'],
    ['Europe/Helsinki', 'de', 'OEZ'],
    ['America/New_York', 'de', 'ET'],
    ['Australia/Sydney', 'en', 'Sydney time'],
    ['Asia/Tokyo', 'en', 'Japan Standard Time'],
    ['UTC', 'de', 'UTC'],
  ])('%s in %s → %s', (zone, language, name) => expect(zoneNameShort(zone, language, WINTER)).toBe(name));
});
