/**
 * How long each step of a local delivery may take in the page (tests pass shorter ones); each
 * provider's delivery/timings.ts holds its values.
 */
export interface DeliveryTimings {
  /** For a compose, a field, a button or a list item to appear after a press. */
  stepMs: number;
  /** For a compose or a list item to go away after a press. */
  closeMs: number;
  /**
   * The provider's longest Undo send period (and a margin): Gmail's Undo window after "Message
   * sent" (5–30 s); Outlook's "Undo send", during which a closed compose has not left the page.
   */
  undoMs: number;
}
