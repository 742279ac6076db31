/** How long each step of a local delivery may take in the page (tests pass shorter ones). */
export interface DeliveryTimings {
  /** For a compose, a button or a list item to appear after a press. */
  stepMs: number;
  /** For a compose or a list item to go away after a press. */
  closeMs: number;
  /** At most this long for Gmail's Undo window to close after "Message sent" (Gmail offers 5–30 s). */
  undoMs: number;
}

export const TIMINGS: DeliveryTimings = { stepMs: 5_000, closeMs: 5_000, undoMs: 31_000 };

export const failure = (reason: string): { ok: false; reason: string } => ({ ok: false, reason });

export const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));
