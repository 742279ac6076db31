import { describe, expect, it } from 'vitest';
import type { Clock } from './format.ts';
import type { ClientProfile, WeeklyHours } from './profile.ts';
import { statementFor, type Language, type StatementKind, type Tone } from './statement.ts';
import { NO_HOURS, profile, weekdays, win } from './testing/profile-fixture.ts';

const NOW = new Date('2026-12-04T17:00:00Z');

/** The issue's own example: Acme in New York. */
const ACME = profile({
  id: 'acme',
  timeZone: 'America/New_York',
  promise: {
    regular: { kind: 'within-hours', hours: 24 },
    afterHours: { kind: 'next-business-day-by', time: '12:00' },
  },
  timeOff: [{ start: '2026-12-24', end: '2027-01-01' }],
  emergency: {
    situations: ['the website is down', 'a post going viral for the wrong reasons'],
    keywords: [],
    channel: '555-0100',
  },
});

const say = (p: ClientProfile, kind: StatementKind, language: Language, tone: Tone, clock: Clock) =>
  statementFor(p, { kind, language, tone, clock, now: NOW });

describe('statementFor: the paragraph', () => {
  it.each<[Language, Tone, Clock, string]>([
    [
      'en',
      'friendly',
      '12h',
      "You can reach me Monday to Friday, 8 am to 6 pm Eastern Time. I reply within 24 hours; anything that arrives after 6 pm, by noon the next business day. I'm away from 24 December to 1 January. For a real emergency — the website is down, a post going viral for the wrong reasons — call me on 555-0100.",
    ],
    [
      'en',
      'formal',
      '24h',
      'My working hours are Monday to Friday, 08:00 to 18:00 Eastern Time. I respond to messages within 24 hours; messages received after 18:00 are answered by 12:00 the next business day. Please note that I will be away from 24 December to 1 January. In a genuine emergency (the website is down, a post going viral for the wrong reasons), please call 555-0100.',
    ],
    [
      'en',
      'short',
      '12h',
      'Hours: Monday to Friday, 8 am to 6 pm Eastern Time. Replies within 24 hours; after 6 pm, by noon the next business day. Away: 24 December to 1 January. Emergencies (the website is down, a post going viral for the wrong reasons): 555-0100.',
    ],
    [
      'de',
      'friendly',
      '24h',
      'Sie erreichen mich Montag bis Freitag, 8 bis 18 Uhr (nordamerikanische Ostküstenzeit). Ich antworte innerhalb von 24 Stunden; was nach 18 Uhr eingeht, beantworte ich bis 12 Uhr am nächsten Arbeitstag. Ich bin vom 24. Dezember bis 1. Januar nicht erreichbar. Für einen echten Notfall – the website is down, a post going viral for the wrong reasons – rufen Sie mich unter 555-0100 an.',
    ],
    [
      'de',
      'formal',
      '12h',
      'Meine Geschäftszeiten sind Montag bis Freitag, 8 Uhr morgens bis 6 Uhr abends (nordamerikanische Ostküstenzeit). Ich beantworte Nachrichten innerhalb von 24 Stunden; Nachrichten, die nach 6 Uhr abends eingehen, beantworte ich bis 12 Uhr mittags am nächsten Arbeitstag. Bitte beachten Sie, dass ich vom 24. Dezember bis 1. Januar nicht erreichbar bin. In einem echten Notfall (the website is down, a post going viral for the wrong reasons) rufen Sie mich bitte unter 555-0100 an.',
    ],
    [
      'de',
      'short',
      '24h',
      'Arbeitszeiten: Montag bis Freitag, 8 bis 18 Uhr (nordamerikanische Ostküstenzeit). Antwort innerhalb von 24 Stunden; nach 18 Uhr: bis 12 Uhr am nächsten Arbeitstag. Abwesend: 24. Dezember bis 1. Januar. Notfälle (the website is down, a post going viral for the wrong reasons): 555-0100.',
    ],
  ])('%s, %s, %s', (language, tone, clock, text) => expect(say(ACME, 'paragraph', language, tone, clock)).toBe(text));

  it('leaves out what the profile does not have: no time off soon, no emergency channel', () =>
    expect(say(profile({ id: 'bare', timeZone: 'Europe/Berlin' }), 'paragraph', 'en', 'friendly', '24h')).toBe(
      'You can reach me Monday to Friday, 08:00 to 18:00 Central European Time. I reply within 24 hours.',
    ));

  it('says so when there are no hours at all', () =>
    expect(
      say(
        profile({
          id: 'none',
          timeZone: 'Europe/Berlin',
          hours: NO_HOURS,
          promise: { regular: { kind: 'same-business-day' } },
        }),
        'paragraph',
        'de',
        'friendly',
        '24h',
      ),
    ).toBe('Feste Arbeitszeiten habe ich im Moment nicht. Ich antworte noch am selben Arbeitstag.'));
});

