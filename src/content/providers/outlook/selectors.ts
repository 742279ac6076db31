/**
 * Every Outlook on the web selector and label pattern Red Cup uses (DESIGN §4: all of a
 * provider's DOM knowledge in one file). Each entry says when and where the fact was taken; the
 * facts are in shared/research/outlook-dom.md. Entries marked "assumption" have no public source
 * and follow Fluent UI v9's own components (Menu, Dialog, DatePicker, TimePicker).
 *
 * Within each group the hooks come in order of stability: roles and `data-*` / `id` / `name`
 * attributes first, Fluent's class names (`fui-*`, stable across builds) next, translated
 * aria-labels and texts last. Lists (`readonly string[]`) are tried in their order; a single
 * string is one query. Outlook ("new Outlook") changes often: when these stop matching, the
 * adapter finds nothing, the popup says the layout is not supported, and no send is blocked.
 */
import { PROVIDERS } from '../../../core/providers.ts';

// ── The page ────────────────────────────────────────────────────────────────────────────────

/**
 * The page is Outlook's mail UI.
 * 2026-11: Mailvelope's hooks (`providerSpecific.js`): the mailbox root `[id^=primaryMailboxRoot]`
 * and the New mail button's icon `[data-icon-name=ComposeRegular]`.
 */
export const PAGE_MARKERS = '[id^="primaryMailboxRoot"], [data-icon-name="ComposeRegular"]';

// ── Compose roots ───────────────────────────────────────────────────────────────────────────

/**
 * The body editor; a compose root is the nearest ancestor holding it and the Send control.
 * 2026-11: `[contenteditable=true][aria-label="Message body"]`, older builds "Message body,
 * press Alt+F10 to exit" (research: Playwright recording, Mailvelope); German "Nachrichtentext".
 */
export const BODY_EDITOR =
  '[contenteditable=true][aria-label^="Message body"], [contenteditable=true][aria-label^="Nachrichtentext"]';

/**
 * The Send control: the primary part of the Fluent v9 Send split button, nothing else (the menu
 * part beside it opens Schedule send). Tried in order:
 * 2026-11: `button[name=Send]` in older builds' command toolbar (OutlookSendingSafety);
 *          `.fui-SplitButton__primaryActionButton` (Fluent UI v9 SplitButton source);
 *          `button[aria-label=Send]`, `button[title^="Send ("]` ("Send (Ctrl+Enter)") (research:
 *          Playwright recording, toggl track-extension); German "Senden".
 */
export const SEND_BUTTON: readonly string[] = [
  'button[name="Send"]',
  '.fui-SplitButton__primaryActionButton',
  'button[aria-label="Send"]',
  'button[title^="Send ("]',
  'button[aria-label="Senden"]',
  'button[title^="Senden ("]',
];

/** 2026-11: the split button (Fluent UI v9 source); the status pill goes beside it. */
export const SPLIT_BUTTON = '.fui-SplitButton';

/** 2026-11: the split button's dropdown part, which opens the menu holding Schedule send (Fluent UI v9 source). */
export const SEND_MENU_BUTTON: readonly string[] = ['.fui-SplitButton__menuButton'];

/**
 * The subject box. 2026-11: "Add a subject" (research: Mailvelope, Playwright recording); German
 * "Betreff hinzufügen". 2026-12: `input[aria-label='Subject']`, the label anvisio's live probe
 * recorded on outlook.live.com (research/sent-signals.md §4 "Landmarks", 2026-06-01), tried last.
 */
export const SUBJECT: readonly string[] = [
  'input[aria-label="Add a subject"]',
  'input[placeholder="Add a subject"]',
  'input[aria-label="Betreff hinzufügen"]',
  'input[placeholder="Betreff hinzufügen"]',
  'input[aria-label="Subject"]',
];

// ── Recipients ──────────────────────────────────────────────────────────────────────────────

/** 2026-11: To/Cc/Bcc are `[contenteditable=true][aria-label="To"]` etc. (research: Mailvelope); German "An". */
export const RECIPIENT_FIELDS = ['To', 'Cc', 'Bcc', 'An']
  .map((label) => `[contenteditable=true][aria-label="${label}"]`)
  .join(', ');

