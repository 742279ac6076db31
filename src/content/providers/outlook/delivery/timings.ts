/** How long each step of a local delivery may take in the page (tests pass shorter ones). */
import { UNDO_SEND_MAX_MS } from '../selectors.ts';

export interface DeliveryTimings {
  /** For a compose, a field or a button to appear after a press. */
  stepMs: number;
  /** For a compose to go away after a press. */
  closeMs: number;
  /**
   * After Outlook closed a sent compose on a page without Sent Items: how long to stay before
   * answering, so that a message held by "Undo send" has left before the tab may be closed.
   */
  undoMs: number;
}

export const TIMINGS: DeliveryTimings = { stepMs: 5_000, closeMs: 5_000, undoMs: UNDO_SEND_MAX_MS + 1_000 };

export const failure = (reason: string): { ok: false; reason: string } => ({ ok: false, reason });

export const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));
