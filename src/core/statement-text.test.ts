import { describe, expect, it } from 'vitest';
import type { Clock } from './format.ts';
import type { EmergencyPolicy, PromiseRule, ResponsePromise } from './profile.ts';
import { emergencySentence, hoursSentence, hoursWithZone, promiseSentence, timeOffSentence } from './statement-text.ts';
import type { Language, TextOptions, Tone } from './statement-types.ts';
import { NO_HOURS, profile, weekdays, win } from './testing/profile-fixture.ts';

const NOW = new Date('2026-12-04T17:00:00Z');
const opts = (language: Language, tone: Tone = 'friendly', clock: Clock = '12h'): TextOptions => ({
  language,
  tone,
  clock,
  now: NOW,
});

const WITHIN_24: PromiseRule = { kind: 'within-hours', hours: 24 };
const WITHIN_1: PromiseRule = { kind: 'within-hours', hours: 1 };
const BUSINESS_8: PromiseRule = { kind: 'within-business-hours', hours: 8 };
const BUSINESS_1: PromiseRule = { kind: 'within-business-hours', hours: 1 };
const SAME_DAY: PromiseRule = { kind: 'same-business-day' };
const BY_NOON: PromiseRule = { kind: 'next-business-day-by', time: '12:00' };
const BY_0930: PromiseRule = { kind: 'next-business-day-by', time: '09:30' };

const acme = (promise: ResponsePromise) => profile({ id: 'acme', timeZone: 'America/New_York', promise });

describe('promiseSentence, English, friendly', () => {
  it.each<[string, ResponsePromise, Clock, string]>([
    ['within hours', { regular: WITHIN_24 }, '12h', 'I reply within 24 hours.'],
    ['within an hour', { regular: WITHIN_1 }, '12h', 'I reply within an hour.'],
    ['within business hours', { regular: BUSINESS_8 }, '12h', 'I reply within 8 business hours.'],
    ['within one business hour', { regular: BUSINESS_1 }, '12h', 'I reply within one business hour.'],
    ['same business day', { regular: SAME_DAY }, '12h', 'I reply on the same business day.'],
    ['next business day by noon', { regular: BY_NOON }, '12h', 'I reply by noon the next business day.'],
    ['next business day by 09:30', { regular: BY_0930 }, '24h', 'I reply by 09:30 the next business day.'],
    [
      'within hours, after hours by noon',
      { regular: WITHIN_24, afterHours: BY_NOON },
      '12h',
      'I reply within 24 hours; anything that arrives after 6 pm, by noon the next business day.',
    ],
    [
      'within hours, after hours by 12:00',
      { regular: WITHIN_24, afterHours: BY_NOON },
      '24h',
      'I reply within 24 hours; anything that arrives after 18:00, by 12:00 the next business day.',
    ],
    [
      'business hours, after hours within hours',
      { regular: BUSINESS_8, afterHours: WITHIN_24 },
      '12h',
      'I reply within 8 business hours; anything that arrives after 6 pm, within 24 hours.',
    ],
    [
      'within an hour, after hours same day',
      { regular: WITHIN_1, afterHours: SAME_DAY },
      '12h',
      'I reply within an hour; anything that arrives after 6 pm, by the end of the next business day.',
    ],
    [
      'same day, after hours within business hours',
      { regular: SAME_DAY, afterHours: BUSINESS_8 },
      '12h',
      'I reply on the same business day; anything that arrives after 6 pm, within 8 business hours.',
    ],
    [
      'an after-hours promise that repeats the regular one',
      { regular: WITHIN_24, afterHours: { kind: 'within-hours', hours: 24 } },
      '12h',
      'I reply within 24 hours.',
    ],
  ])('%s (%s)', (_label, promise, clock, text) =>
    expect(promiseSentence(acme(promise), opts('en', 'friendly', clock))).toBe(text),
  );
});

