/**
 * The shared vocabulary of the statements (issue 15.1): what a caller chooses, so the hours,
 * the sentences, the zone name and the template all read the same options.
 */
import type { Clock } from './format.ts';

/** Settings has no language yet, so the caller says which one the text is for. */
export type Language = 'en' | 'de';

export type Tone = 'friendly' | 'formal' | 'short';

export type StatementKind = 'paragraph' | 'signature';

export interface StatementOptions {
  kind: StatementKind;
  tone: Tone;
  language: Language;
  /** The user's Settings.clock. */
  clock: Clock;
  /** Time off is read from this day on (in the client's zone); the zone's name at this instant. */
  now: Date;
  /** Fills `{name}` in a template; the generated paragraph does not sign itself. */
  userName?: string;
}

/** What the text pieces need to know; the kind only matters to the whole statement. */
export type TextOptions = Omit<StatementOptions, 'kind'>;
