/**
 * Every Gmail selector and label pattern Red Cup uses (DESIGN §4: all of a provider's DOM
 * knowledge in one file). Each entry says when and where the fact was taken; facts are in
 * shared/research/gmail-dom.md. Within each group the hooks come in order of stability:
 * structure and `data-*` / `role` / `name` attributes first, Gmail's generated class names
 * next, translated labels last (a fallback only when nothing else matched).
 *
 * Gmail changes its DOM without notice: when one of these stops matching, the adapter finds
 * nothing, the popup says the layout is not supported, and sending is never blocked.
 */

// ── The page ────────────────────────────────────────────────────────────────────────────────

/**
 * The page is Gmail's mail UI: the Compose button, a pop-out compose window, or the pop-up
 * compose container.
 * 2026-11: `div[gh=cm]` is the Compose button (the hook public Gmail automation scripts click);
 * `.dw .nH > .nH > .no` is InboxSDK's `getComposeWindowContainer` (@inboxsdk/core 2.2.26).
 */
export const PAGE_MARKERS = '[gh=cm], .dw .nH > .nH > .no';

/** 2026-11: the pop-out compose window's `<body>` classes (InboxSDK `isStandaloneComposeWindow`). */
export const STANDALONE_BODY_CLASSES = ['xE', 'xp'] as const;

/**
 * 2026-11: the signed-in account in the window title, `Inbox (3) - me@example.com - Gmail`
 * (live Gmail; gmail.js reads the page's `GLOBALS[10]` instead, which a content script cannot see).
 * Mailvelope reads the title the same way (`gmailIntegration.js` L49-62); a Workspace may rebrand
 * the suffix and userscripts may strip the address (research/sent-signals.md §2): a fallback only.
 */
export const TITLE_ACCOUNT = /\s-\s([^\s@]+@[^\s@]+\.[^\s@]+)\s-\s/;

/**
 * The signed-in account's address (research/sent-signals.md §2, 2026-12): the account button
 * `a[href*="accounts.google.com/SignOutOptions"]` (selected by its link, not by the translated
 * label "Google Account: …" / "Google-Konto: …"), whose aria-label ends in `Name (address)`,
 * sometimes with a line break before the parenthesis (public fixtures). `/mail/u/<n>/` is only
 * the account's place in the browser's sign-in order, which Google renumbers (default.wtf #25,
 * gmail.js #345): the address is what names the account.
 */
export const ACCOUNT_BUTTON = 'a[href*="accounts.google.com/SignOutOptions"]';
export const ACCOUNT_LABEL_ADDRESS = /\(\s*([^()\s]+@[^()\s]+)\s*\)/;

// ── Compose roots ───────────────────────────────────────────────────────────────────────────

/**
 * A compose form: every compose kind has one `<form>` holding the To field and Gmail's hidden
 * inputs. Composes are found from `<form>` elements, so a scan stays cheap on a big page.
 * 2026-11: `[name=to]` is the To field of both recipient UIs (`.anm[name=to]`,
 * `textarea[name=to]`); `draft` and `composeid` are hidden inputs of the compose form, and
 * `subjectbox` its subject (2020 capture, research). A form needs the To field and one of the
 * others, so that no other form with a "to" field (search options) passes for a compose.
 */
export const TO_FIELD = '[name=to]';
export const COMPOSE_FORM_MARKS = 'input[name=draft], input[name=composeid], input[name=subjectbox]';

/** 2026-11: a pop-up or full-screen compose is the `[role=dialog]` that holds the form (InboxSDK `setup-compose-view-driver-stream.ts`). */
export const DIALOG = '[role=dialog]';

/** 2026-11: the pop-out window's compose is a child of `[role=main]` (InboxSDK `StandaloneCompose.getComposeWindowContainer`). */
export const STANDALONE_MAIN = '[role=main]';

/** 2026-11: an inline reply or forward is the `.M9` child of the reply area `.ip` (gmail.js `dom.composes`; InboxSDK `_setupReplyStream`). */
export const INLINE_ROOT = '.M9';
export const INLINE_AREA = '.ip';

