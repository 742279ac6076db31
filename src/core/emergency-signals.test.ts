import { describe, expect, it } from 'vitest';
import {
  CLIENT_KEYWORD_WEIGHT,
  findSignals,
  significantWords,
  SITUATION_ALL_WORDS_WEIGHT,
  SITUATION_PHRASE_WEIGHT,
  SITUATION_WORD_WEIGHT,
} from './emergency-signals.ts';
import type { EmergencyPolicy } from './profile.ts';
import type { Signal } from './triage-types.ts';

const policy = (situations: string[] = [], keywords: string[] = []): EmergencyPolicy => ({
  situations,
  keywords,
  channel: '',
});

/** What the panel would highlight: the text of each signal, with its source and weight. */
function highlights(text: string, policies: EmergencyPolicy[]): [string, Signal['source'], number][] {
  return findSignals(text, policies).map((s) => [text.slice(s.start, s.end), s.source, s.weight]);
}

describe('findSignals', () => {
  it('finds an agreed situation as a whole phrase first, above everything else', () => {
    const text = 'Our site is down! The site down page is showing.';
    const signals = findSignals(text, [policy(['Site down'])]);
    const phrase = signals.find((s) => s.weight === SITUATION_PHRASE_WEIGHT);
    expect(phrase).toMatchObject({ keyword: 'Site down', source: 'client-situation' });
    expect(phrase === undefined ? '' : text.slice(phrase.start, phrase.end)).toBe('site down');
  });

  it('finds the significant words of a situation apart, stronger when all of them appear', () => {
    expect(highlights('The site is DOWN since 9.', [policy(['Site down'])])).toEqual([
      ['site', 'client-situation', SITUATION_ALL_WORDS_WEIGHT],
      ['DOWN', 'client-situation', SITUATION_ALL_WORDS_WEIGHT],
    ]);
    expect(highlights('Can you update the site?', [policy(['Site down'])])).toEqual([
      ['site', 'client-situation', SITUATION_WORD_WEIGHT],
    ]);
  });

  it('reports a situation signal under the situation as the client agreed it', () => {
    const [signal] = findSignals('a breach of our data', [policy(['Customer data breach'])]);
    expect(signal?.keyword).toBe('Customer data breach');
  });

  it.each([
    ['a word inside another word', 'Please download the file', ['down'], []],
    ['a word followed by a letter with an accent', 'downé', ['down'], []],
    ['a word after a digit', '3down', ['down'], []],
    ['case', 'OUTAGE on the east coast', ['outage'], ['OUTAGE']],
    ['a phrase across a line break', 'it is not\nworking', ['not working'], ['not\nworking']],
    ['a phrase with a hyphen', 'a social-media storm', ['social media'], ['social-media']],
    ['a curly apostrophe', 'it doesn’t work', ["doesn't work"], ['doesn’t work']],
    ['non-Latin letters', 'Сайт не работает, авария!', ['авария'], ['авария']],
    ['a keyword of symbols', 'Help!!!', ['!!!'], ['!!!']],
  ])('whole words only: %s', (_label, text, keywords, expected) => {
    const found = findSignals(text, [policy([], keywords)]).filter((s) => s.source === 'client-keyword');
    expect(found.map((s) => text.slice(s.start, s.end))).toEqual(expected);
  });

  it('finds the general English list', () => {
    const text =
      'URGENT: the app is broken, we need this ASAP — the press is calling and it is going viral on social media tonight.';
    expect(highlights(text, []).map(([t]) => t)).toEqual([
      'URGENT',
      'broken',
      'ASAP',
      'press',
      'going viral',
      'social media',
      'tonight',
    ]);
  });

  it('orders the sources: client situations, then client keywords, then general words', () => {
    const signals = findSignals('outage', [policy(['outage'], ['outage'])]);
    expect(signals).toEqual([
      { keyword: 'outage', source: 'client-situation', start: 0, end: 6, weight: SITUATION_PHRASE_WEIGHT },
    ]);
    expect(findSignals('outage', [policy([], ['Outage'])])).toEqual([
      { keyword: 'Outage', source: 'client-keyword', start: 0, end: 6, weight: CLIENT_KEYWORD_WEIGHT },
    ]);
    expect(findSignals('outage', [])[0]?.source).toBe('general');
  });

  it('reports each range once: the stronger source wins an overlap, then the longer match', () => {
    const text = 'There was a data breach at the shop.';
    // "data breach" (general) overlaps "breach" (client keyword): the client keyword wins its range.
    expect(highlights(text, [policy([], ['breach'])])).toEqual([['breach', 'client-keyword', CLIENT_KEYWORD_WEIGHT]]);
    // Between general words, the longer phrase wins.
    expect(highlights(text, []).map(([t]) => t)).toEqual(['data breach']);
  });

  it('keeps every occurrence, sorted by position, with offsets into the original text', () => {
    const text = 'İstanbul office: outage. Berlin office: outage.';
    const signals = findSignals(text, [policy([], ['outage'])]);
    expect(signals.map((s) => s.start)).toEqual([text.indexOf('outage'), text.lastIndexOf('outage')]);
    for (const s of signals) expect(text.slice(s.start, s.end)).toBe('outage');
  });

  it('merges the policies of several clients and ignores blank entries', () => {
    const text = 'Site down and the invoice run failed';
    const signals = findSignals(text, [policy(['Site down', '  '], ['']), policy([], ['invoice run'])]);
    expect(signals.map((s) => [s.keyword, s.source])).toEqual([
      ['Site down', 'client-situation'],
      ['invoice run', 'client-keyword'],
    ]);
  });

  it('finds nothing in an empty text, and is deterministic', () => {
    expect(findSignals('   ', [policy(['Site down'])])).toEqual([]);
    const text = 'Urgent: site down, outage today';
    expect(findSignals(text, [policy(['Site down'])])).toEqual(findSignals(text, [policy(['Site down'])]));
  });
});

describe('significantWords', () => {
  it.each([
    ['The site is down', ['site', 'down']],
    ['A crisis on social media', ['crisis', 'social', 'media']],
    ['PR crisis', ['PR', 'crisis']],
    ['Payment system not working for 2 hours', ['Payment', 'system', 'working', 'hours']],
    ['We are going to miss the launch', ['miss', 'launch']],
    ["Client's site hacked, site offline", ["Client's", 'site', 'hacked', 'offline']],
  ])('%s → %j', (situation, words) => expect(significantWords(situation)).toEqual(words));
});
