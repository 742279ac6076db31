/**
 * Emergency signals in the request being answered (DESIGN §2.4): the words and phrases that
 * make a message feel urgent, found so the triage panel can highlight them.
 *
 * Three sources, strongest first: the situations the client agreed count as an emergency, the
 * client's extra keywords, and a general English list. Matching is case-insensitive and on
 * whole words (Unicode letters and digits, so "down" is not found in "download" nor "PR" in
 * "PRÜFUNG"). Where matches overlap, the stronger source keeps the range: every range of the
 * text is reported once. Offsets index the original text (`text.slice(start, end)`), which
 * is why the text is never lower-cased first (that can change its length).
 */
import type { EmergencyPolicy } from './profile.ts';
import type { Signal, SignalSource } from './triage-types.ts';

/** The whole situation phrase, as the client agreed it. */
export const SITUATION_PHRASE_WEIGHT = 100;
/** A word of a situation whose significant words all appear in the text, not necessarily together. */
export const SITUATION_ALL_WORDS_WEIGHT = 90;
/** A significant word of a situation, the others missing. */
export const SITUATION_WORD_WEIGHT = 60;
export const CLIENT_KEYWORD_WEIGHT = 50;
/** Client situations at or above this weight are strong evidence (see `suggestTriage`). */
export const STRONG_SITUATION_WEIGHT = SITUATION_ALL_WORDS_WEIGHT;

/** General words, grouped by how strongly they point at an emergency (all below any client signal). */
const GENERAL: readonly (readonly [weight: number, words: readonly string[]])[] = [
  [
    30,
    [
      'emergency',
      'outage',
      'down',
      'crisis',
      'lawsuit',
      'legal action',
      'data breach',
      'security breach',
      'breach',
      'hacked',
      'leaked',
      'product recall',
      'disaster',
      'scandal',
      'backlash',
    ],
  ],
  [
    20,
    [
      'urgent',
      'urgently',
      'ASAP',
      'as soon as possible',
      'immediately',
      'right away',
      'right now',
      'critical',
      'broken',
      'not working',
      "isn't working",
      "doesn't work",
      'stopped working',
      'press',
      'journalist',
      'reporter',
      'PR',
      'social media',
      'viral',
      'going viral',
      'complaint',
      'escalate',
      'escalation',
      'time-sensitive',
      'top priority',
    ],
  ],
  [10, ['deadline', 'tonight', 'today', 'end of day', 'EOD', "can't wait", 'cannot wait']],
];

/** Words that carry no meaning of their own in a situation ("the site is down" → site, down). */
const STOP_WORDS = new Set(
  (
    'a an the of on in at to for from by with about into onto over under and or but nor not no ' +
    'is are was were be been being am has have had do does did get gets got goes go going ' +
    'it its this that these those there their they them our we us you your he she his her my me i ' +
    'any some all each every one when if then than as so such very can could will would should may might must'
  ).split(' '),
);

const SOURCE_RANK: Record<SignalSource, number> = { 'client-situation': 0, 'client-keyword': 1, general: 2 };