/** 2026-11: the full-screen container (InboxSDK `getFullscreenComposeWindowContainer`). */
export const FULLSCREEN_CONTAINER = '.aSs .aSt';

// ── Recipients ──────────────────────────────────────────────────────────────────────────────

const FIELD_NAMES = ['to', 'cc', 'bcc'] as const;
const inFields = (inner: string) => FIELD_NAMES.map((name) => `[name=${name}] ${inner}`).join(', ');

/**
 * Chips of the current recipient UI (2022+): `[role=option]` with the address in
 * `data-hovercard-id`, inside the fields `.anm[name=to|cc|bcc]`.
 * 2026-11 (research; gmail.js #654): anchor on `[role=option]` — the hidden accessibility copy
 * `span[email][data-hovercard-id]` beside each chip would count every address twice.
 */
export const CHIPS = inFields('[role=option][data-hovercard-id]');

/** 2026-11: the typing boxes of the current UI (peoplekit combobox; gmail.js detects it by `input[peoplekit-id]`). */
export const TYPING_BOXES = inFields('input[role=combobox]');

/** 2026-11: the old UI's typing boxes, `textarea.vO[name=to|cc|bcc]` inside `.GS tr` (2020 capture). */
export const OLD_TYPING_BOXES = FIELD_NAMES.map((name) => `textarea[name=${name}]`).join(', ');

/** 2026-11: the old UI's chips: `.vR` holding a hidden input valued `Name <address>` (2020 capture). */
export const OLD_CHIPS = '.vR input[type=hidden]';

// ── Subject ─────────────────────────────────────────────────────────────────────────────────

/** 2026-11: the subject box; inline replies may only have the hidden `input[name=subject]` (2020 capture; gmail.js). */
export const SUBJECT_BOX = 'input[name=subjectbox]';
export const SUBJECT_HIDDEN = 'input[name=subject]';

/** 2026-11: the compose's sender (send-as address), a hidden input of the form (2020 capture). */
export const FROM_INPUT = 'input[name=from]';

// ── The message being answered ──────────────────────────────────────────────────────────────

/**
 * Where an inline reply's thread is: the `[role=list]` of its messages, else `[role=main]`.
 * 2026-11: not in the research — Gmail's thread markup as seen in the browser's accessibility
 * tree; when it is wrong, the search widens to `[role=main]` and then the whole document.
 */
export const THREAD_LIST = '[role=list]';
export const MAIN = '[role=main]';

/** 2026-11: an expanded message (`div.adn`), its sender `span.gD[email]`, time `span.g3[title]`, text `div.a3s` (InboxSDK `gmail-message-view.ts`; gmail.js). */
export const EXPANDED_MESSAGE = 'div.adn';
export const MESSAGE_SENDER = 'span.gD[email]';
export const MESSAGE_TIME = 'span.g3[title]';
export const MESSAGE_TEXT = 'div.a3s';

/** 2026-11: quoted history inside a message's text (Gmail's own `gmail_quote` markup, also in sent HTML). */
export const QUOTED_TEXT = '.gmail_quote, .gmail_extra';

/**
 * 2026-11: the open thread's subject, `h2.hP`. Not in the research (Gmail's thread heading as
 * Gmail scripts commonly read it); only used to tie a popped-out reply to the open thread.
 */
export const THREAD_SUBJECT = 'h2.hP';

/** Reply and forward prefixes in the languages Red Cup knows (translated: a fallback for matching a pop-up to the open thread). */
export const REPLY_PREFIX = /^\s*(?:(?:re|fwd?|aw|wg|tr|rv|sv|vs|antw)\s*(?:\[\d+\])?\s*:\s*)+/i;

// ── Send ────────────────────────────────────────────────────────────────────────────────────

/**
 * The Send button: the primary part of the split button, never its arrow, never "Send &
 * archive" (`.Uo`).
 * 2026-11: `div.dC > div.T-I…[role=button]` beside `div.T-I.J-J5-Ji.hG[aria-haspopup=true]`
 * (2020 capture, OutboxIQ probes 2026); InboxSDK's query
 * `.IZ .Up div > div[role=button]:not(.Uo):not([aria-haspopup=true])`.
 */
