/** Triage (DESIGN §2.4): the signals found in a request, the three questions, a suggestion. */
import type { TriageAnswers, TriageSuggestion } from './ledger-types.ts';

export type SignalSource = 'client-situation' | 'client-keyword' | 'general';

/** One emergency signal in the request text: `text.slice(start, end)` is what to highlight. */
export interface Signal {
  /** The word or phrase that matched, as the profile or the general list states it. */
  keyword: string;
  source: SignalSource;
  start: number;
  end: number;
  /** How strongly it points to a real emergency: client situations > client keywords > general words. */
  weight: number;
}

export interface TriageQuestion {
  key: keyof TriageAnswers;
  text: string;
  /** A short line under the question (e.g. the client's agreed situations). */
  hint: string;
}

export interface TriageSuggestionWithReasons {
  suggestion: TriageSuggestion;
  /** Plain sentences the panel lists under the suggestion. */
  reasons: string[];
}
