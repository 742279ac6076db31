/**
 * Which language a statement is written in when the user has not picked one: Settings has no
 * language, so the browser's says it. One rule for the options preview and for the compose.
 */
import type { Language } from './statement-types.ts';

/** German for a browser set to German (de, de-DE, de-AT …), English otherwise. */
export function defaultLanguage(browserLanguage: string | undefined): Language {
  return browserLanguage?.toLowerCase().startsWith('de') === true ? 'de' : 'en';
}

/** The tone a statement starts in (the preview's first choice); Settings has no tone either. */
export const DEFAULT_TONE = 'friendly' as const;