export const SEND_BUTTON = [
  '.dC > [role=button]:not([aria-haspopup=true]):not(.Uo)',
  '.IZ .Up div > div[role=button]:not(.Uo):not([aria-haspopup=true])',
].join(', ');

/**
 * "Send & archive": Gmail shows it before Send in replies when the user turned on its setting
 * ("Show 'Send & Archive' button in reply"). It sends as well, so it is guarded like Send.
 * 2026-11: research names only its class, `.Uo` (InboxSDK excludes it from its Send query);
 * the role is an assumption that matches every other Gmail toolbar button.
 */
export const SEND_AND_ARCHIVE = '[role=button].Uo';

/** Where the status pill goes: the Send button's toolbar cell (2026-11: `td.gU.Up`, 2020 capture). */
export const SEND_CELL = '.Up';

/** Any button of a compose (for the label fallback below). */
export const BUTTON = '[role=button]';
export const NOT_SEND = '[aria-haspopup=true], .Uo';

/**
 * Translated labels of Send, a fallback when the structure above matched nothing. Gmail puts
 * invisible direction marks around the shortcut: `Send \u202A(Ctrl-Enter)\u202C` (2026-11,
 * research) — strip them with `DIRECTION_MARKS` before matching.
 */
export const SEND_LABEL = /^(?:send|senden|envoyer|enviar|invia|verzenden|wyślij|skicka)$/i;
export const DIRECTION_MARKS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** The shortcut part of a label: `(Ctrl-Enter)`, `(Strg-Eingabetaste)`. */
export const LABEL_SHORTCUT = /\s*\([^)]*\)\s*$/;

// ── Schedule send ───────────────────────────────────────────────────────────────────────────

/** 2026-11: the arrow beside Send, "More send options" (research; 2020 capture). */
export const SEND_OPTIONS = '[role=button][aria-haspopup=true]';
export const SEND_OPTIONS_CLASSED = 'div.T-I.J-J5-Ji.hG[aria-haspopup=true]';

/** 2026-11: its "Schedule send" item; `selector="scheduledSend"` does not change with the language (2020 capture, 2026 probes). */
export const SCHEDULE_ITEM = '[selector=scheduledSend][role=menuitem]';

/** 2026-11: the menu the arrow opens. Not in the research: the ARIA role of Closure Library menus, which Gmail's toolbars use. */
export const MENU = '[role=menu]';

/** 2026-11: the Schedule send dialog's rows; "Pick date & time" is `.Az.AM` (OutboxIQ probes 2026). */
export const MENU_ITEM = '[role=menuitem]';
export const PICK_DATE_TIME = '[role=menuitem].Az.AM';
/** Its translated label, a fallback for `.Az.AM`. */
export const PICK_DATE_TIME_LABEL = /^(?:pick date (?:&|and) time|datum und uhrzeit auswählen)$/i;

/** 2026-11: the "Pick date & time" dialog holds exactly two text inputs (ids change each time) and `<button>`s (OutboxIQ probes 2026). */
export const TEXT_INPUT = 'input:not([type]), input[type=text]';
export const PLAIN_BUTTON = 'button';
/** Its Cancel button's label, so the confirm button is never Cancel; with Close, what dismisses a dialog. */
export const CANCEL_LABEL = /^(?:cancel|abbrechen|annuler|cancelar|annulla|annuleren)$/i;
export const DISMISS_LABEL =
  /^(?:cancel|close|ok|abbrechen|schließen|annuler|fermer|cancelar|cerrar|annulla|chiudi|annuleren|sluiten)$/i;
/** Controls that may dismiss a dialog: buttons of both kinds. */
export const ANY_BUTTON = 'button, [role=button]';

/**
 * What Gmail shows instead of scheduling ("Please specify at least one recipient."). 2026-11:
 * not in the research — the ARIA roles of an alert; only sharpens the failure reason, as a
 * compose that stays open is itself the sign that nothing was scheduled.
 */