/** 2026-11: a resolved recipient ("persona") is a `[data-selection-index]` item (research: Mailvelope). */
export const CHIP = '[data-selection-index]';

/**
 * 2026-11: where a persona may keep its address, in this order: a title holding an @ (research:
 * OutlookSendingSafety), the draggable persona's aria-label (toggl track-extension), the persona
 * card's hover target `.lpc-hoverTarget` (Mailvelope). The address is not always in the DOM.
 */
export const CHIP_ADDRESS_HOLDERS: readonly string[] = [
  "[title*='@']",
  "[draggable='true'][aria-label]",
  '.lpc-hoverTarget',
];

// ── The conversation being answered ─────────────────────────────────────────────────────────

/** 2026-11: a conversation in the reading pane carries its id in `data-convid` (research: Mailvelope). */
export const CONVERSATION = '[data-convid]';

/** Assumption (2026-11): each message of the reading pane's conversation is a `[role=article]`. */
export const THREAD_MESSAGE = '[role=article]';

/** Assumption (2026-11): the sender's address in the message header: a title, else an aria-label, holding an @. */
export const MESSAGE_SENDER: readonly string[] = ["[title*='@']", "[aria-label*='@']"];

/** Assumption (2026-11): the message time as the full date in a title, `Mon 11/23/2026 9:41 PM` (en-US). */
export const MESSAGE_TIME = "[title*='/']";
export const MESSAGE_TIME_TEXT = /(\d{1,2})\/(\d{1,2})\/(\d{4}),?\s+(\d{1,2}):(\d{2})\s*(AM|PM)?/i;

/** Assumption (2026-11): a message's text is the read view's `[role=document]` "Message body" (not editable). */
export const MESSAGE_TEXT: readonly string[] = [
  '[role=document]',
  '[aria-label="Message body"]',
  '[aria-label="Nachrichtentext"]',
];

/**
 * The signed-in account's address, for telling the user's own messages from the client's.
 * 2026-11: the Microsoft account manager's `#mectrl_currentAccount_secondary` (research/sent-
 * signals.md §4 "Account address": present only once its flyout was opened). Not in research
 * (2026-12), kept as unverified fallbacks that match the simulated page: an address in a title
 * inside `#O365_MainLink_Me`, and the folder pane's account node, whose title is the address.
 */
export const ACCOUNT_ADDRESS: readonly string[] = [
  '#mectrl_currentAccount_secondary',
  "#O365_MainLink_Me [title*='@']",
  "[role=tree] [role=treeitem][title*='@']",
];

/**
 * Where else the page names the signed-in account (research/sent-signals.md §4 "Account
 * address", 2026-12, from CalendarLiberator's `detectUserEmail()` and Selenium tests):
 * `#mectrl_currentAccount_secondary` exists only once the account manager's flyout has been
 * opened — its trigger is `#mectrl_main_trigger` (classic) or the `#owa-me-control-container`
 * button (new Outlook), labelled with the display name only; a `login_hint=` in a link's `href`;
 * an address in `document.title` (`Inbox (4) - riley@example.test - Outlook`; often the display
 * name instead). Outlook on the web shows one mailbox per host, so the host names the mailbox
 * UI, and the address names the account signed in to it.
 */
export const ACCOUNT_MANAGER_TRIGGER: readonly string[] = [
  '#mectrl_main_trigger',
  '#owa-me-control-container button',
  // Not in research (2026-12): the suite header's "me" link of Microsoft 365 pages, unverified; the simulated page has it.
  '#O365_MainLink_Me',
];
export const ACCOUNT_MANAGER_ADDRESS = '#mectrl_currentAccount_secondary';
export const LOGIN_HINT_LINK = 'a[href*="login_hint="]';

// ── Schedule send ───────────────────────────────────────────────────────────────────────────

/** Assumption (2026-11): Fluent v9 Menu (`MenuList` role=menu, `MenuItem` role=menuitem) and Dialog (`DialogSurface` role=dialog). */
export const MENU = '[role=menu]';
export const MENU_ITEM = '[role=menuitem]';
export const DIALOG = '[role=dialog]';
/** Assumption (2026-11): the buttons of a Fluent v9 dialog: its `DialogActions` first, then any. */
export const DIALOG_BUTTONS: readonly string[] = ['.fui-DialogActions button', 'button', '[role=button]'];