describe('statementFor: the signature line', () => {
  it.each<[Language, Tone, Clock, string]>([
    ['en', 'friendly', '12h', 'Replies Mon–Fri 8–6 ET, within 24 h · away 24 Dec–1 Jan · emergencies: 555-0100'],
    ['en', 'friendly', '24h', 'Replies Mon–Fri 8–18 ET, within 24 h · away 24 Dec–1 Jan · emergencies: 555-0100'],
    [
      'en',
      'formal',
      '12h',
      'Office hours Mon–Fri 8–6 ET · replies within 24 h · away 24 Dec–1 Jan · emergencies: 555-0100',
    ],
    ['en', 'short', '12h', 'Mon–Fri 8–6 ET · within 24 h · away 24 Dec–1 Jan · urgent: 555-0100'],
    [
      'de',
      'friendly',
      '24h',
      'Antworten Mo–Fr 8–18 ET, innerhalb von 24 Std. · abwesend 24.12.–1.1. · Notfälle: 555-0100',
    ],
    [
      'de',
      'friendly',
      '12h',
      'Antworten Mo–Fr 8–18 ET, innerhalb von 24 Std. · abwesend 24.12.–1.1. · Notfälle: 555-0100',
    ],
    [
      'de',
      'formal',
      '24h',
      'Bürozeiten Mo–Fr 8–18 ET · Antwort innerhalb von 24 Std. · abwesend 24.12.–1.1. · Notfälle: 555-0100',
    ],
    ['de', 'short', '24h', 'Mo–Fr 8–18 ET · innerhalb von 24 Std. · abwesend 24.12.–1.1. · Notfall: 555-0100'],
  ])('%s, %s, %s', (language, tone, clock, text) => expect(say(ACME, 'signature', language, tone, clock)).toBe(text));

  it('without time off or channel, the issue’s example less its tail', () =>
    expect(say(profile({ id: 'acme', timeZone: 'America/New_York' }), 'signature', 'en', 'friendly', '12h')).toBe(
      'Replies Mon–Fri 8–6 ET, within 24 h',
    ));

  it('puts the zone in brackets when there are several groups of days', () =>
    expect(
      say(
        profile({
          id: 's',
          timeZone: 'Australia/Sydney',
          hours: { ...weekdays(win('09:00', '17:00')), fri: [win('09:00', '13:00')] },
        }),
        'signature',
        'en',
        'friendly',
        '24h',
      ),
    ).toBe('Replies Mon–Thu 9–17, Fri 9–13 (Sydney time), within 24 h'));

  it.each<[string, Tone, string]>([
    ['friendly', 'friendly', 'Replies same business day · emergencies: 555-0100'],
    ['formal', 'formal', 'Replies same business day · emergencies: 555-0100'],
    ['short', 'short', 'Same business day · urgent: 555-0100'],
  ])('without hours, %s', (_label, tone, text) =>
    expect(
      say(
        profile({
          id: 'n',
          timeZone: 'UTC',
          hours: NO_HOURS,
          promise: { regular: { kind: 'same-business-day' } },
          emergency: { situations: [], keywords: [], channel: '555-0100' },
        }),
        'signature',
        'en',
        tone,
        '12h',
      ),
    ).toBe(text),
  );
});

describe('statementFor: every hour shape, both languages, both clocks', () => {
  const shapes: [string, WeeklyHours][] = [
    ['split days', { ...weekdays(win('09:00', '17:00')), fri: [win('09:00', '13:00')] }],
    ['overnight', { ...NO_HOURS, fri: [win('22:00', '02:00', true)] }],
    ['days off', { ...weekdays(win('08:00', '16:00')), wed: [] }],
    [
      'seven days',
      {
        mon: [win('09:00', '17:00')],
        tue: [win('09:00', '17:00')],
        wed: [win('09:00', '17:00')],
        thu: [win('09:00', '17:00')],
        fri: [win('09:00', '17:00')],
        sat: [win('09:00', '17:00')],
        sun: [win('09:00', '17:00')],
      },
    ],
    ['none', NO_HOURS],
  ];
  const expected: Record<string, [string, string, string, string]> = {
    // en 12h paragraph (first sentence), de 24h paragraph (first sentence), en 12h signature, de 24h signature
    'split days': [
      'You can reach me Monday to Thursday, 9 am to 5 pm; Friday, 9 am to 1 pm (UK time).',
      'Sie erreichen mich Montag bis Donnerstag, 9 bis 17 Uhr; Freitag, 9 bis 13 Uhr (Ortszeit London).',
      'Replies Mon–Thu 9–5, Fri 9–1 (UK time), within 24 h',
      'Antworten Mo–Do 9–17, Fr 9–13 (Ortszeit London), innerhalb von 24 Std.',
    ],
    overnight: [
      'You can reach me Friday, 10 pm to 2 am the next day UK time.',
      'Sie erreichen mich Freitag, 22 bis 2 Uhr am Folgetag (Ortszeit London).',
      'Replies Fri 10pm–2am UK time, within 24 h',
      'Antworten Fr 22–2 Ortszeit London, innerhalb von 24 Std.',
    ],
    'days off': [
      'You can reach me Monday, Tuesday, Thursday and Friday, 8 am to 4 pm UK time.',
      'Sie erreichen mich Montag, Dienstag, Donnerstag und Freitag, 8 bis 16 Uhr (Ortszeit London).',
      'Replies Mon–Tue/Thu–Fri 8–4 UK time, within 24 h',
      'Antworten Mo–Di/Do–Fr 8–16 Ortszeit London, innerhalb von 24 Std.',
    ],
    'seven days': [
      'You can reach me every day, 9 am to 5 pm UK time.',
      'Sie erreichen mich täglich, 9 bis 17 Uhr (Ortszeit London).',
      'Replies daily 9–5 UK time, within 24 h',
      'Antworten tägl. 9–17 Ortszeit London, innerhalb von 24 Std.',
    ],
    none: [
      "I don't keep set working hours at the moment.",
      'Feste Arbeitszeiten habe ich im Moment nicht.',
      'Replies within 24 h',
      'Antworten innerhalb von 24 Std.',
    ],
  };
  const firstSentence = (text: string) => text.split(/(?<=\.) (?=[A-ZÄÖÜI])/)[0];
  it.each(shapes)('%s', (shape, hours) => {
    const p = profile({ id: 'london', timeZone: 'Europe/London', hours });
    const [enParagraph, deParagraph, enSignature, deSignature] = expected[shape]!;
    expect(firstSentence(say(p, 'paragraph', 'en', 'friendly', '12h'))).toBe(enParagraph);
    expect(firstSentence(say(p, 'paragraph', 'de', 'friendly', '24h'))).toBe(deParagraph);
    expect(say(p, 'signature', 'en', 'friendly', '12h')).toBe(enSignature);
    expect(say(p, 'signature', 'de', 'friendly', '24h')).toBe(deSignature);
  });
});