describe('promiseSentence, German, friendly', () => {
  it.each<[string, ResponsePromise, Clock, string]>([
    ['within hours', { regular: WITHIN_24 }, '24h', 'Ich antworte innerhalb von 24 Stunden.'],
    ['within an hour', { regular: WITHIN_1 }, '24h', 'Ich antworte innerhalb einer Stunde.'],
    ['within business hours', { regular: BUSINESS_8 }, '24h', 'Ich antworte innerhalb von 8 Arbeitsstunden.'],
    ['within one business hour', { regular: BUSINESS_1 }, '24h', 'Ich antworte innerhalb einer Arbeitsstunde.'],
    ['same business day', { regular: SAME_DAY }, '24h', 'Ich antworte noch am selben Arbeitstag.'],
    ['next business day by 12', { regular: BY_NOON }, '24h', 'Ich antworte bis 12 Uhr am nächsten Arbeitstag.'],
    ['next business day by 9:30', { regular: BY_0930 }, '24h', 'Ich antworte bis 9:30 Uhr am nächsten Arbeitstag.'],
    [
      'within hours, after hours by 12',
      { regular: WITHIN_24, afterHours: BY_NOON },
      '24h',
      'Ich antworte innerhalb von 24 Stunden; was nach 18 Uhr eingeht, beantworte ich bis 12 Uhr am nächsten Arbeitstag.',
    ],
    [
      'within hours, after hours by noon on the 12-hour clock',
      { regular: WITHIN_24, afterHours: BY_NOON },
      '12h',
      'Ich antworte innerhalb von 24 Stunden; was nach 6 Uhr abends eingeht, beantworte ich bis 12 Uhr mittags am nächsten Arbeitstag.',
    ],
    [
      'business hours, after hours same day',
      { regular: BUSINESS_8, afterHours: SAME_DAY },
      '24h',
      'Ich antworte innerhalb von 8 Arbeitsstunden; was nach 18 Uhr eingeht, beantworte ich bis zum Ende des nächsten Arbeitstags.',
    ],
    [
      'same day, after hours within hours',
      { regular: SAME_DAY, afterHours: WITHIN_24 },
      '24h',
      'Ich antworte noch am selben Arbeitstag; was nach 18 Uhr eingeht, beantworte ich innerhalb von 24 Stunden.',
    ],
  ])('%s (%s)', (_label, promise, clock, text) =>
    expect(promiseSentence(acme(promise), opts('de', 'friendly', clock))).toBe(text),
  );
});

describe('promiseSentence, tones', () => {
  const promise: ResponsePromise = { regular: WITHIN_24, afterHours: BY_NOON };
  it.each<[Language, Tone, string]>([
    [
      'en',
      'formal',
      'I respond to messages within 24 hours; messages received after 6 pm are answered by noon the next business day.',
    ],
    ['en', 'short', 'Replies within 24 hours; after 6 pm, by noon the next business day.'],
    [
      'de',
      'formal',
      'Ich beantworte Nachrichten innerhalb von 24 Stunden; Nachrichten, die nach 6 Uhr abends eingehen, beantworte ich bis 12 Uhr mittags am nächsten Arbeitstag.',
    ],
    ['de', 'short', 'Antwort innerhalb von 24 Stunden; nach 6 Uhr abends: bis 12 Uhr mittags am nächsten Arbeitstag.'],
  ])('%s %s', (language, tone, text) => expect(promiseSentence(acme(promise), opts(language, tone))).toBe(text));

  it.each<[Language, Tone, string]>([
    ['en', 'formal', 'I respond to messages within 24 hours.'],
    ['en', 'short', 'Replies within 24 hours.'],
    ['de', 'formal', 'Ich beantworte Nachrichten innerhalb von 24 Stunden.'],
    ['de', 'short', 'Antwort innerhalb von 24 Stunden.'],
  ])('%s %s without an after-hours promise', (language, tone, text) =>
    expect(promiseSentence(acme({ regular: WITHIN_24 }), opts(language, tone))).toBe(text),
  );
});

describe('promiseSentence, when the days close at different times', () => {
  const shortFriday = { ...weekdays(win('09:00', '17:00')), fri: [win('09:00', '13:00')] };
  const overnight = { ...NO_HOURS, fri: [win('22:00', '02:00', true)] };
  const promise: ResponsePromise = { regular: WITHIN_24, afterHours: BY_NOON };
  it.each<[string, Language, Tone, typeof shortFriday, string]>([
    [
      'a short Friday',
      'en',
      'friendly',
      shortFriday,
      'I reply within 24 hours; anything that arrives outside my hours, by noon the next business day.',
    ],
    [
      'an overnight window',
      'en',
      'formal',
      overnight,
      'I respond to messages within 24 hours; messages received outside these hours are answered by noon the next business day.',
    ],
    ['no hours', 'en', 'short', NO_HOURS, 'Replies within 24 hours; outside hours, by noon the next business day.'],
    [
      'a short Friday',
      'de',
      'friendly',
      shortFriday,
      'Ich antworte innerhalb von 24 Stunden; was außerhalb meiner Arbeitszeiten eingeht, beantworte ich bis 12 Uhr mittags am nächsten Arbeitstag.',
    ],
  ])('%s, %s %s', (_label, language, tone, hours, text) =>
    expect(promiseSentence(profile({ id: 'x', timeZone: 'UTC', hours, promise }), opts(language, tone))).toBe(text),
  );
});

