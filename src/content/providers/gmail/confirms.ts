/**
 * What Gmail's page can confirm (ProviderConfirms), from research/sent-signals.md (2026-12):
 * - sentNotice: the "Message sent" notice with Undo in `div.b8[role=alert]` (§1a; InboxSDK
 *   butter-bar driver, anvisio live capture 2026-06-07), which opens the Undo Send period;
 * - sentLookup: a search in Sent, its rows `tr.zA` in `[role=main]` (§1b);
 * - scheduledCancel: the Scheduled list's message and its "Cancel send" (Gmail's help; §1b rows).
 */
import type { ProviderConfirms } from '../adapter.ts';

export const GMAIL_CONFIRMS: ProviderConfirms = { sentNotice: true, sentLookup: true, scheduledCancel: true };