/**
 * Assumption (2026-11): the Custom time fields. Fluent v9 DatePicker and TimePicker are both
 * `input[role=combobox]`: told apart by their component class, then by label, and at last by the
 * shape of the value they show (`11/24/2026`, `8:00 AM`).
 */
export const DATE_INPUT: readonly string[] = [
  '.fui-DatePicker input',
  'input[aria-label="Date"]',
  'input[aria-label="Datum"]',
];
export const TIME_INPUT: readonly string[] = [
  '.fui-TimePicker input',
  'input[aria-label="Time"]',
  'input[aria-label="Uhrzeit"]',
];
export const DIALOG_INPUTS = 'input[role=combobox], input[type=text], input:not([type])';
export const DATE_SHAPE = /^(?:[A-Za-z]{2,3}\.?,?\s+)?\d{1,2}\/\d{1,2}\/\d{4}$/;
export const TIME_SHAPE = /^\d{1,2}:\d{2}\s*(?:AM|PM)?$/i;
/** Assumption (2026-11): a field's error (Fluent v9 `Field` validation message, role=alert). */
export const ALERT = '[role=alert]';

/** 2026-11: the labels of the steps (translated; matched on the visible text). English from research, German assumed. */
export const SCHEDULE_ITEM_TEXT = /^(schedule send|senden planen|übermittlung planen)$/i;
export const CUSTOM_TIME_TEXT = /^(custom time|benutzerdefinierte zeit)$/i;
export const DIALOG_SEND_TEXT = /^(send|senden)$/i;
export const DIALOG_CANCEL_TEXT = /^(cancel|abbrechen)$/i;

// ── Local delivery (DESIGN §5.1 local mode) ─────────────────────────────────────────────────

/**
 * 2026-11-23: the hosts of Outlook on the web (research "Hosts"); a mailbox's mail UI is under
 * `/mail/` (`outlook.live.com` shows the first mailbox at `/mail/0/`), so the account address is
 * `https://<host>/mail/`. Other paths (`/calendar/`, `/owa/` redirects) are no mail UI.
 */
export const MAIL_HOSTS: readonly string[] = PROVIDERS.outlook.hosts; // the providers table (src/core/providers.ts)
export const MAIL_PATH = /^\/mail(?:\/|$)/;

/**
 * The New mail button, which opens a new message in the page (no page load, so the content
 * script that fills it keeps running).
 * 2026-11-23: the button holding `[data-icon-name=ComposeRegular]` (research: Mailvelope's
 * hook), else its label (assumption; German "Neue E-Mail"). Outlook's deeplink
 * `/mail/deeplink/compose?to=&subject=&body=` (Microsoft Tech Community, 2024) is not used: it
 * loads a page (the delivery would stop with it), has no Cc/Bcc, takes plain text only and is
 * bounded by the URL's length.
 */
export const NEW_MAIL_ICON = '[data-icon-name="ComposeRegular"]';
export const NEW_MAIL_BUTTON: readonly string[] = ['button[aria-label="New mail"]', 'button[aria-label="Neue E-Mail"]'];
/** Anything a user presses: a native button or one by role. */
export const ANY_BUTTON = 'button, [role=button]';

/**
 * A conversation's id is its `data-convid` (research: Mailvelope); the message list's rows carry
 * it too, so the open conversation is the one holding messages (THREAD_MESSAGE).
 */
export const CONVERSATION_ID_ATTR = 'data-convid';

/**
 * Assumption (2026-11-23, no public source): the reading pane is the `[role=main]` around the
 * open conversation, and its Reply button (not "Reply all") is labelled "Reply" (German
 * "Antworten"). It opens an inline reply in the conversation, pre-filled with the sender.
 */
export const READING_PANE = '[role=main]';
export const REPLY_BUTTON: readonly string[] = ['button[aria-label="Reply"]', 'button[aria-label="Antworten"]'];

/**
 * The recipient fields one by one (the same facts as RECIPIENT_FIELDS: research "Fields").
 * 2026-11-23: `[contenteditable=true][aria-label="To"]` etc.; German "An".
 */