export const ALERT = '[role=alert], [role=alertdialog]';
export const ALERT_DIALOG = '[role=alertdialog]';

// ── Local delivery (DESIGN §5.1 local mode) ─────────────────────────────────────────────────

/**
 * 2026-11: an account's mail UI is `https://mail.google.com/mail/u/<n>/` (the pop-out window's
 * `?view=cm&fs=1` too); a bare `/mail/` is account 0, which Gmail redirects to `/mail/u/0/`.
 */
export const MAIL_HOST = 'mail.google.com';
export const ACCOUNT_PATH = /^\/mail\/(?:u\/(\d+)\/)?/;

/** 2026-11: the Compose button (gmail.js and public automation scripts click `div[gh=cm]`). */
export const COMPOSE_BUTTON = '[gh=cm]';

/**
 * The open thread's heading `h2.hP` and its ids.
 * 2026-12: `h2.hP[data-legacy-thread-id]` holds the thread's legacy hex id (research/sent-signals.md
 * §1a, anvisio gmail.md "Result id extraction", live 2026-06); Gmail opens the thread at
 * `#inbox/<that hex id>`. 2026-11: `data-thread-perm-id="thread-f:<decimal>"` on the same heading
 * is not in the research (the heading as Gmail scripts commonly read it): when present it stays the
 * thread's id, as queued replies already store it, and its decimal in hex is the legacy id.
 */
export const THREAD_HEADING = 'h2.hP[data-thread-perm-id], h2.hP[data-legacy-thread-id]';
export const THREAD_ID_ATTR = 'data-thread-perm-id';
export const THREAD_LEGACY_ID_ATTR = 'data-legacy-thread-id';
export const THREAD_PERM_DECIMAL = /^thread-f:(\d+)$/;

/**
 * 2026-11: the thread's "Reply" link below the last message (`span.ams.bkH`; `.bkG` is Forward),
 * else the last message's Reply button `div.aaq[role=button]`. Not in the research: Gmail's
 * markup as Gmail scripts commonly click it; both open the inline reply (`.ip.adB .M9`).
 */
export const REPLY_LINK = '.ip .ams.bkH';
export const MESSAGE_REPLY_BUTTON = `${EXPANDED_MESSAGE} .aaq[role=button]`;

/** 2026-11: the Cc and Bcc reveal links of a compose (research "Recipients"). */
export const REVEAL_LINK = { cc: 'span.pE[role=link]', bcc: 'span.pB[role=link]' } as const;

/** The chips of one recipient field, both UIs (the same facts as CHIPS and OLD_CHIPS above). */
export const fieldChips = (field: 'to' | 'cc' | 'bcc'): string => `[name=${field}] [role=option][data-hovercard-id]`;
export const oldFieldChips = (field: 'to' | 'cc' | 'bcc'): string => `${OLD_CHIPS}[name=${field}]`;

/** The typing box of one recipient field, either recipient UI (2026-11, research "Recipients"). */
export const fieldBox = (field: 'to' | 'cc' | 'bcc'): string =>
  `[name=${field}] input[role=combobox], textarea[name=${field}]`;

/**
 * 2026-11: a chip's remove control: `div.afX` in a current-UI chip of the field (research
 * "Recipients"); in the old UI each chip `.vR` holds the field's hidden input and its remove `.vM`.
 */
export const chipRemovers = (field: 'to' | 'cc' | 'bcc'): string => `[name=${field}] [role=option] .afX`;
export const OLD_CHIP = '.vR';
export const OLD_CHIP_REMOVE = '.vM';

/**
 * 2026-11: the body, `div.Am.Al.editable[g_editable=true][contenteditable=true]` (research
 * "Subject and body"; InboxSDK: `.Ap [g_editable=true]`). `[contenteditable=true]` is needed:
 * the hidden plain-text `textarea.Ak` has the same label.
 */
export const BODY = '.Ap [g_editable=true][contenteditable=true], div.Am.Al.editable[contenteditable=true]';