describe('statementFor: every promise kind on the signature line', () => {
  it.each<[string, ClientProfile['promise']['regular'], Language, Clock, string]>([
    ['within hours', { kind: 'within-hours', hours: 4 }, 'en', '12h', 'Replies Mon–Fri 8–6 ET, within 4 h'],
    [
      'within business hours',
      { kind: 'within-business-hours', hours: 8 },
      'en',
      '12h',
      'Replies Mon–Fri 8–6 ET, within 8 business hours',
    ],
    ['same business day', { kind: 'same-business-day' }, 'en', '12h', 'Replies Mon–Fri 8–6 ET, same business day'],
    [
      'next business day by noon',
      { kind: 'next-business-day-by', time: '12:00' },
      'en',
      '12h',
      'Replies Mon–Fri 8–6 ET, by noon next business day',
    ],
    [
      'next business day by 10:00',
      { kind: 'next-business-day-by', time: '10:00' },
      'en',
      '24h',
      'Replies Mon–Fri 8–18 ET, by 10:00 next business day',
    ],
    ['within hours', { kind: 'within-hours', hours: 4 }, 'de', '24h', 'Antworten Mo–Fr 8–18 ET, innerhalb von 4 Std.'],
    [
      'within business hours',
      { kind: 'within-business-hours', hours: 8 },
      'de',
      '24h',
      'Antworten Mo–Fr 8–18 ET, innerhalb von 8 Arbeitsstunden',
    ],
    ['same business day', { kind: 'same-business-day' }, 'de', '24h', 'Antworten Mo–Fr 8–18 ET, am selben Arbeitstag'],
    [
      'next business day by 12',
      { kind: 'next-business-day-by', time: '12:00' },
      'de',
      '24h',
      'Antworten Mo–Fr 8–18 ET, bis 12 Uhr am nächsten Arbeitstag',
    ],
  ])('%s, %s %s', (_label, regular, language, clock, text) =>
    expect(
      say(
        profile({
          id: 'acme',
          timeZone: 'America/New_York',
          promise: { regular, afterHours: { kind: 'within-hours', hours: 48 } },
        }),
        'signature',
        language,
        'friendly',
        clock,
      ),
    ).toBe(text),
  );
});

describe('statementFor: the 30-day cut-off for time off', () => {
  // 4 December in New York: day 30 is 3 January.
  const away = (start: string) =>
    profile({ id: 'acme', timeZone: 'America/New_York', timeOff: [{ start, end: '2027-01-10' }] });
  it('announces time off that starts on day 30', () => {
    expect(say(away('2027-01-03'), 'paragraph', 'en', 'friendly', '12h')).toBe(
      "You can reach me Monday to Friday, 8 am to 6 pm Eastern Time. I reply within 24 hours. I'm away from 3 to 10 January.",
    );
    expect(say(away('2027-01-03'), 'signature', 'en', 'friendly', '12h')).toBe(
      'Replies Mon–Fri 8–6 ET, within 24 h · away 3–10 Jan',
    );
  });
  it('keeps quiet about time off that starts on day 31', () => {
    expect(say(away('2027-01-04'), 'paragraph', 'en', 'friendly', '12h')).toBe(
      'You can reach me Monday to Friday, 8 am to 6 pm Eastern Time. I reply within 24 hours.',
    );
    expect(say(away('2027-01-04'), 'signature', 'de', 'friendly', '24h')).toBe(
      'Antworten Mo–Fr 8–18 ET, innerhalb von 24 Std.',
    );
  });
});
