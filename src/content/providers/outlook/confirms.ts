/**
 * What Outlook on the web's page can confirm (ProviderConfirms), from research (2026-12):
 * - sentNotice false: "OWA send is DOM-SILENT" — no alert, status or aria-live change in 3 live
 *   sends (research/sent-signals.md §4, anvisio `send_email.yaml` 1.1.0, 2026-06-01);
 * - sentLookup: the new row in Sent Items, `div[role=option][data-convid]` (§4);
 * - scheduledCancel false: no public source drives cancelling Outlook's scheduled send, which
 *   Exchange keeps in Drafts until its time (research/outlook-dom.md "Send and Schedule send").
 */
import type { ProviderConfirms } from '../adapter.ts';

export const OUTLOOK_CONFIRMS: ProviderConfirms = { sentNotice: false, sentLookup: true, scheduledCancel: false };