/**
 * The compose toolbar's "Discard draft" (trash) control. Not in the research (2026-12: no public
 * source read names it): `[role=button].og` is an unverified class hook — it matches the
 * simulated page's trash control, and nothing confirms it on the real page — tried before the
 * translated label `Discard draft \u202A(Ctrl-Shift-D)\u202C`, which is written the way research
 * quotes Gmail's Send label (direction marks stripped before matching). When neither matches,
 * discarding fails with a reason and the compose stays open with its text.
 */
export const DISCARD_BUTTON = '[role=button].og';
export const DISCARD_LABEL =
  /^(?:discard draft|entwurf verwerfen|supprimer le brouillon|descartar borrador|elimina bozza|concept verwijderen)$/i;

/**
 * Gmail's "Message sent" notice (research/sent-signals.md §1a, 2026-12 from the 2026-06-07 live
 * capture in anvisio-data `manifests/gmail/gmail.md`; InboxSDK `gmail-butter-bar-driver.ts`
 * L7-9 and L143-149; gmail.js `src/gmail.js` L3091; Meru `mail.ts` L18-33): the host
 * `div.b8[role=alert]` (full class `b8 UC`, `bAp` while a notice shows), the notice's text in
 * `span.bAq`, Undo `#link_undo` and View message `#link_vsm`. View message follows a new
 * message only — a reply or forward shows Undo alone — so it is not required. The same host
 * shows "Draft discarded." and the like, so a notice counts only as the answer to a Send this
 * delivery pressed, once the compose is gone. "Message sent" opens the Undo Send period
 * (5–30 s, Google help 2819488): the message has left only when the period is over.
 */
export const TOAST_AREA = 'div.b8[role=alert]';
export const TOAST_SHOWN_CLASS = 'bAp';
export const TOAST_UNDO = '#link_undo';
export const TOAST_VIEW_MESSAGE = '#link_vsm';
export const TOAST_TEXT = 'span.bAq';

/**
 * Gmail's lists of mail in [role=main] (research/sent-signals.md §1b, 2026-12): thread rows
 * `tr.zA` (InboxSDK `gmail-row-list-view.ts` L238-257; gmail.js L3954), ALWAYS scoped to
 * `div[role=main]` — Gmail keeps the previous list's rows outside main as a detached cache (52
 * `tr.zA` in the document, 2 in main; anvisio gotcha #6, 2026-05-28). A search has repainted
 * once `[role=main] [data-query]` holds its query (anvisio `views/SearchResults.yaml` 0.2.0).
 * In a row: the subject's text in `span.bog` (InboxSDK L1133-1141), the people as `[email]`
 * spans in `div.yW` (InboxSDK L327, L1251-1258; Sent shows "To: " before them), the full date
 * in the `title` of `td.xW span[title]` (InboxSDK L1151-1156), in the display language.
 */
export const LIST_ROWS = 'div[role=main] tr.zA';
export const SEARCH_RESULTS = 'div[role=main] [data-query]';
export const ROW_SUBJECT = 'span.bog';
export const ROW_PEOPLE = 'div.yW [email]';
export const ROW_DATE = 'td.xW span[title]';

/**
 * Where Gmail lists what the delivery looks for: a search in Sent or Scheduled for the subject,
 * opened by the URL's hash (`#search/in%3Asent+…`, research §1b; Gmail's own search operators
 * `in:sent`, `in:scheduled`, `subject:"…"`).
 */
export const searchHash = (folder: 'sent' | 'scheduled', subject: string): { hash: string; query: string } => {
  const query = `in:${folder} subject:"${subject.replace(/"/g, ' ').trim()}"`;
  return { query, hash: `#search/${encodeURIComponent(query).replace(/%20/g, '+')}` };
};

/**
 * 2026-11: a scheduled message opens on a click on its row, and the open message holds Gmail's
 * "Cancel send" button, found by its translated label (Gmail's help names it so).
 */
export const CANCEL_SEND_LABEL =
  /^(?:cancel send|senden abbrechen|annuler l'envoi|cancelar envío|annulla invio|verzenden annuleren)$/i;
