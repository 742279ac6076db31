/**
 * "Insert my boundaries" (issue 15.1): a client's hours, promise, time off and emergency
 * arrangement said in words, as a paragraph for a kick-off mail or as one signature line.
 * Pure: the same profile, options and `now` always give the same text.
 */
import type { Problem } from './problem.ts';
import type { ClientProfile } from './profile.ts';
import { renderTemplate } from './statement-template.ts';
import { hoursPhrase } from './statement-hours.ts';
import {
  emergencySentence,
  hoursSentence,
  hoursWithZone,
  promiseSentence,
  ruleCompact,
  timeOffSentence,
} from './statement-text.ts';
import { awayCompact, upcomingTimeOff } from './statement-time-off.ts';
import type { StatementOptions, TextOptions } from './statement-types.ts';
import { zoneNameShort } from './statement-zone.ts';

export type { Language, StatementKind, StatementOptions, Tone } from './statement-types.ts';

/** The values of a template's placeholders; '' where the profile has nothing to say. */
export interface StatementPieces {
  /** A phrase: "Monday to Friday, 8 am to 6 pm Eastern Time". */
  hours: string;
  /** A sentence in the tone: "I reply within 24 hours." */
  promise: string;
  /** A sentence, or '' with no time off in the next 30 days. */
  timeOff: string;
  /** A sentence, or '' without an emergency channel. */
  emergency: string;
  /** The channel as the user typed it: "555-0100". */
  channel: string;
  /** The user's name, or ''. */
  name: string;
}

export function statementPieces(profile: ClientProfile, o: TextOptions): StatementPieces {
  return {
    hours: hoursWithZone(profile, o),
    promise: promiseSentence(profile, o),
    timeOff: timeOffSentence(profile, o),
    emergency: emergencySentence(profile.emergency, o),
    channel: profile.emergency.channel.trim(),
    name: o.userName?.trim() ?? '',
  };
}

function paragraph(profile: ClientProfile, o: TextOptions): string {
  const sentences = [
    hoursSentence(profile, o),
    promiseSentence(profile, o),
    timeOffSentence(profile, o),
    emergencySentence(profile.emergency, o),
  ];
  return sentences.filter((s) => s !== '').join(' ');
}

const SIGNATURE_WORDS = {
  en: {
    friendly: ['Replies', ''],
    formal: ['Office hours', 'replies '],
    short: ['', ''],
    urgent: { friendly: 'emergencies', formal: 'emergencies', short: 'urgent' },
    away: 'away',
  },
  de: {
    friendly: ['Antworten', ''],
    formal: ['Bürozeiten', 'Antwort '],
    short: ['', ''],
    urgent: { friendly: 'Notfälle', formal: 'Notfälle', short: 'Notfall' },
    away: 'abwesend',
  },
} as const;

/**
 * "Replies Mon–Fri 8–6 ET, within 24 h · emergencies: 555-0100". Only the regular promise:
 * a signature has no room for the after-hours one.
 */
function signature(profile: ClientProfile, o: TextOptions): string {
  const words = SIGNATURE_WORDS[o.language];
  const [lead, promiseLead] = words[o.tone];
  const phrase = hoursPhrase(profile.hours, o.language, o.clock, 'compact');
  const zone = phrase === null ? '' : zoneNameShort(profile.timeZone, o.language, o.now);
  // With several groups, a bare zone would read as the last group's only.
  const hours = phrase === null ? '' : phrase.groups === 1 ? `${phrase.text} ${zone}` : `${phrase.text} (${zone})`;
  const promise = ruleCompact(profile.promise.regular, o.language, o.clock);
  // Friendly runs hours and promise together ("Replies Mon–Fri 8–6 ET, within 24 h"); the others list them.
  // Without hours the "Office hours" lead has nothing to introduce, so only the promise is left.
  const head =
    o.tone === 'friendly'
      ? [lead, hours === '' ? promise : `${hours}, ${promise}`].join(' ')
      : [hours === '' ? '' : [lead, hours].filter((s) => s !== '').join(' '), `${promiseLead}${promise}`]
          .filter((s) => s !== '')
          .join(' · ');
  const parts = [head.charAt(0).toUpperCase() + head.slice(1)];
  const away = upcomingTimeOff(profile.timeOff, profile.timeZone, o.now);
  if (away.length > 0) parts.push(`${words.away} ${away.map((a) => awayCompact(a, o.language)).join(', ')}`);
  const channel = profile.emergency.channel.trim();
  if (channel !== '') parts.push(`${words.urgent[o.tone]}: ${channel}`);
  return parts.join(' · ');
}

/** The statement, or why it cannot be made: the user's own wording naming an unknown placeholder, or giving nothing. */
export type StatementResult = { ok: true; text: string } | { ok: false; problem: Problem };

/**
 * The statement: the signature line, or the paragraph — in the user's own wording when the
 * profile has one (`statementTemplate`, filled from the same pieces as the generated text).
 */
export function statementResult(profile: ClientProfile, options: StatementOptions): StatementResult {
  if (options.kind === 'signature') return { ok: true, text: signature(profile, options) };
  const template = profile.statementTemplate ?? '';
  if (template.trim() === '') return { ok: true, text: paragraph(profile, options) };
  return renderTemplate(template, statementPieces(profile, options));
}

/** The statement's text; '' when the user's own wording cannot be filled (`statementResult` says why). */
export function statementFor(profile: ClientProfile, options: StatementOptions): string {
  const result = statementResult(profile, options);
  return result.ok ? result.text : '';
}