describe('hoursSentence', () => {
  const office = profile({ id: 'acme', timeZone: 'America/New_York' });
  const berlin = profile({
    id: 'b',
    timeZone: 'Europe/Berlin',
    hours: { ...weekdays(win('09:00', '17:00')), fri: [win('09:00', '13:00')] },
  });
  const none = profile({ id: 'n', timeZone: 'Europe/Berlin', hours: NO_HOURS });
  it.each<[string, typeof office, Language, Tone, Clock, string]>([
    [
      'office, en friendly',
      office,
      'en',
      'friendly',
      '12h',
      'You can reach me Monday to Friday, 8 am to 6 pm Eastern Time.',
    ],
    [
      'office, en formal',
      office,
      'en',
      'formal',
      '24h',
      'My working hours are Monday to Friday, 08:00 to 18:00 Eastern Time.',
    ],
    ['office, en short', office, 'en', 'short', '12h', 'Hours: Monday to Friday, 8 am to 6 pm Eastern Time.'],
    [
      'split, en',
      berlin,
      'en',
      'friendly',
      '24h',
      'You can reach me Monday to Thursday, 09:00 to 17:00; Friday, 09:00 to 13:00 (Central European Time).',
    ],
    [
      'split, de friendly',
      berlin,
      'de',
      'friendly',
      '24h',
      'Sie erreichen mich Montag bis Donnerstag, 9 bis 17 Uhr; Freitag, 9 bis 13 Uhr (mitteleuropäische Zeit).',
    ],
    [
      'office, de formal',
      office,
      'de',
      'formal',
      '24h',
      'Meine Geschäftszeiten sind Montag bis Freitag, 8 bis 18 Uhr (nordamerikanische Ostküstenzeit).',
    ],
    [
      'office, de short',
      office,
      'de',
      'short',
      '24h',
      'Arbeitszeiten: Montag bis Freitag, 8 bis 18 Uhr (nordamerikanische Ostküstenzeit).',
    ],
    ['none, en friendly', none, 'en', 'friendly', '12h', "I don't keep set working hours at the moment."],
    ['none, en formal', none, 'en', 'formal', '12h', 'I do not currently keep set working hours.'],
    ['none, en short', none, 'en', 'short', '12h', 'Hours: none set.'],
    ['none, de friendly', none, 'de', 'friendly', '24h', 'Feste Arbeitszeiten habe ich im Moment nicht.'],
    ['none, de formal', none, 'de', 'formal', '24h', 'Feste Geschäftszeiten habe ich derzeit nicht.'],
    ['none, de short', none, 'de', 'short', '24h', 'Arbeitszeiten: keine festen.'],
  ])('%s', (_label, p, language, tone, clock, text) =>
    expect(hoursSentence(p, opts(language, tone, clock))).toBe(text),
  );

  it('gives {hours} a phrase even without hours', () => {
    expect(hoursWithZone(none, opts('en'))).toBe('no set hours');
    expect(hoursWithZone(none, opts('de'))).toBe('keine festen Zeiten');
  });
});

