/**
 * Every Outlook on the web selector and label pattern Red Cup uses (DESIGN §4: all of a
 * provider's DOM knowledge in one file). Facts are in shared/research/outlook-dom.md; entries
 * marked "assumption" are not covered by a public source and follow Fluent UI v9's own
 * structure. Within each group: roles and data-* first, Fluent class names next, translated
 * labels last. Outlook ("new Outlook", Fluent v9) changes often: when these stop matching, the
 * adapter finds nothing, the popup says the layout is not supported, and no send is blocked.
 */

// ── The page ────────────────────────────────────────────────────────────────────────────────

/** 2026-11: Mailvelope's hooks for the mailbox (`[id^=primaryMailboxRoot]`, the New mail icon). */
export const PAGE_MARKERS = '[id^="primaryMailboxRoot"], [data-icon-name="ComposeRegular"]';

// ── Compose ─────────────────────────────────────────────────────────────────────────────────

/**
 * The body editor. 2026-11: `[contenteditable=true][aria-label="Message body"]`, older builds
 * "Message body, press Alt+F10 to exit" (research); German "Nachrichtentext".
 */
export const BODY_EDITOR =
  '[contenteditable=true][aria-label^="Message body"], [contenteditable=true][aria-label^="Nachrichtentext"]';

/**
 * The Send control. 2026-11: the Fluent v9 split button's primary part (Fluent source), then
 * `button[aria-label=Send]`, `button[title^=Send]` ("Send (Ctrl+Enter)"), and older builds'
 * `button[name=Send]` (OutlookSendingSafety, Mailvelope). German "Senden".
 */
export const SEND_BUTTON =
  '.fui-SplitButton__primaryActionButton, button[name="Send"], button[aria-label="Send"], button[title^="Send ("], button[aria-label="Senden"]';

/** 2026-11: the split button's dropdown part (Fluent source), which opens the menu with Schedule send. */
export const SEND_MENU_BUTTON = '.fui-SplitButton__menuButton';

/** 2026-11: the split button itself; the pill goes beside it. */
export const SPLIT_BUTTON = '.fui-SplitButton';

/** 2026-11: To/Cc/Bcc are `[contenteditable=true][aria-label="To"]` etc. (research); German An/Cc/Bcc. */
export const RECIPIENT_FIELDS = ['To', 'Cc', 'Bcc', 'An']
  .map((label) => `[contenteditable=true][aria-label="${label}"]`)
  .join(', ');

/** 2026-11: resolved recipients ("personas") are `[data-selection-index]` items (research). */
export const CHIP = '[data-selection-index]';

/** 2026-11: where a persona's address may be: a title with @, or a draggable hover target's label (research). */
export const CHIP_ADDRESS_HOLDERS = "[title*='@'], [draggable=true][aria-label*='@'], .lpc-hoverTarget";

/** 2026-11: the subject box (research); German "Betreff hinzufügen". */
export const SUBJECT =
  'input[aria-label="Add a subject"], input[placeholder="Add a subject"], input[aria-label="Betreff hinzufügen"], input[placeholder="Betreff hinzufügen"]';

// ── The conversation being answered ─────────────────────────────────────────────────────────

/** Assumption (2026-11): each message of the reading pane's conversation is a `[role=article]`. */
export const THREAD_MESSAGE = '[role=article]';

/** Assumption (2026-11): the sender's address is the title of an element in the message header. */
export const MESSAGE_SENDER = "[title*='@']";

/** Assumption (2026-11): the message time is the full date in a title, e.g. `Mon 11/23/2026 9:41 PM`. */
export const MESSAGE_TIME = '[title*="/"]';

/** Assumption (2026-11): the message text. */
export const MESSAGE_TEXT = '.text, [aria-label="Message body"]';

/** 2026-11: the signed-in account in the Microsoft account control (`#mectrl_currentAccount_secondary`). */
export const ACCOUNT_ADDRESS = '#mectrl_currentAccount_secondary, #O365_MainLink_Me [title*="@"]';

// ── Schedule send ───────────────────────────────────────────────────────────────────────────

/** Assumption (2026-11): Fluent v9 menus and dialogs. */
export const MENU = '[role=menu]';
export const MENU_ITEM = '[role=menuitem]';
export const DIALOG = '[role=dialog]';

/** Labels of the steps (translated; matched on the visible text). */
export const SCHEDULE_ITEM_TEXT = /^(schedule send|senden planen|übermittlung planen)$/i;
export const CUSTOM_TIME_TEXT = /^(custom time|benutzerdefinierte zeit)$/i;
export const DIALOG_SEND_TEXT = /^(send|senden)$/i;
export const DIALOG_CANCEL_TEXT = /^(cancel|abbrechen)$/i;

/** 2026-11 (assumption): the Custom time inputs, found by label first, then by the shape of their value. */
export const DATE_INPUT = 'input[aria-label="Date"], input[aria-label="Datum"]';
export const TIME_INPUT = 'input[aria-label="Time"], input[aria-label="Uhrzeit"]';
export const DATE_SHAPE = /^\d{1,2}\/\d{1,2}\/\d{4}$/;
export const TIME_SHAPE = /^\d{1,2}:\d{2}\s*(AM|PM)?$/i;
