/**
 * The contract between the content script's guard (loaded at start-up) and the guard panel
 * (this folder, loaded with `import()` on first need so Preact stays out of the start-up budget).
 * Only types and the entry function's signature live here.
 */
import type { GuardCheck } from '../../core/guard-types.ts';
import type { TriageAnswers, TriageSuggestion } from '../../core/ledger-types.ts';
import type { RequestMessage } from '../providers/adapter.ts';

export interface TriageRecord {
  answers: TriageAnswers;
  suggestion: TriageSuggestion;
}

/** What the user chose in the panel. `triage` is null when they decided without opening triage. */
export type PanelDecision =
  | { action: 'send-at'; triage: TriageRecord | null }
  | { action: 'send-now'; kind: 'sent-emergency' | 'sent-anyway'; triage: TriageRecord | null }
  | { action: 'cancel' };

export interface PanelModel {
  check: GuardCheck;
  /** The message being answered, for triage; null = the panel says it could not find one. */
  request: RequestMessage | null;
  /** Open straight on the triage step (the popup's "It's an emergency…"). */
  startWithTriage?: boolean;
  /** The compose the held send came from: the panel sits over it, kept inside the viewport. Absent = centred. */
  anchor?: HTMLElement | null;
  /** Where focus goes back when the panel closes (the compose's Send control). Absent = what had focus when it opened. */
  returnFocus?: HTMLElement | null;
}

export interface PanelHandle {
  /** Shows a problem inside the panel (e.g. the provider's scheduler could not be driven) and re-enables it. */
  showError(message: string): void;
  /** Marks the panel busy while a decision is carried out (buttons disabled, a status line). */
  setBusy(message: string): void;
  /**
   * The decision was carried out but the user must read something first (the reply went to
   * Red Cup's own queue instead of the provider's): shows `message` with one "OK" button
   * (focused). Resolves when the user dismisses it (OK or Esc); the guard then closes the panel.
   */
  showDone(title: string, message: string): Promise<void>;
  close(): void;
}

/**
 * Opens the panel in a Shadow DOM attached under `host` (an element the guard created next to
 * the compose). `decide` is called once per user decision; for `send-at` the guard keeps the
 * panel open (busy) until it calls `close()` or `showError()`.
 */
export type OpenPanel = (
  host: HTMLElement,
  model: PanelModel,
  decide: (decision: PanelDecision) => void,
) => PanelHandle;