const WORD_CHAR = /[\p{L}\p{M}\p{N}_]/u;
const WORD = /[\p{L}\p{M}\p{N}_]+(?:['’][\p{L}\p{M}\p{N}_]+)*/gu;

interface Pattern {
  keyword: string;
  source: SignalSource;
  weight: number;
  regex: RegExp;
}

interface Candidate extends Signal {
  order: number;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * A phrase as a whole-word, case-insensitive pattern: the words may be separated by any run of
 * spaces, line breaks or hyphens ("social media" finds "social-media"), and a straight
 * apostrophe also finds a curly one. A boundary is only required where the phrase itself
 * starts or ends with a word character ("!!!" is found anywhere).
 */
function phraseRegExp(phrase: string): RegExp | null {
  const words = phrase
    .trim()
    .split(/[\s\u00a0]+/)
    .filter((w) => w !== '');
  if (words.length === 0) return null;
  const body = words.map((w) => escapeRegExp(w).replace(/['’]/g, "['’]")).join('[\\s\\u00a0\\-‐–]+');
  const first = words[0]!;
  const last = words[words.length - 1]!;
  const before = WORD_CHAR.test(first.charAt(0)) ? '(?<![\\p{L}\\p{M}\\p{N}_])' : '';
  const after = WORD_CHAR.test(last.charAt(last.length - 1)) ? '(?![\\p{L}\\p{M}\\p{N}_])' : '';
  return new RegExp(`${before}${body}${after}`, 'giu');
}

/** The words of a situation that say something: "The site is down" → ["site", "down"]. */
export function significantWords(situation: string): string[] {
  const seen = new Set<string>();
  const words: string[] = [];
  for (const [word] of situation.matchAll(WORD)) {
    const key = word.toLowerCase();
    if (STOP_WORDS.has(key) || seen.has(key) || /^\d$/.test(word)) continue;
    seen.add(key);
    words.push(word);
  }
  return words;
}

function matches(text: string, pattern: Pattern, order: number): Candidate[] {
  const found: Candidate[] = [];
  // matchAll works on a copy of the regex, so the shared patterns keep no state between calls.
  for (const m of text.matchAll(pattern.regex)) {
    if (m[0].length === 0) continue;
    found.push({
      keyword: pattern.keyword,
      source: pattern.source,
      start: m.index,
      end: m.index + m[0].length,
      weight: pattern.weight,
      order,
    });
  }
  return found;
}

function pattern(keyword: string, source: SignalSource, weight: number): Pattern | null {
  const regex = phraseRegExp(keyword);
  return regex === null ? null : { keyword: keyword.trim(), source, weight, regex };
}

/** The matches of one situation: the whole phrase, and each of its significant words. */
function situationCandidates(text: string, situation: string, order: () => number): Candidate[] {
  const whole = pattern(situation, 'client-situation', SITUATION_PHRASE_WEIGHT);
  if (whole === null) return [];
  const found = matches(text, whole, order());
  const words = significantWords(situation);
  // A one-word situation is its own phrase: nothing more to look for.
  if (words.length < 2) return found;
  const perWord = words.map((word) => {
    const p = pattern(word, 'client-situation', SITUATION_WORD_WEIGHT);
    return p === null ? [] : matches(text, { ...p, keyword: whole.keyword }, order());
  });
  const all = perWord.every((list) => list.length > 0);
  for (const list of perWord) for (const c of list) found.push(all ? { ...c, weight: SITUATION_ALL_WORDS_WEIGHT } : c);
  return found;
}

const GENERAL_PATTERNS: readonly Pattern[] = GENERAL.flatMap(([weight, words]) =>
  words.map((word) => pattern(word, 'general', weight)).filter((p): p is Pattern => p !== null),
);

/** Stronger source first, then heavier, then longer, then earlier in the text, then listed first. */
function priority(a: Candidate, b: Candidate): number {
  return (
    SOURCE_RANK[a.source] - SOURCE_RANK[b.source] ||
    b.weight - a.weight ||
    b.end - b.start - (a.end - a.start) ||
    a.start - b.start ||
    a.order - b.order
  );
}

/**
 * Every emergency signal in `text`, sorted by position, each range once. `policies` are the
 * emergency policies of the matched clients, in the order of the verdict's profiles.
 */
export function findSignals(text: string, policies: readonly EmergencyPolicy[]): Signal[] {
  if (text.trim() === '') return [];
  let counter = 0;
  const order = () => counter++;
  const candidates: Candidate[] = [];
  for (const policy of policies) {
    for (const situation of policy.situations) candidates.push(...situationCandidates(text, situation, order));
  }
  for (const policy of policies) {
    for (const keyword of policy.keywords) {
      const p = pattern(keyword, 'client-keyword', CLIENT_KEYWORD_WEIGHT);
      if (p !== null) candidates.push(...matches(text, p, order()));
    }
  }
  for (const p of GENERAL_PATTERNS) candidates.push(...matches(text, p, order()));

  candidates.sort(priority);
  const taken: Signal[] = [];
  for (const c of candidates) {
    if (taken.some((t) => c.start < t.end && t.start < c.end)) continue;
    taken.push({ keyword: c.keyword, source: c.source, start: c.start, end: c.end, weight: c.weight });
  }
  return taken.sort((a, b) => a.start - b.start);
}