export const FIELD_LABELS = { to: ['To', 'An'], cc: ['Cc'], bcc: ['Bcc'] } as const;
export const recipientField = (field: keyof typeof FIELD_LABELS): string =>
  FIELD_LABELS[field].map((label) => `[contenteditable=true][aria-label="${label}"]`).join(', ');

/**
 * Assumption (2026-11-23): Cc and Bcc are hidden until their buttons beside To are pressed; the
 * buttons read "Cc" and "Bcc" in every language Red Cup knows.
 */
export const REVEAL_TEXT = { cc: /^cc$/i, bcc: /^bcc$/i } as const;

/**
 * Assumption (2026-11-23): a persona's remove control is a button inside the chip (CHIP)
 * labelled "Remove <name>" (German "<name> entfernen").
 */
export const CHIP_REMOVE = `${CHIP} button[aria-label^="Remove "], ${CHIP} button[aria-label$=" entfernen"]`;

/**
 * The compose's Discard control, which deletes its draft. Assumption (2026-11-23, no public
 * source): the compose toolbar's "Discard" button (aria-label or title; German "Verwerfen"),
 * else the button of Fluent's `DeleteRegular` icon inside the compose.
 */
export const DISCARD_BUTTON: readonly string[] = [
  'button[aria-label="Discard"]',
  'button[title="Discard"]',
  'button[aria-label="Verwerfen"]',
  'button[title="Verwerfen"]',
];
export const DISCARD_ICON = '[data-icon-name="DeleteRegular"]';

/**
 * Sent Items, where a delivery is confirmed: Outlook says nothing after Send ("OWA send is
 * DOM-SILENT": no `[role=alert]`, `role=status` or `aria-live` change in 3 live sends on
 * outlook.live.com, 2026-06-01; anvisio-data `manifests/outlook/actions/send_email.yaml` 1.1.0),
 * so the new row in Sent Items is the only sign that the message left (research/sent-signals.md
 * §4, 2026-12).
 * - The folder's URL is `/mail/sentitems` (`/mail/0/sentitems` on outlook.live.com): the
 *   outlook-extractor README (2026-01-31), Get-OutlookWeb.py `MAIL_FOLDERS`, anvisio Inbox.yaml.
 * - It opens from the navigation pane's folder tree (`[role=treeitem]`, by its translated name;
 *   ARIA's tree pattern, the tree itself is not in the research) without a page load.
 * - The list is `div[role=listbox][aria-label^="Message list"]`, each row
 *   `div[role=option][data-convid]` (anvisio Inbox.yaml, search_emails.yaml, live 2026-06-01),
 *   replaced in place on a folder change (no detached cache as in Gmail).
 * - A row's aria-label is comma-separated and holds the subject among status words and names;
 *   the time element's `title` holds the full date (Get-OutlookWeb.py, partly inferred there):
 *   a row is matched by its subject and that time.
 */
export const SENT_ITEMS_PATH = /^\/mail\/(?:0\/)?sentitems(?:\/|$)/i;
/** An opened item: `/mail/<folder>/id/<ItemId>` (anvisio MessageView.yaml; research §4). */
export const OPEN_ITEM_PATH = /^\/mail\/(?:0\/)?[^/]+\/id\//i;
export const FOLDER_ITEM = '[role=treeitem]';
export const SENT_ITEMS_NAME =
  /^(?:sent items|sent|gesendete elemente|éléments envoyés|elementos enviados|posta inviata|verzonden items)$/i;
export const MESSAGE_LIST =
  'div[role=listbox][aria-label^="Message list"], div[role=listbox][aria-label^="Nachrichtenliste"]';
export const MESSAGE_ROW = 'div[role=option][data-convid]';
export const ROW_TIME = '[title]';

/**
 * How long Outlook may hold a message after Send before it leaves: its "Undo send" setting
 * delays it, by up to 10 s or 30 s depending on the source (public how-to pages, 2019–2026, do
 * not agree; the larger bound is used). A tab closed before then leaves the message unsent in
 * Drafts (How-To Geek, "You can undo send in Outlook", 2019). Not in the research.
 */
export const UNDO_SEND_MAX_MS = 30_000;