describe('timeOffSentence', () => {
  const away = profile({
    id: 'acme',
    timeZone: 'America/New_York',
    timeOff: [
      { start: '2026-12-24', end: '2027-01-01', label: 'Christmas' },
      { start: '2026-12-02', end: '2026-12-05' },
      { start: '2027-02-01', end: '2027-02-05' },
    ],
  });
  it.each<[Language, Tone, string]>([
    ['en', 'friendly', "I'm away until 5 December and from 24 December to 1 January."],
    ['en', 'formal', 'Please note that I will be away until 5 December and from 24 December to 1 January.'],
    ['en', 'short', 'Away: until 5 December; 24 December to 1 January.'],
    ['de', 'friendly', 'Ich bin noch bis 5. Dezember und vom 24. Dezember bis 1. Januar nicht erreichbar.'],
    [
      'de',
      'formal',
      'Bitte beachten Sie, dass ich noch bis 5. Dezember und vom 24. Dezember bis 1. Januar nicht erreichbar bin.',
    ],
    ['de', 'short', 'Abwesend: bis 5. Dezember; 24. Dezember bis 1. Januar.'],
  ])('%s %s', (language, tone, text) => expect(timeOffSentence(away, opts(language, tone))).toBe(text));

  it('says nothing when nothing is planned in the next 30 days', () =>
    expect(
      timeOffSentence(
        profile({ id: 'x', timeZone: 'UTC', timeOff: [{ start: '2027-01-04', end: '2027-01-04' }] }),
        opts('en'),
      ),
    ).toBe(''));
});

describe('emergencySentence', () => {
  const viral = ['the website is down', 'a post going viral for the wrong reasons'];
  const policy = (channel: string, situations: string[] = viral): EmergencyPolicy => ({
    situations,
    keywords: [],
    channel,
  });
  it.each<[string, EmergencyPolicy, Language, Tone, string]>([
    [
      'phone, en friendly',
      policy('555-0100'),
      'en',
      'friendly',
      'For a real emergency — the website is down, a post going viral for the wrong reasons — call me on 555-0100.',
    ],
    [
      'phone, en formal',
      policy('555-0100'),
      'en',
      'formal',
      'In a genuine emergency (the website is down, a post going viral for the wrong reasons), please call 555-0100.',
    ],
    [
      'phone, en short',
      policy('555-0100'),
      'en',
      'short',
      'Emergencies (the website is down, a post going viral for the wrong reasons): 555-0100.',
    ],
    [
      'phone, no situations, en',
      policy('+1 (555) 010-0100', []),
      'en',
      'friendly',
      'For a real emergency, call me on +1 (555) 010-0100.',
    ],
    [
      'e-mail, en friendly',
      policy('urgent@example.com', []),
      'en',
      'friendly',
      'For a real emergency, write to me at urgent@example.com.',
    ],
    [
      'e-mail, en formal',
      policy('urgent@example.com', []),
      'en',
      'formal',
      'In a genuine emergency, please write to urgent@example.com.',
    ],
    [
      'own words, en',
      policy('text me on Signal', ['the site is down']),
      'en',
      'friendly',
      'For a real emergency — the site is down — text me on Signal.',
    ],
    ['own words, en short', policy('text me on Signal', []), 'en', 'short', 'Emergencies: text me on Signal.'],
    [
      'phone, de friendly',
      policy('555-0100', ['die Website ist down']),
      'de',
      'friendly',
      'Für einen echten Notfall – die Website ist down – rufen Sie mich unter 555-0100 an.',
    ],
    [
      'phone, de formal',
      policy('555-0100', ['die Website ist down']),
      'de',
      'formal',
      'In einem echten Notfall (die Website ist down) rufen Sie mich bitte unter 555-0100 an.',
    ],
    ['phone, de short', policy('555-0100', []), 'de', 'short', 'Notfälle: 555-0100.'],
    [
      'phone, no situations, de',
      policy('555-0100', []),
      'de',
      'friendly',
      'Für einen echten Notfall rufen Sie mich unter 555-0100 an.',
    ],
    [
      'e-mail, de formal',
      policy('notfall@example.de', []),
      'de',
      'formal',
      'In einem echten Notfall schreiben Sie mir bitte an notfall@example.de.',
    ],
    [
      'own words, de',
      policy('SMS an Jana', ['Server down']),
      'de',
      'friendly',
      'Für einen echten Notfall (Server down): SMS an Jana.',
    ],
    [
      'blank situations are dropped',
      policy('555-0100', ['  ', 'the site is down ']),
      'en',
      'friendly',
      'For a real emergency — the site is down — call me on 555-0100.',
    ],
    ['no channel: nothing to say', policy('  '), 'en', 'friendly', ''],
    ['no channel, German', policy(''), 'de', 'formal', ''],
  ])('%s', (_label, emergency, language, tone, text) =>
    expect(emergencySentence(emergency, opts(language, tone))).toBe(text),
  );
});
