/*
 * Simulated Gmail (2026-11): builds the page inbox.html describes, from the URL. Class names,
 * roles and attributes follow shared/research/gmail-dom.md; everything else (icons, layout) is
 * only there to look like Gmail. Plain browser JavaScript, no build step: the routed page loads
 * it from /_site/gmail.js, and the adapter's unit tests run it in happy-dom.
 */
(function gmailSite() {
  'use strict';

  const LRE = '\u202A'; // the invisible direction marks Gmail wraps shortcuts in
  const PDF = '\u202C';
  const key = (text) => `${LRE}(${text})${PDF}`;

  const STRINGS = {
    en: {
      locale: 'en-US',
      title: 'Inbox (3) - {email} - Gmail',
      popoutTitle: 'Compose Mail - {email} - Gmail',
      searchMail: 'Search mail',
      compose: 'Compose',
      inbox: 'Inbox',
      starred: 'Starred',
      snoozed: 'Snoozed',
      sent: 'Sent',
      drafts: 'Drafts',
      scheduled: 'Scheduled',
      sentList: 'Sent messages',
      scheduledList: 'Scheduled messages',
      nothingYet: 'Nothing yet',
      account: 'Google Account: {name}\n({email})',
      newMessage: 'New Message',
      to: 'To',
      cc: 'Cc',
      bcc: 'Bcc',
      toRecipients: 'To recipients',
      ccRecipients: 'Cc recipients',
      bccRecipients: 'Bcc recipients',
      addCc: `Add Cc recipients ${key('Ctrl-Shift-C')}`,
      addBcc: `Add Bcc recipients ${key('Ctrl-Shift-B')}`,
      remove: 'Remove',
      subject: 'Subject',
      body: 'Message Body',
      send: `Send ${key('Ctrl-Enter')}`,
      sendText: 'Send',
      sendArchive: 'Send & archive',
      sentArchived: 'Message sent. Conversation archived.',
      moreSend: 'More send options',
      scheduleSend: 'Schedule send',
      pickDateTime: 'Pick date & time',
      tomorrowMorning: 'Tomorrow morning',
      tomorrowAfternoon: 'Tomorrow afternoon',
      mondayMorning: 'Monday morning',
      cancel: 'Cancel',
      close: 'Close',
      ok: 'OK',
      fullScreen: `Full screen ${key('Shift for pop-out')}`,
      exitFullScreen: 'Exit full screen',
      popOut: 'Pop-out',
      saveClose: 'Save & close',
      discard: `Discard draft ${key('Ctrl-Shift-D')}`,
      formatting: ['Formatting options', 'Attach files', 'Insert link', 'Insert emoji', 'Insert photo'],
      reply: 'Reply',
      forward: 'Forward',
      popOutReply: 'Pop out reply',
      toMe: 'to me',
      toJane: 'to Jane',
      messageSent: 'Message sent',
      sendScheduled: 'Send scheduled for {when}',
      undo: 'Undo',
      viewMessage: 'View message',
      cancelSend: 'Cancel send',
      sendingCancelled: 'Sending cancelled',
      sendingUndone: 'Sending undone.',
      noResults: 'No messages matched your search.',
      openScheduled: 'Open',
      noRecipient: 'Please specify at least one recipient.',
      badAddress:
        'The address "{address}" in the "{field}" field was not recognized. Please make sure that all addresses are properly formed.',
      invalidDate: 'Invalid date',
      invalidTime: 'Invalid time',
      pastTime: 'Scheduled time must be in the future',
      sentLine: 'To: {to}',
      scheduledFor: 'for {when}',
    },
    de: {
      locale: 'de-DE',
      title: 'Posteingang (3) - {email} - Gmail',
      popoutTitle: 'E-Mail schreiben - {email} - Gmail',
      searchMail: 'In E-Mails suchen',
      compose: 'Schreiben',
      inbox: 'Posteingang',
      starred: 'Markiert',
      snoozed: 'Zurückgestellt',
      sent: 'Gesendet',
      drafts: 'Entwürfe',
      scheduled: 'Geplant',
      sentList: 'Gesendete Nachrichten',
      scheduledList: 'Geplante Nachrichten',
      nothingYet: 'Noch nichts',
      account: 'Google-Konto: {name}\n({email})',
      newMessage: 'Neue Nachricht',
      to: 'An',
      cc: 'Cc',
      bcc: 'Bcc',
      toRecipients: 'An-Empfänger',
      ccRecipients: 'Cc-Empfänger',
      bccRecipients: 'Bcc-Empfänger',
      addCc: `Cc-Empfänger hinzufügen ${key('Strg-Umschalt-C')}`,
      addBcc: `Bcc-Empfänger hinzufügen ${key('Strg-Umschalt-B')}`,
      remove: 'Entfernen',
      subject: 'Betreff',
      body: 'Nachrichtentext',
      send: `Senden ${key('Strg-Eingabetaste')}`,
      sendText: 'Senden',
      sendArchive: 'Senden & archivieren',
      sentArchived: 'Nachricht gesendet. Konversation archiviert.',
      moreSend: 'Weitere Sendeoptionen',
      scheduleSend: 'Senden planen',
      pickDateTime: 'Datum und Uhrzeit auswählen',
      tomorrowMorning: 'Morgen früh',
      tomorrowAfternoon: 'Morgen Nachmittag',
      mondayMorning: 'Montag früh',
      cancel: 'Abbrechen',
      close: 'Schließen',
      ok: 'OK',
      fullScreen: `Vollbild ${key('Umschalttaste für Pop-out')}`,
      exitFullScreen: 'Vollbildmodus beenden',
      popOut: 'Pop-out',
      saveClose: 'Speichern und schließen',
      discard: `Entwurf verwerfen ${key('Strg-Umschalt-D')}`,
      formatting: ['Formatierungsoptionen', 'Dateien anhängen', 'Link einfügen', 'Emoji einfügen', 'Foto einfügen'],
      reply: 'Antworten',
      forward: 'Weiterleiten',
      popOutReply: 'Antwort in neuem Fenster',
      toMe: 'an mich',
      toJane: 'an Jane',
      messageSent: 'Nachricht gesendet',
      sendScheduled: 'Senden geplant für {when}',
      undo: 'Rückgängig machen',
      viewMessage: 'Nachricht ansehen',
      cancelSend: 'Senden abbrechen',
      sendingCancelled: 'Senden abgebrochen',
      sendingUndone: 'Senden rückgängig gemacht.',
      noResults: 'Keine Nachrichten entsprechen Ihrer Suche.',
      openScheduled: 'Öffnen',
      noRecipient: 'Geben Sie mindestens einen Empfänger an.',
      badAddress:
        'Die Adresse "{address}" im Feld "{field}" wurde nicht erkannt. Überprüfen Sie, ob alle Adressen richtig formatiert sind.',
      invalidDate: 'Ungültiges Datum',
      invalidTime: 'Ungültige Uhrzeit',
      pastTime: 'Der geplante Zeitpunkt muss in der Zukunft liegen',
      sentLine: 'An: {to}',
      scheduledFor: 'für {when}',
    },
  };

  const params = new URLSearchParams(location.search);
  const LANG = params.get('hl') === 'de' ? 'de' : 'en';
  const S = STRINGS[LANG];
  const OLD_UI = params.get('ui') === 'old';
  const POPOUT = params.get('view') === 'cm';
  // Gmail's setting "Send & Archive: show the button in reply" (off by default).
  const SEND_ARCHIVE = params.get('sa') === '1';
  // Gmail's "Undo Send" cancellation period (Settings → General: 5, 10, 20 or 30 s; 5 here unless asked).
  const UNDO_SECONDS = [5, 10, 20, 30].includes(Number(params.get('undo')))
    ? Number(params.get('undo'))
    : params.get('undo') === '1'
      ? 1
      : 5;
  /*
   * The accounts signed in to this browser, in sign-in order: `/mail/u/<n>/` shows the n-th
   * (research/sent-signals.md §2). Google keeps the order in its cookies; here it is in
   * localStorage under SESSION_KEY, so a test can sign another account in before this one and
   * the same `u/0` then shows a different account, as when Google renumbers.
   */
  const SESSION_KEY = 'red-cup-sim-gmail-session';
  function signedIn() {
    try {
      const list = JSON.parse(window.localStorage.getItem(SESSION_KEY) || 'null');
      if (Array.isArray(list) && list.length > 0 && list.every((a) => a && typeof a.email === 'string')) return list;
    } catch {
      // unreadable: the one default account
    }
    return [{ name: 'Alex Morgan', email: 'me@example.com' }];
  }
  const ACCOUNT = (() => {
    const accounts = signedIn();
    return accounts[Number((/^\/mail\/u\/(\d+)\//.exec(location.pathname) || [])[1] ?? 0)] ?? accounts[0];
  })();
  const FIELDS = ['to', 'cc', 'bcc'];
  const POPOUT_URL = 'https://mail.google.com/mail/u/0/?view=cm&fs=1';
  const CONTACTS = {
    'jane@acme.com': 'Jane Doe',
    'billing@acme.com': 'Acme Billing',
    'ops@globex.co.uk': 'Globex Ops',
    'sam@initech.com.au': 'Sam Lee',
    'priya@umbrella.io': 'Priya Shah',
    'me@example.com': 'Alex Morgan',
  };

  const say = (text, vars = {}) => text.replace(/\{(\w+)\}/g, (_, name) => String(vars[name] ?? ''));

  // Listeners go through one AbortController so a test can tear the site down (window.__site.destroy).
  const lifetime = new AbortController();
  const on = (target, type, listener, options = {}) =>
    target.addEventListener(type, listener, { ...options, signal: lifetime.signal });

  // ── DOM and text helpers ─────────────────────────────────────────────────────────────────
  function h(tag, attrs, ...children) {
    const el = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs ?? {})) {
      if (value === null || value === undefined || value === false) continue;
      if (name === 'text') el.textContent = value;
      else el.setAttribute(name, value === true ? '' : String(value));
    }
    for (const child of children.flat()) if (child !== null && child !== undefined && child !== false) el.append(child);
    return el;
  }

  let idSeq = Math.floor(Math.random() * 1000);
  /** Gmail's generated ids (`:1ab`), different on every load and every mount. */
  const gid = () => `:${(idSeq++).toString(36)}${Math.random().toString(36).slice(2, 4)}`;

  const ICONS = {
    close: 'M6 6l12 12M18 6L6 18',
    full: 'M4 10V4h6M20 10V4h-6M4 14v6h6M20 14v6h-6',
    popout: 'M14 4h6v6M20 4l-9 9M18 14v6H4V6h6',
    trash: 'M5 7h14M9 7V4h6v3M7 7l1 13h8l1-13',
    arrow: 'M7 10l5 5 5-5',
  };
  const icon = (name) =>
    `data:image/svg+xml,${encodeURIComponent(
      `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="#444746" stroke-width="2"><path d="${ICONS[name]}"/></svg>`,
    )}`;

  const clean = (text) => text.replace(/[\u202f\u00a0]/g, ' ');
  const formatter = (options) => {
    const f = new Intl.DateTimeFormat(S.locale, options);
    return (date) => clean(f.format(date));
  };
  const fmtTime = formatter({ hour: 'numeric', minute: '2-digit' });
  /*
   * The two inputs of "Pick date & time" hold the Closure Library's MEDIUM_DATE and SHORT_TIME of
   * the display language (research/sent-signals.md §3, CLDR 43): `Dec 3, 2026` and `2:05 PM`
   * with a narrow no-break space before PM (en), `03.12.2026` and `14:05` (de).
   */
  const pad2 = (n) => String(n).padStart(2, '0');
  const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const pickerDate = (d) =>
    LANG === 'de'
      ? `${pad2(d.getDate())}.${pad2(d.getMonth() + 1)}.${d.getFullYear()}`
      : `${EN_MONTHS[d.getMonth()]} ${d.getDate()}, ${d.getFullYear()}`;
  const pickerTime = (d) =>
    LANG === 'de'
      ? `${pad2(d.getHours())}:${pad2(d.getMinutes())}`
      : `${d.getHours() % 12 || 12}:${pad2(d.getMinutes())}\u202f${d.getHours() < 12 ? 'AM' : 'PM'}`;
  // span.g3[title] of a message: `Mon, Nov 23, 2026, 8:12 PM`.
  const fmtFull = formatter({
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  });
  const fmtWhen = formatter({ weekday: 'short', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' });
  const fmtDay = formatter({ month: 'short', day: 'numeric' });
  const fmtMonth = formatter({ month: 'long', year: 'numeric' });

  /** Month names (short as the date input shows them, and long) of both languages, lower-cased. */
  const MONTHS = new Map();
  for (const locale of ['en-US', 'de-DE']) {
    for (const month of ['short', 'long']) {
      const f = new Intl.DateTimeFormat(locale, { month, day: 'numeric', year: 'numeric', timeZone: 'UTC' });
      for (let m = 0; m < 12; m++) {
        const part = f.formatToParts(new Date(Date.UTC(2026, m, 15))).find((p) => p.type === 'month');
        if (part) MONTHS.set(part.value.toLowerCase().replace(/\.$/, ''), m);
      }
    }
  }

  /** A date as Gmail's picker accepts it; null when it is not one. */
  function parseDate(text) {
    const s = clean(text).trim().toLowerCase().replace(/\s+/g, ' ');
    let m;
    let day;
    let month;
    let year;
    if ((m = /^([a-zäöüß]+)\.? (\d{1,2}),? (\d{4})$/.exec(s))) [month, day, year] = [MONTHS.get(m[1]), +m[2], +m[3]];
    else if ((m = /^(\d{1,2})\.? ([a-zäöüß]+)\.? (\d{4})$/.exec(s)))
      [day, month, year] = [+m[1], MONTHS.get(m[2]), +m[3]];
    else if ((m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(s))) [day, month, year] = [+m[1], +m[2] - 1, +m[3]];
    else if ((m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s))) [month, day, year] = [+m[1] - 1, +m[2], +m[3]];
    else return null;
    if (month === undefined || month < 0 || month > 11) return null;
    const check = new Date(year, month, day);
    return check.getMonth() === month && check.getDate() === day ? { year, month, day } : null;
  }

  /** A time of day (`1:33 PM`, `13:33`, `13:33 Uhr`); null when it is not one. */
  function parseTime(text) {
    const s = clean(text).trim().toLowerCase().replace(/\s+/g, ' ');
    const m = /^(\d{1,2}):(\d{2})(?: ?([ap])\.? ?m\.?)?(?: uhr)?$/.exec(s);
    if (!m) return null;
    let hour = +m[1];
    const minute = +m[2];
    if (minute > 59) return null;
    if (m[3]) {
      if (hour < 1 || hour > 12) return null;
      hour = (hour % 12) + (m[3] === 'p' ? 12 : 0);
    } else if (hour > 23) return null;
    return { hour, minute };
  }

  const ADDRESS = /^[^\s@<>,;"]+@[^\s@<>,;"]+\.[^\s@<>,;"]+$/;
  /** `Jane Doe <jane@acme.com>` or `jane@acme.com` → { name, address }. */
  function parseRecipient(text) {
    const m = /^\s*"?([^"<]*?)"?\s*<([^<>]+)>\s*$/.exec(text);
    const address = (m ? m[2] : text).trim();
    const name = (m && m[1].trim()) || CONTACTS[address.toLowerCase()] || address;
    return { name, address };
  }

  const at = (hour, minute, days = 0, from = new Date()) => {
    const d = new Date(from.getFullYear(), from.getMonth(), from.getDate() + days, hour, minute);
    return d;
  };

  // ── The test hooks and the visible Sent / Scheduled lists ────────────────────────────────
  /*
   * The "server": Sent, Scheduled and Drafts are kept in localStorage, one key per account path
   * (`/mail/u/0/`), so they survive reloads, closed tabs and browser restarts and are shared by
   * every tab of the account (the `storage` event updates the others), as Gmail's are. A fresh
   * browser profile starts with empty lists. A message sent twice is there twice (each send has
   * its own id): the reliability tests count exactly-once here.
   */
  const ACCOUNT_PATH = (/^\/mail\/u\/\d+\//.exec(location.pathname) || ['/mail/u/0/'])[0];
  const STORE_KEY = `red-cup-sim-gmail:${ACCOUNT_PATH}`;
  const LISTS = ['sent', 'scheduled', 'drafts', 'outbox'];

  function readStore() {
    const data = { sent: [], scheduled: [], drafts: [], outbox: [] };
    try {
      const saved = JSON.parse(window.localStorage.getItem(STORE_KEY) || 'null');
      for (const list of LISTS) if (Array.isArray(saved?.[list])) data[list] = saved[list];
    } catch {
      // unreadable or no storage: start empty, as a new account
    }
    return data;
  }

  /** Read, change, write back: another tab may have written since this one last read. */
  function updateStore(change) {
    const data = readStore();
    change(data);
    try {
      window.localStorage.setItem(STORE_KEY, JSON.stringify(data));
    } catch {
      // storage full or refused: this tab's lists still show it
    }
  }

  const stored = readStore();
  const site = {
    sent: stored.sent,
    scheduled: stored.scheduled,
    drafts: stored.drafts,
    /** Sent, but held by Google for the Undo Send period (`releaseAt`); not in Sent yet. */
    outbox: stored.outbox,
    lang: LANG,
    ui: OLD_UI ? 'old' : 'new',
    destroy() {
      lifetime.abort();
      clearInterval(releaser);
      channel?.close();
    },
  };
  window.__site = site;
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel('red-cup-simulated-gmail') : null;

  /** Takes a sent or scheduled message (from this window or a pop-out) into the lists, once per id. */
  function receive(list, json) {
    const record = JSON.parse(json);
    if (site[list].some((r) => r.id === record.id)) return;
    site[list].push(record);
    updateStore((data) => {
      if (!data[list].some((r) => r.id === record.id)) data[list].push(record);
    });
    renderList(list);
  }
  // A pop-out window reports to its opener through this (the same origin: a direct call).
  window.__siteReceive = receive;
  if (channel) on(channel, 'message', (event) => receive(event.data.list, event.data.json));

  // Another tab of the account sent, scheduled or cancelled: show the lists as stored.
  on(window, 'storage', (event) => {
    if (event.key !== STORE_KEY && event.key !== null) return;
    const data = readStore();
    for (const list of LISTS) {
      site[list].splice(0, site[list].length, ...data[list]);
      renderList(list);
    }
  });

  function report(list, record) {
    const json = JSON.stringify(record);
    receive(list, json);
    if (!POPOUT) return;
    let told = false;
    try {
      if (window.opener && typeof window.opener.__siteReceive === 'function') {
        window.opener.__siteReceive(list, json);
        told = true;
      }
    } catch {
      told = false; // a cross-origin or closed opener
    }
    if (!told) channel?.postMessage({ list, json });
  }

  /** Gmail's "Cancel send" on a scheduled message: it leaves Scheduled and goes back to Drafts. */
  function cancelScheduled(id) {
    const record = site.scheduled.find((r) => r.id === id);
    if (!record) return;
    site.scheduled.splice(site.scheduled.indexOf(record), 1);
    const draft = { ...record, at: undefined };
    site.drafts.push(draft);
    updateStore((data) => {
      data.scheduled = data.scheduled.filter((r) => r.id !== id);
      if (!data.drafts.some((r) => r.id === id)) data.drafts.push(draft);
    });
    renderList('scheduled');
    renderList('drafts');
    toast(S.sendingCancelled, { undo: false });
  }

  /**
   * Google holds a sent message for the Undo Send period, then it leaves and shows in Sent. The
   * hold is on the "server" (the store): a tab closed or reloaded meanwhile does not stop it, and
   * whichever tab of the account looks first releases it (once, by id).
   */
  function releaseDue() {
    const now = Date.now();
    const data = readStore();
    const due = data.outbox.filter((r) => Date.parse(r.releaseAt) <= now);
    if (due.length === 0) return;
    updateStore((fresh) => {
      for (const record of fresh.outbox.filter((r) => Date.parse(r.releaseAt) <= now)) {
        const { releaseAt: _held, ...sentRecord } = record;
        if (!fresh.sent.some((r) => r.id === record.id)) fresh.sent.push(sentRecord);
      }
      fresh.outbox = fresh.outbox.filter((r) => Date.parse(r.releaseAt) > now);
    });
    const after = readStore();
    for (const list of LISTS) {
      site[list].splice(0, site[list].length, ...after[list]);
      renderList(list);
    }
    for (const record of due) if (toast.holding === record.id) hideToast();
  }
  const releaser = setInterval(releaseDue, 200);

  /** Undo: the held message never leaves; its compose opens again with what it held. */
  function undoSend(record) {
    if (!readStore().outbox.some((r) => r.id === record.id)) return; // already gone
    updateStore((data) => {
      data.outbox = data.outbox.filter((r) => r.id !== record.id);
    });
    site.outbox.splice(0, site.outbox.length, ...readStore().outbox);
    toast(S.sendingUndone, { undo: false });
    openPopup({
      to: record.to,
      cc: record.cc,
      bcc: record.bcc,
      subject: record.subject,
      bodyText: record.body,
      reply: record.reply,
    });
  }

  function renderList(list) {
    if (list === 'sent' || list === 'scheduled') renderFolder();
    const count = document.querySelector(`[data-site-count="${list}"]`);
    if (count) count.textContent = String(site[list].length);
    const box = document.getElementById(`site-${list}`);
    const ol = box?.querySelector('ol');
    if (!ol) return;
    ol.replaceChildren(
      ...(site[list].length
        ? site[list].map((record) => recordItem(list, record))
        : [h('li', { class: 'site-empty', text: S.nothingYet })]),
    );
  }

  function recordItem(list, record) {
    const everyone = [...record.to, ...record.cc, ...record.bcc];
    const when = list === 'scheduled' ? new Date(record.at) : new Date(record.time);
    const li = h(
      'li',
      {
        'data-id': record.id,
        'data-to': everyone.join(','),
        'data-subject': record.subject,
        'data-time': record.time,
        'data-at': record.at ?? null,
        'data-archived': record.archived ? 'true' : null,
      },
      h('span', { class: 'site-who', text: say(S.sentLine, { to: everyone.join(', ') }) }),
      h('span', { class: 'site-subject', text: record.subject || '(no subject)' }),
      h('time', {
        datetime: when.toISOString(),
        text: list === 'scheduled' ? say(S.scheduledFor, { when: fmtWhen(when) }) : fmtWhen(when),
      }),
    );
    if (list !== 'scheduled') return li;
    // Opening a scheduled message shows Gmail's bar with "Cancel send".
    const open = h('span', {
      class: 'site-open',
      role: 'link',
      tabindex: '0',
      'aria-expanded': 'false',
      text: S.openScheduled,
    });
    li.prepend(open);
    const show = () => {
      if (li.querySelector('.site-view')) return;
      open.setAttribute('aria-expanded', 'true');
      const cancel = h('div', {
        class: 'T-I J-J5-Ji site-cancel-send',
        role: 'button',
        tabindex: '0',
        text: S.cancelSend,
      });
      on(cancel, 'click', () => cancelScheduled(record.id));
      on(cancel, 'keydown', (event) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          cancelScheduled(record.id);
        }
      });
      li.append(
        h('div', { class: 'site-view' }, h('span', { text: say(S.sendScheduled, { when: fmtWhen(when) }) }), cancel),
      );
    };
    on(open, 'click', show);
    on(open, 'keydown', (event) => {
      if (event.key === 'Enter') show();
    });
    return li;
  }

  // ── Layers: menus, dialogs, alerts (Escape closes the top one) ───────────────────────────
  const layers = [];
  /** What each menu item does; items are activated by coordinates, never by their own listeners. */
  const menuActions = new WeakMap();

  function pushLayer(el, backdrop, onClose) {
    const layer = { el, backdrop, onClose };
    layers.push(layer);
    if (backdrop) document.body.append(backdrop);
    document.body.append(el);
    return layer;
  }

  function closeLayer(layer) {
    const index = layers.indexOf(layer);
    if (index < 0) return;
    layers.splice(index, 1);
    layer.el.remove();
    layer.backdrop?.remove();
    layer.onClose?.();
  }

  // Gmail's menus delegate: on mouseup, the element under the pointer's coordinates decides.
  on(document, 'mouseup', (event) => {
    if (event.button !== 0) return;
    const hit = document.elementFromPoint(event.clientX, event.clientY);
    const item = hit?.closest('[role=menuitem]');
    const action = item ? menuActions.get(item) : undefined;
    if (action) action();
  });

  on(document, 'keydown', (event) => {
    if (event.key === 'Escape' && layers.length > 0) {
      event.preventDefault();
      closeLayer(layers[layers.length - 1]);
      return;
    }
    const item = event.target instanceof Element ? event.target.closest('[role=menuitem]') : null;
    const action = item ? menuActions.get(item) : undefined;
    if (action && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      action();
    }
  });

  // A mousedown outside an open menu closes it (dialogs are modal: their backdrop stays).
  on(document, 'mousedown', (event) => {
    const top = layers[layers.length - 1];
    if (top?.menu && !top.el.contains(event.target) && !top.anchor.contains(event.target)) closeLayer(top);
  });

  function place(el, anchor) {
    const box = anchor.getBoundingClientRect();
    const height = el.offsetHeight;
    const width = el.offsetWidth;
    const above = box.top - height - 4;
    const top = above >= 8 ? above : Math.min(box.bottom + 4, window.innerHeight - height - 8);
    el.style.top = `${Math.max(8, top)}px`;
    el.style.left = `${Math.max(8, Math.min(box.left, window.innerWidth - width - 8))}px`;
  }

  /**
   * Gmail's toast (research/sent-signals.md §1a): the host `div.b8.UC[role=alert]` gains `bAp`
   * while a notice shows; the notice is `.vh` with its text in `span.bAq`, Undo `#link_undo` and —
   * after a new message only, never a reply or forward — View message `#link_vsm`. The same host
   * shows "Sending cancelled", "Sending undone." and the like. `hold`: the message whose Undo
   * Send period it offers; the notice goes when that period ends.
   */
  /** A hidden host sits at `top:-10000px; position:relative` (gmail.js L3093, InboxSDK `hideMessage`). */
  function parkToast(area) {
    area.style.position = 'relative';
    area.style.top = '-10000px';
  }

  function hideToast() {
    const area = document.querySelector('.b8.UC');
    if (!area) return;
    // Gmail never uses `hidden` here: it parks the host off screen (research/sent-signals.md §1a).
    // Research does not say whether a parked host keeps the old notice: the simulator keeps it.
    parkToast(area);
    area.classList.remove('bAp');
    toast.holding = null;
  }

  function toast(text, { undo = true, view = false, hold = null, onUndo = null } = {}) {
    const area = document.querySelector('.b8.UC');
    if (!area) return;
    const undoLink = undo
      ? h('span', { class: 'ag a8k', id: 'link_undo', role: 'link', tabindex: '0', text: S.undo })
      : null;
    if (undoLink && onUndo) {
      on(undoLink, 'click', onUndo);
      on(undoLink, 'keydown', (event) => event.key === 'Enter' && onUndo());
    }
    area.replaceChildren(
      h(
        'div',
        { class: 'J-J5-Ji' },
        h(
          'div',
          { class: 'vh' },
          h(
            'span',
            { class: 'aT' },
            h('span', { class: 'bAq', text }),
            undoLink,
            view
              ? h('span', { class: 'ag a8k', id: 'link_vsm', role: 'link', tabindex: '0', text: S.viewMessage })
              : null,
          ),
        ),
      ),
    );
    area.style.removeProperty('position');
    area.style.removeProperty('top');
    area.classList.add('bAp');
    toast.holding = hold;
    clearTimeout(toast.timer);
    // A notice with Undo Send stays for the period (releaseDue hides it); others for 6 s.
    if (!hold) toast.timer = setTimeout(hideToast, 6000);
  }

  function alertBox(text, focusBack) {
    const ok = h('button', { class: 'J-at1-auR', name: 'ok', text: S.ok });
    const box = h(
      'div',
      { class: 'Kj-JD', role: 'alertdialog', 'aria-modal': 'true', tabindex: '0' },
      h('div', { class: 'Kj-JD-K7' }, h('span', { class: 'Kj-JD-K7-K0', text: 'Error' })),
      h('div', { class: 'Kj-JD-Jz', text }),
      h('div', { class: 'Kj-JD-Jl' }, ok),
    );
    const layer = pushLayer(box, h('div', { class: 'Kj-JD-Jh' }), () => focusBack?.focus());
    on(ok, 'click', () => closeLayer(layer));
    ok.focus();
  }

  // ── Compose windows ──────────────────────────────────────────────────────────────────────
  /** Compose state by root element (the [role=dialog], the inline .M9, the pop-out's compose). */
  const composes = new Map();
  let composeSeq = 0;

  function chipNew(field, name, address) {
    const chip = h(
      'div',
      {
        class: 'afV',
        role: 'option',
        'aria-selected': 'false',
        tabindex: '-1',
        'data-name': name,
        'data-hovercard-id': address,
        'data-hovercard-owner-id': '137',
      },
      h('div', { class: 'akl', text: name }),
      h('div', {
        class: 'afX',
        role: 'button',
        tabindex: '-1',
        'aria-label': `${S.remove} ${name}`,
        'data-tooltip': S.remove,
      }),
    );
    // Gmail's hidden accessibility copy beside each chip: count it and every address counts twice.
    const copy = h('span', { class: 'aQ6', email: address, 'data-hovercard-id': address, name, text: name });
    field.list.append(chip, copy);
  }

  function chipOld(field, name, address) {
    const chip = h(
      'div',
      { class: 'vR' },
      h(
        'span',
        { class: 'vN bfK a3q', email: address },
        h('div', { class: 'vT', text: name }),
        h('div', { class: 'vM', role: 'button', 'aria-label': S.remove }),
      ),
      h('input', { type: 'hidden', name: field.name, value: name === address ? address : `${name} <${address}>` }),
    );
    field.list.insertBefore(chip, field.input);
  }

  function addChip(c, fieldName, text) {
    const field = c.fields[fieldName];
    const { name, address } = parseRecipient(text);
    if (!address) return;
    (OLD_UI ? chipOld : chipNew)(field, name, address);
    updateSummary(c);
  }

  /** Turns the typed text into chips: all of it, or (while typing) what precedes the last , or ;. */
  function commitTyped(c, fieldName, keepTail) {
    const input = c.fields[fieldName].input;
    const parts = input.value.split(/[,;]/);
    const tail = keepTail ? parts.pop() : '';
    for (const part of parts) if (part.trim()) addChip(c, fieldName, part.trim());
    if (input.value !== tail) input.value = tail;
  }

  function removeChip(c, chip) {
    if (chip.nextElementSibling?.matches('span[email]')) chip.nextElementSibling.remove();
    chip.remove();
    updateSummary(c);
  }

  function updateSummary(c) {
    c.summary.textContent = chipsOf(c)
      .map((r) => r.name)
      .join(', ');
  }

  /** Recipients as Gmail will send them: chips, then the half-typed text. */
  function chipsOf(c, fieldName) {
    const out = [];
    for (const name of fieldName ? [fieldName] : FIELDS) {
      const field = c.fields[name];
      if (OLD_UI) {
        for (const hidden of field.list.querySelectorAll('.vR input[type=hidden]'))
          out.push({ field: name, ...parseRecipient(hidden.value) });
      } else {
        for (const chip of field.list.querySelectorAll('[role=option]'))
          out.push({ field: name, name: chip.dataset.name, address: chip.dataset.hovercardId });
      }
    }
    return out;
  }

  function recipientsOf(c) {
    const out = { to: [], cc: [], bcc: [] };
    for (const r of chipsOf(c)) out[r.field].push(r.address);
    for (const name of FIELDS) {
      for (const part of c.fields[name].input.value.split(/[,;]/))
        if (part.trim()) out[name].push(parseRecipient(part.trim()).address);
    }
    return out;
  }

  function buildField(c, name, options) {
    const label = S[name];
    const hidden = name !== 'to' && !options[name]?.length;
    if (OLD_UI) {
      const input = h('textarea', {
        rows: '1',
        class: 'vO',
        name,
        'aria-label': label,
        spellcheck: 'false',
        autocomplete: 'off',
        tabindex: '1',
      });
      const list = h('div', { class: 'wO nr l1' }, input);
      const row = h(
        'tr',
        { style: hidden ? 'display: none' : null },
        h('td', { class: 'eV' }, h('div', { class: 'oL aDm az9' }, h('span', { text: label }))),
        h('td', { class: 'eV' }, list),
      );
      return { name, row, list, input };
    }
    const input = h('input', {
      class: 'agP aFw',
      type: 'text',
      role: 'combobox',
      'aria-autocomplete': 'list',
      'aria-haspopup': 'listbox',
      'aria-expanded': 'false',
      'aria-label': S[`${name}Recipients`],
      'peoplekit-id': 'BbVjBd',
      autocomplete: 'off',
      spellcheck: 'false',
      tabindex: '1',
    });
    const list = h('div', {
      class: 'afZ',
      role: 'listbox',
      'aria-label': S[`${name}Recipients`],
      'aria-orientation': 'horizontal',
      'aria-multiselectable': 'true',
    });
    const row = h(
      'div',
      { class: 'aH9 bzf', style: hidden ? 'display: none' : null },
      h('span', { class: 'aB gQ aDm', text: label }),
      h('div', { class: 'anm', name }, list, input),
    );
    return { name, row, list, input };
  }

  function revealLinks(c) {
    const link = (cls, field, label, text) => {
      const el = h('span', {
        class: `aB gQ ${cls}`,
        role: 'link',
        tabindex: '1',
        'aria-label': label,
        'data-tooltip': label,
        text,
      });
      if (c.fields[field].row.style.display !== 'none') el.style.display = 'none';
      on(el, 'click', () => {
        c.fields[field].row.style.display = '';
        el.style.display = 'none';
        c.fields[field].input.focus();
      });
      return el;
    };
    return h('div', { class: 'aoY' }, link('pE', 'cc', S.addCc, S.cc), link('pB', 'bcc', S.addBcc, S.bcc));
  }

  function buildForm(c, options) {
    for (const name of FIELDS) c.fields[name] = buildField(c, name, options);
    c.summary = h('div', { class: 'aoD hl', tabindex: '-1', style: 'display: none' });
    const links = revealLinks(c);
    let recipients;
    if (OLD_UI) {
      c.fields.to.row.append(h('td', { class: 'eV' }, links));
      recipients = h(
        'div',
        { class: 'GS' },
        c.summary,
        h(
          'table',
          { class: 'GS', role: 'presentation' },
          h(
            'tbody',
            {},
            FIELDS.map((n) => c.fields[n].row),
          ),
        ),
      );
    } else {
      c.fields.to.row.append(links);
      recipients = h(
        'div',
        { class: 'GS' },
        c.summary,
        FIELDS.map((n) => c.fields[n].row),
      );
    }
    const subjectHidden = h('input', { type: 'hidden', name: 'subject', value: options.subject ?? '' });
    const subjectBox =
      c.kind === 'inline'
        ? null // inline replies only carry the hidden subject
        : h('input', {
            class: 'aoT',
            name: 'subjectbox',
            type: 'text',
            placeholder: S.subject,
            'aria-label': S.subject,
            tabindex: '1',
            spellcheck: 'true',
            autocomplete: 'off',
          });
    if (subjectBox) {
      subjectBox.value = options.subject ?? '';
      on(subjectBox, 'input', () => (subjectHidden.value = subjectBox.value));
    }
    c.subjectBox = subjectBox;
    c.subjectHidden = subjectHidden;
    const form = h(
      'form',
      { class: 'bAs', method: 'POST', enctype: 'multipart/form-data' },
      h('input', { type: 'hidden', name: 'composeid', value: String(c.id) }),
      h('input', { type: 'hidden', name: 'draft', value: `#msg-a:r-${Math.floor(Math.random() * 9e15)}` }),
      h('input', { type: 'hidden', name: 'rt', value: c.kind === 'inline' ? '1' : '' }),
      subjectHidden,
      h('input', { type: 'hidden', name: 'from', value: ACCOUNT.email }),
      recipients,
      subjectBox ? h('div', { class: 'aoD az6' }, subjectBox) : null,
    );
    on(form, 'submit', (event) => event.preventDefault());
    for (const name of FIELDS) for (const r of options[name] ?? []) addChip(c, name, r);
    return form;
  }

  function buildBody(c, options) {
    const editable = h('div', {
      id: gid(),
      class: 'Am Al editable LW-avf tS-tW',
      contenteditable: 'true',
      g_editable: 'true',
      role: 'textbox',
      'aria-label': S.body,
      'aria-multiline': 'true',
      tabindex: '1',
      spellcheck: 'true',
    });
    if (options.bodyText) editable.textContent = options.bodyText;
    c.editable = editable;
    return h(
      'table',
      { class: 'iN', role: 'presentation' },
      h(
        'tbody',
        {},
        h(
          'tr',
          {},
          h(
            'td',
            { class: 'Ap' },
            h('div', { class: 'Ar Au' }, editable),
            // The trap: a hidden plain-text body that matches [aria-label="Message Body"] too.
            h(
              'div',
              { class: 'Ar As', style: 'display: none' },
              h('textarea', { class: 'Ak aXjCH', 'aria-label': S.body, tabindex: '1' }),
            ),
          ),
        ),
      ),
    );
  }

  function buildToolbar(c) {
    const send = h('div', {
      class: 'T-I J-J5-Ji aoO v7 T-I-atl L3',
      role: 'button',
      tabindex: '1',
      'data-tooltip-delay': '800',
      'data-tooltip': S.send,
      'aria-label': S.send,
      text: S.sendText,
    });
    const arrow = h(
      'div',
      {
        class: 'T-I J-J5-Ji hG T-I-atl L3',
        role: 'button',
        tabindex: '1',
        'aria-haspopup': 'true',
        'aria-expanded': 'false',
        'aria-label': S.moreSend,
        'data-tooltip': S.moreSend,
      },
      h('img', { class: 'G-asx T-I-J3 J-J5-Ji', src: icon('arrow'), alt: '' }),
    );
    // Gmail sends on the click that ends the gesture; an untrusted click sends as well.
    on(send, 'click', () => sendCompose(c));
    on(send, 'keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        sendCompose(c);
      }
    });
    // The arrow is a menu button: it opens on mousedown, like closure's goog.ui.MenuButton.
    on(arrow, 'mousedown', (event) => {
      if (event.button !== 0) return;
      event.preventDefault();
      toggleSendMenu(c, arrow);
    });
    on(arrow, 'keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ' || event.key === 'ArrowDown') {
        event.preventDefault();
        toggleSendMenu(c, arrow)?.querySelector('[role=menuitem]')?.focus();
      }
    });
    // Gmail shows "Send & archive" (.Uo) before Send in replies when the setting is on.
    const sendArchive =
      SEND_ARCHIVE && c.kind === 'inline'
        ? h('div', {
            class: 'T-I J-J5-Ji Uo T-I-atl L3',
            role: 'button',
            tabindex: '1',
            'data-tooltip': S.sendArchive,
            'aria-label': S.sendArchive,
            text: S.sendText,
          })
        : null;
    if (sendArchive) {
      on(sendArchive, 'click', () => sendCompose(c, { archive: true }));
      on(sendArchive, 'keydown', (event) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          sendCompose(c, { archive: true });
        }
      });
    }
    const discard = h(
      'div',
      { class: 'og T-I-J3', role: 'button', tabindex: '1', 'aria-label': S.discard, 'data-tooltip': S.discard },
      h('img', { src: icon('trash'), alt: '' }),
    );
    on(discard, 'click', () => closeCompose(c));
    const tools = S.formatting.map((label, i) =>
      h(
        'div',
        {
          class: `J-Z-I J-J5-Ji aaA a${i}`,
          role: 'button',
          tabindex: '-1',
          'aria-label': label,
          'data-tooltip': label,
        },
        h('div', { class: 'J-J5-Ji J-Z-I-Kv-H' }),
      ),
    );
    c.sendButton = send;
    c.arrow = arrow;
    return h(
      'div',
      { class: 'aDh' },
      h(
        'table',
        { class: 'IZ', role: 'group' },
        h(
          'tbody',
          {},
          h(
            'tr',
            { class: 'btC' },
            h(
              'td',
              { class: 'gU Up' },
              sendArchive ? h('div', { class: 'J-J5-Ji btA' }, sendArchive) : null,
              h('div', { class: 'J-J5-Ji btA' }, h('div', { class: 'dC' }, send, arrow)),
            ),
            h('td', { class: 'gU a0z' }, h('div', { class: 'J-Z', role: 'toolbar' }, tools)),
            h('td', { class: 'gU az5' }, discard),
          ),
        ),
      ),
    );
  }

  function headerButton(cls, label, iconName, action) {
    const el = h('img', {
      class: cls,
      src: icon(iconName),
      alt: label,
      'aria-label': label,
      'data-tooltip': label,
      role: 'button',
      tabindex: '0',
    });
    on(el, 'click', (event) => action(event));
    return el;
  }

  /** The inside of every compose kind: form (recipients, subject, hidden inputs), body, toolbar. */
  function buildContent(c, options) {
    const form = buildForm(c, options);
    const body = buildBody(c, options);
    const toolbar = buildToolbar(c);
    return h('div', { class: 'nH' }, h('div', { class: 'I5' }, form, body, toolbar));
  }

  function wireCompose(c) {
    composes.set(c.root, c);
    for (const name of FIELDS) {
      const input = c.fields[name].input;
      on(input, 'keydown', (event) => {
        if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey) {
          event.preventDefault(); // no new line in the old UI's textarea either
          commitTyped(c, name, false);
        } else if ((event.key === ',' || event.key === ';') && input.value.trim()) {
          event.preventDefault();
          commitTyped(c, name, false);
        } else if (event.key === 'Backspace' && input.value === '') {
          const chips = OLD_UI
            ? c.fields[name].list.querySelectorAll('.vR')
            : c.fields[name].list.querySelectorAll('[role=option]');
          const last = chips[chips.length - 1];
          if (last) removeChip(c, last);
        }
      });
      // Pasted or filled text with separators becomes chips at once, except the part being typed.
      on(input, 'input', () => {
        if (/[,;]/.test(input.value)) commitTyped(c, name, true);
      });
      on(input, 'blur', () => commitTyped(c, name, false));
    }
    on(c.root, 'click', (event) => {
      const remove = event.target.closest('.afX, .vM');
      if (remove) removeChip(c, remove.closest('[role=option], .vR'));
    });
    on(c.root, 'keydown', (event) => {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        sendCompose(c);
      }
    });
  }

  function newCompose(kind, options) {
    const c = { id: ++composeSeq, kind, fields: {}, root: null, container: null, options };
    return c;
  }

  /** A pop-up at the bottom right: .dw .nH > .nH > .no > (column) … div.AD > wrapper > [role=dialog]. */
  function openPopup(options = {}) {
    const c = newCompose('popup', options);
    const title = h('span', { text: options.subject || S.newMessage });
    const fullButton = headerButton('Hq aUG', S.fullScreen, 'full', (event) =>
      event.shiftKey ? popOut(c) : toggleFullScreen(c),
    );
    const header = h(
      'div',
      { class: 'nH Hy aXJ' },
      h('div', { class: 'pi' }, h('h2', { class: 'a3E', id: gid() }, h('div', { class: 'aYF' }, title))),
      h(
        'div',
        { class: 'Hm' },
        headerButton('Hq aUH', S.popOut, 'popout', () => popOut(c)),
        fullButton,
        headerButton('Ha', S.saveClose, 'close', () => closeCompose(c)),
      ),
    );
    c.fullButton = fullButton;
    const dialog = h('div', {
      class: 'nH Hd',
      role: 'dialog',
      'aria-label': options.subject || S.newMessage,
      tabindex: '-1',
    });
    c.root = dialog;
    dialog.append(header, h('div', { class: 'aaZ' }, buildContent(c, options)));
    c.wrapper = h('div', { class: 'nH' }, dialog);
    c.column = h('div', { class: 'nH nn' }, h('div', { class: 'nH' }, h('div', { class: 'AD' }, c.wrapper)));
    c.container = c.column;
    const row = document.querySelector('.dw .no');
    row.insertBefore(c.column, row.firstElementChild?.nextElementSibling ?? null);
    wireCompose(c);
    on(c.subjectBox, 'input', () => (title.textContent = c.subjectBox.value || S.newMessage));
    (options.to?.length ? c.subjectBox : c.fields.to.input).focus();
    return c;
  }

  /** Full screen: the same compose moves into .aSs .aSt (InboxSDK watches that container). */
  function toggleFullScreen(c) {
    const shade = document.querySelector('.aSs');
    const box = shade.querySelector('.aSt');
    if (c.kind === 'fullscreen') {
      c.column.querySelector('.AD').append(c.wrapper);
      c.column.style.display = '';
      shade.style.display = 'none';
      c.kind = 'popup';
      c.fullButton.setAttribute('aria-label', S.fullScreen);
      c.fullButton.setAttribute('data-tooltip', S.fullScreen);
      return;
    }
    for (const other of composes.values()) if (other.kind === 'fullscreen') toggleFullScreen(other);
    box.append(c.wrapper);
    c.column.style.display = 'none';
    shade.style.display = '';
    c.kind = 'fullscreen';
    c.fullButton.setAttribute('aria-label', S.exitFullScreen);
    c.fullButton.setAttribute('data-tooltip', S.exitFullScreen);
    c.editable.focus();
  }

  function draftOf(c) {
    return {
      ...recipientsOf(c),
      subject: c.subjectBox?.value ?? c.subjectHidden.value,
      bodyText: c.editable.innerText ?? c.editable.textContent,
      reply: c.options.reply,
    };
  }

  /** Pop-out: Gmail opens the draft in a window of its own and closes it here. */
  function popOut(c) {
    window.__sitePopoutDraft = draftOf(c);
    const extra = [...params]
      .filter(([name]) => name === 'hl' || name === 'ui')
      .map(([name, value]) => `&${name}=${encodeURIComponent(value)}`)
      .join('');
    window.open(POPOUT_URL + extra, '_blank', 'popup,width=760,height=640');
    closeCompose(c);
  }

  /** Inline reply or forward: .ip gains adB and the compose is its .M9 child. */
  function openInline(mode) {
    const ip = document.querySelector('.ip');
    if (!ip) return null;
    const existing = [...composes.values()].find((c) => c.kind === 'inline');
    if (existing) {
      existing.editable.focus();
      return existing;
    }
    const subject = document.querySelector('h2.hP')?.textContent ?? '';
    const options =
      mode === 'reply'
        ? { to: ['Jane Doe <jane@acme.com>'], subject: `Re: ${subject}`, reply: true }
        : { subject: `Fwd: ${subject}`, reply: true };
    const c = newCompose('inline', options);
    const m9 = h('div', { class: 'M9' });
    c.root = m9;
    c.container = m9;
    const top = h(
      'div',
      { class: 'aoP aoC' },
      h('div', { class: 'btm' }, h('span', { class: 'site-mode', text: mode === 'reply' ? S.reply : S.forward })),
      headerButton('Hq aUH', S.popOutReply, 'popout', () => popOutReply(c)),
    );
    m9.append(top, buildContent(c, options));
    ip.classList.remove('iq');
    ip.classList.add('adB');
    ip.querySelector('.amn').style.display = 'none';
    ip.append(m9);
    wireCompose(c);
    (mode === 'reply' ? c.editable : c.fields.to.input).focus();
    return c;
  }

  function popOutReply(c) {
    const draft = draftOf(c);
    closeCompose(c);
    openPopup({
      to: draft.to,
      cc: draft.cc,
      bcc: draft.bcc,
      subject: draft.subject,
      bodyText: draft.bodyText,
      reply: true,
    });
  }

  /** Removes a compose (sent, scheduled, discarded or closed) and restores what it replaced. */
  function closeCompose(c) {
    if (!composes.has(c.root)) return;
    for (const layer of [...layers]) if (layer.compose === c) closeLayer(layer);
    composes.delete(c.root);
    if (c.kind === 'inline') {
      const ip = c.root.parentElement;
      c.root.remove();
      ip?.classList.remove('adB');
      ip?.classList.add('iq');
      const links = ip?.querySelector('.amn');
      if (links) links.style.display = '';
      return;
    }
    if (c.kind === 'fullscreen') document.querySelector('.aSs').style.display = 'none';
    c.wrapper?.remove();
    c.container.remove();
    if (POPOUT) setTimeout(() => window.close(), 1000);
  }

  /** What the send would carry; null (after an error dialog) when Gmail would refuse it. */
  function messageOf(c) {
    for (const name of FIELDS) commitTyped(c, name, false);
    const recipients = recipientsOf(c);
    const everyone = [...recipients.to, ...recipients.cc, ...recipients.bcc];
    if (everyone.length === 0) {
      alertBox(S.noRecipient, c.fields.to.input);
      return null;
    }
    for (const name of FIELDS) {
      const bad = recipients[name].find((address) => !ADDRESS.test(address));
      if (bad) {
        alertBox(say(S.badAddress, { address: bad, field: S[name] }), c.fields[name].input);
        return null;
      }
    }
    const lower = (list) => list.map((a) => a.toLowerCase());
    return {
      id: `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
      kind: c.kind,
      to: lower(recipients.to),
      cc: lower(recipients.cc),
      bcc: lower(recipients.bcc),
      subject: c.subjectBox?.value ?? c.subjectHidden.value,
      body: (c.editable.innerText ?? c.editable.textContent ?? '').trim(),
      time: new Date().toISOString(),
    };
  }

  function sendCompose(c, { archive = false } = {}) {
    if (!composes.has(c.root)) return;
    const message = messageOf(c);
    if (!message) return;
    closeCompose(c);
    const reply = Boolean(c.options.reply);
    const held = {
      ...message,
      ...(archive ? { archived: true } : {}),
      ...(reply ? { reply: true } : {}),
      releaseAt: new Date(Date.now() + UNDO_SECONDS * 1000).toISOString(),
    };
    report('outbox', held);
    // "View message" only after a new message; a reply or forward offers Undo alone.
    toast(archive ? S.sentArchived : S.messageSent, { view: !reply, hold: held.id, onUndo: () => undoSend(held) });
  }

  function scheduleCompose(c, when) {
    if (!composes.has(c.root)) return;
    const message = messageOf(c);
    if (!message) return;
    closeCompose(c);
    report('scheduled', { ...message, at: when.toISOString() });
    toast(say(S.sendScheduled, { when: fmtWhen(when) }), { view: true });
  }

  // ── Schedule send: arrow menu → dialog of presets → "Pick date & time" ──────────────────
  function toggleSendMenu(c, arrow) {
    const top = layers[layers.length - 1];
    if (top?.menu && top.anchor === arrow) {
      closeLayer(top);
      return null;
    }
    const item = h(
      'div',
      { class: 'J-N yr', selector: 'scheduledSend', role: 'menuitem', tabindex: '-1', id: gid() },
      h('div', { class: 'J-N-Jz' }, h('div', { class: 'aII' }), S.scheduleSend),
    );
    const menu = h(
      'div',
      { class: 'J-M aX0 aYO jQjAxd', role: 'menu', 'aria-haspopup': 'true', tabindex: '-1' },
      h('div', { class: 'SK AX' }, item),
    );
    const layer = pushLayer(menu, null, () => arrow.setAttribute('aria-expanded', 'false'));
    Object.assign(layer, { menu: true, anchor: arrow, compose: c });
    arrow.setAttribute('aria-expanded', 'true');
    on(item, 'mouseenter', () => item.classList.add('J-N-JT'));
    on(item, 'mouseleave', () => item.classList.remove('J-N-JT'));
    menuActions.set(item, () => {
      closeLayer(layer);
      openScheduleDialog(c);
    });
    place(menu, arrow);
    return menu;
  }

  function dialogFrame(title, c) {
    const close = h('span', { class: 'Kj-JD-K7-Jq', role: 'button', tabindex: '0', 'aria-label': S.close });
    const titleId = gid();
    const body = h('div', { class: 'Kj-JD-Jz' });
    const footer = h('div', { class: 'Kj-JD-Jl' });
    const el = h(
      'div',
      { class: 'Kj-JD', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': titleId, tabindex: '0' },
      h('div', { class: 'Kj-JD-K7' }, h('span', { class: 'Kj-JD-K7-K0', id: titleId, text: title }), close),
      body,
      footer,
    );
    const layer = pushLayer(el, h('div', { class: 'Kj-JD-Jh' }), () => c.editable.isConnected && c.editable.focus());
    layer.compose = c;
    on(close, 'click', () => closeLayer(layer));
    return { el, body, footer, layer };
  }

  function openScheduleDialog(c) {
    const { body, layer } = dialogFrame(S.scheduleSend, c);
    const now = new Date();
    const monday = at(8, 0, (8 - now.getDay()) % 7 || 7, now);
    const presets = [
      [S.tomorrowMorning, at(8, 0, 1, now)],
      [S.tomorrowAfternoon, at(13, 0, 1, now)],
      [S.mondayMorning, monday],
    ];
    const rows = presets.map(([label, when]) => {
      const row = h(
        'div',
        { class: 'Az', role: 'menuitem', tabindex: '0' },
        h('div', { class: 'Aw', text: label }),
        h('div', { class: 'Ax', text: `${fmtDay(when)}, ${fmtTime(when)}` }),
      );
      menuActions.set(row, () => {
        closeLayer(layer);
        scheduleCompose(c, when);
      });
      return row;
    });
    const pick = h(
      'div',
      { class: 'Az AM', role: 'menuitem', tabindex: '0' },
      h('div', { class: 'Aw', text: S.pickDateTime }),
    );
    menuActions.set(pick, () => {
      closeLayer(layer);
      openPicker(c);
    });
    body.append(h('div', { class: 'Ay', role: 'menu' }, rows, pick));
    for (const row of [...rows, pick]) {
      on(row, 'mouseenter', () => row.classList.add('Az-hover'));
      on(row, 'mouseleave', () => row.classList.remove('Az-hover'));
    }
    rows[0].focus();
  }

  /** "Pick date & time": a calendar, exactly two inputs (ids new each time) and the buttons. */
  function openPicker(c) {
    const { body, footer, layer } = dialogFrame(S.pickDateTime, c);
    const start = at(8, 0, 1);
    // Gmail reads what its input/change listeners recorded, not the inputs' current value.
    const model = { date: pickerDate(start), time: pickerTime(start) };
    const dateInput = h('input', { type: 'text', id: gid(), class: 'aP1 aP2', value: model.date, autocomplete: 'off' });
    const timeInput = h('input', { type: 'text', id: gid(), class: 'aP1 aP3', value: model.time, autocomplete: 'off' });
    for (const [input, field] of [
      [dateInput, 'date'],
      [timeInput, 'time'],
    ]) {
      on(input, 'input', () => (model[field] = input.value));
      on(input, 'change', () => (model[field] = input.value));
    }
    const error = h('div', { class: 'aP4', role: 'alert', 'aria-live': 'assertive' });
    const calendar = h('div', { class: 'aP5' });
    const drawCalendar = () => {
      const shown = parseDate(model.date) ?? {
        year: start.getFullYear(),
        month: start.getMonth(),
        day: start.getDate(),
      };
      const first = new Date(shown.year, shown.month, 1);
      const days = new Date(shown.year, shown.month + 1, 0).getDate();
      const cells = [];
      for (let i = 0; i < first.getDay(); i++) cells.push(h('td', { role: 'gridcell' }));
      for (let d = 1; d <= days; d++) {
        const cell = h('td', {
          role: 'gridcell',
          tabindex: '-1',
          'aria-selected': String(d === shown.day),
          class: d === shown.day ? 'aP6' : null,
          text: String(d),
        });
        on(cell, 'click', () => {
          dateInput.value = pickerDate(new Date(shown.year, shown.month, d));
          model.date = dateInput.value;
          drawCalendar();
        });
        cells.push(cell);
      }
      const weeks = [];
      for (let i = 0; i < cells.length; i += 7) weeks.push(h('tr', {}, cells.slice(i, i + 7)));
      calendar.replaceChildren(
        h('div', { class: 'aP7', text: fmtMonth(first) }),
        h('table', { role: 'grid' }, h('tbody', {}, weeks)),
      );
    };
    drawCalendar();
    body.append(calendar, h('div', { class: 'aP0' }, dateInput, timeInput), error);
    const cancel = h('button', { class: 'J-at1-atl', text: S.cancel });
    const confirm = h('button', { class: 'J-at1-auR', text: S.scheduleSend });
    footer.append(cancel, confirm);
    on(cancel, 'click', () => closeLayer(layer));
    on(confirm, 'click', () => {
      const date = parseDate(model.date);
      const time = parseTime(model.time);
      const when = date && time ? new Date(date.year, date.month, date.day, time.hour, time.minute) : null;
      error.textContent = !date
        ? S.invalidDate
        : !time
          ? S.invalidTime
          : when.getTime() <= Date.now()
            ? S.pastTime
            : '';
      if (error.textContent) return;
      closeLayer(layer);
      scheduleCompose(c, when);
    });
    dateInput.focus();
  }

  // ── The page: inbox list, thread, navigation, compose containers ─────────────────────────
  const SENDERS = [
    ['Jane Doe', 'jane@acme.com'],
    ['Globex Ops', 'ops@globex.co.uk'],
    ['Sam Lee', 'sam@initech.com.au'],
    ['Acme Billing', 'billing@acme.com'],
    ['Priya Shah', 'priya@umbrella.io'],
    ['Hooli Newsletter', 'news@hooli.xyz'],
    ['Calendar', 'calendar-notification@google.com'],
    ['Vandelay Imports', 'art@vandelay.com'],
  ];
  const SUBJECTS = [
    ['Q4 campaign: revised media plan', 'Hi Alex, attached is the revised plan for the holiday push'],
    ['URGENT: the red cup post is trending', 'Can you look at this tonight? People are sharing it everywhere'],
    ['Launch timing for Sydney', 'Morning! Could we move the launch to Thursday our time'],
    ['Invoice 2026-114 paid', 'Thank you, payment received'],
    ['Brand guidelines v3', 'Here are the updated colours and the new logo lock-ups'],
    ['Weekly digest', 'Five stories you missed this week'],
    ['Invitation: Status call', 'Tuesday 10:00 – 10:30, video call'],
    ['Re: Catalogue photos', 'The latex samples arrived, photos on Monday'],
  ];
  const escapeHtml = (text) =>
    text.replace(/[&<>"]/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[ch]);

  function inboxRows(count) {
    const now = Date.now();
    let html = '';
    for (let i = 0; i < count; i++) {
      const [name, email] = SENDERS[i % SENDERS.length];
      const [subject, snippet] = SUBJECTS[(i * 3) % SUBJECTS.length];
      const when = new Date(now - (i * 5 + 3) * 3_600_000);
      const short = i < 4 ? fmtTime(when) : fmtDay(when);
      html +=
        `<tr class="zA ${i < 3 ? 'zE' : 'yO'}" role="row" tabindex="-1" draggable="true" id="${gid()}">` +
        '<td class="PF xY PE"></td>' +
        '<td class="oZ-x3 xY" role="gridcell"><div class="oZ-jc T-Jo J-J5-Ji" role="checkbox" aria-checked="false" tabindex="-1"><div class="T-Jo-auh"></div></div></td>' +
        '<td class="apU xY"><span class="T-KT" role="button" aria-label="Not starred" data-tooltip="Not starred"></span></td>' +
        '<td class="WA xY"><div class="pG" role="switch" aria-checked="false" aria-label="Not important"><div class="T-ays-a45"><span></span></div></div></td>' +
        `<td class="yX xY"><div class="afn">${escapeHtml(`${name}, ${subject}, ${snippet}, ${short}`)}</div>` +
        `<div class="yW"><span class="bA4"><span class="zF" email="${email}" name="${escapeHtml(name)}" data-hovercard-id="${email}">${escapeHtml(name)}</span></span></div></td>` +
        `<td class="xY a4W"><div class="xS" role="link"><div class="xT"><div class="y6"><span class="bog"><span>${escapeHtml(subject)}</span></span></div>` +
        `<span class="y2"><span class="Zt">&nbsp;-&nbsp;</span>${escapeHtml(snippet)}</span></div></div></td>` +
        '<td class="bq4 xY"><ul class="bqY" role="toolbar"><li class="bqX brq" data-tooltip="Archive"></li><li class="bqX bru" data-tooltip="Delete"></li>' +
        '<li class="bqX brs" data-tooltip="Mark as read"></li><li class="bqX bqZ" data-tooltip="Snooze"></li></ul></td>' +
        `<td class="xW xY"><span title="${escapeHtml(fmtFull(when))}" aria-label="${escapeHtml(short)}"><span>${escapeHtml(short)}</span></span></td>` +
        '</tr>';
    }
    return html;
  }

  const THREAD_SUBJECT = 'Launch week: homepage status';

  /** One message of the thread: expanded (div.adn) or collapsed (div.kv, no .adn). */
  function message({ from, name, to, when, text, quote, expanded }) {
    const item = h('div', {
      role: 'listitem',
      class: expanded ? 'h7 ie nH' : 'kv nH',
      'aria-expanded': String(expanded),
      tabindex: '-1',
    });
    if (!expanded) {
      item.append(
        h(
          'div',
          { class: 'kQ' },
          h('span', { class: 'zF', email: from, name, text: name }),
          h('span', { class: 'iA g6', text: text.split('\n')[0] }),
          h('span', { class: 'g3', title: fmtFull(when), text: fmtDay(when) }),
        ),
      );
      return item;
    }
    const body = h(
      'div',
      { class: 'a3s aiL' },
      text.split('\n\n').map((p) =>
        h(
          'div',
          { dir: 'ltr' },
          p.split('\n').flatMap((line, i) => (i ? [h('br'), line] : [line])),
        ),
      ),
    );
    if (quote)
      body.append(
        h(
          'div',
          { class: 'gmail_quote' },
          h('div', { class: 'gmail_attr', text: quote.attr }),
          h('blockquote', { class: 'gmail_quote', text: quote.text }),
        ),
      );
    const sender = h('span', { class: 'gD', email: from, name, 'data-hovercard-id': from }, h('span', { text: name }));
    const replyButton = h('div', {
      class: 'T-I J-J5-Ji T-I-Js-IF aaq T-I-ax7 L3',
      role: 'button',
      tabindex: '0',
      'aria-label': S.reply,
      'data-tooltip': S.reply,
      text: '↩',
    });
    on(replyButton, 'click', () => openInline('reply'));
    item.append(
      h(
        'div',
        { class: 'Bk' },
        h(
          'div',
          { class: 'G3 G2' },
          h(
            'div',
            {},
            h(
              'div',
              {
                id: gid(),
                class: 'adn ads',
                'data-message-id': `#msg-f:${Math.floor(when.getTime() / 1000)}${String(Math.random()).slice(2, 8)}`,
              },
              h(
                'div',
                { class: 'gs' },
                h(
                  'div',
                  { class: 'gE iv gt' },
                  h(
                    'h3',
                    { class: 'iw' },
                    h(
                      'span',
                      { class: 'qu', role: 'gridcell' },
                      sender,
                      ' ',
                      h('span', { class: 'go', text: `<${from}>` }),
                    ),
                  ),
                  h(
                    'div',
                    { class: 'gK' },
                    h('span', {
                      class: 'g3',
                      title: fmtFull(when),
                      role: 'gridcell',
                      tabindex: '-1',
                      text: fmtWhen(when),
                    }),
                    replyButton,
                  ),
                  h('div', { class: 'iw ajw' }, h('span', { class: 'hb', text: to })),
                ),
                h('div', { class: 'ii gt' }, body),
              ),
            ),
          ),
        ),
      ),
    );
    return item;
  }

  function thread() {
    const now = Date.now();
    const list = h('div', { role: 'list', class: 'nH' });
    list.append(
      message({
        from: 'jane@acme.com',
        name: 'Jane Doe',
        to: S.toMe,
        when: new Date(now - 3 * 86_400_000),
        text: 'Kick-off notes attached. Talk soon!',
        expanded: false,
      }),
      message({
        from: 'jane@acme.com',
        name: 'Jane Doe',
        to: S.toMe,
        when: new Date(now - 26 * 3_600_000),
        text: 'Hi Alex,\n\nQuick check on launch week: is the homepage copy final? No rush, Friday is fine.\n\nJane',
        expanded: true,
      }),
      message({
        from: 'jane@acme.com',
        name: 'Jane Doe',
        to: S.toMe,
        when: new Date(now - 50 * 60_000),
        text: 'Alex — URGENT: the site is down! Customers see an error page since 7pm. Please call the hosting people ASAP.\n\nJane',
        quote: {
          attr: 'On Monday, Alex Morgan <me@example.com> wrote:',
          text: 'Copy is final, we go live on Tuesday at 9.',
        },
        expanded: true,
      }),
      message({
        from: ACCOUNT.email,
        name: ACCOUNT.name,
        to: S.toJane,
        when: new Date(now - 20 * 60_000),
        text: 'Looking into it now, will update you shortly.',
        expanded: true,
      }),
    );
    const reply = h('span', { class: 'ams bkH', role: 'link', tabindex: '0', text: S.reply });
    const forward = h('span', { class: 'ams bkG', role: 'link', tabindex: '0', text: S.forward });
    on(reply, 'click', () => openInline('reply'));
    on(forward, 'click', () => openInline('forward'));
    // The reply area belongs to the last message (InboxSDK finds it with message.querySelector('.ip')).
    list.lastElementChild.append(h('div', { class: 'ip iq' }, h('div', { class: 'amn' }, reply, forward)));
    return h(
      'div',
      { class: 'nH if' },
      h(
        'div',
        { class: 'ha' },
        h('h2', {
          class: 'hP',
          'data-thread-perm-id': 'thread-f:1815926311',
          // The legacy hex id research records on the heading (sent-signals.md §1a): 1815926311 in hex.
          'data-legacy-thread-id': '6c3cee27',
          text: THREAD_SUBJECT,
        }),
      ),
      list,
    );
  }

  // ── Folders: Sent, Scheduled and search results in [role=main] (research/sent-signals.md §1b) ──
  /*
   * `#sent`, `#scheduled`, `#scheduled/<id>` (one scheduled message, with "Cancel send") and
   * `#search/<query>` (`in:sent` / `in:scheduled`, `subject:"…"` and words) replace the inbox in
   * [role=main] a moment after the hash changes, as Gmail repaints. The inbox's rows are kept
   * outside main as Gmail's detached cache (`tr.zA` in the document, not in main). Search results
   * carry `data-query` with the query once painted.
   */
  const view = { nu: null, inbox: [], cache: null, timer: 0 };

  function currentView() {
    let hash;
    try {
      hash = decodeURIComponent(location.hash.slice(1).replace(/\+/g, ' '));
    } catch {
      return null;
    }
    if (hash === 'sent') return { folder: 'sent', query: null, phrase: '', words: [] };
    if (hash === 'scheduled') return { folder: 'scheduled', query: null, phrase: '', words: [] };
    const open = /^scheduled\/(.+)$/.exec(hash);
    if (open) return { folder: 'scheduled', open: open[1] };
    if (!hash.startsWith('search/')) return null;
    const query = hash.slice('search/'.length).trim();
    const folder = /(?:^|\s)in:(sent|scheduled)(?=\s|$)/i.exec(query)?.[1]?.toLowerCase() ?? 'sent';
    const phrase = /subject:"([^"]*)"/i.exec(query)?.[1] ?? '';
    const words = query
      .replace(/subject:"[^"]*"/gi, ' ')
      .replace(/(?:^|\s)in:\S+/gi, ' ')
      .split(/\s+/)
      .filter(Boolean);
    return { folder, query, phrase: phrase.toLowerCase(), words: words.map((w) => w.toLowerCase()) };
  }

  function folderRow(folder, record) {
    const shown = [...record.to, ...record.cc]; // Gmail's people column: To and Cc, not Bcc
    const when = new Date(folder === 'scheduled' ? record.at : record.time);
    const people = h('div', { class: 'yW' }, `${say(S.sentLine, { to: '' })}`);
    shown.forEach((address, i) => {
      if (i) people.append(', ');
      const name = CONTACTS[address] ?? address;
      people.append(h('span', { class: 'yP', email: address, name, 'data-hovercard-id': address, text: name }));
    });
    const short = new Date().toDateString() === when.toDateString() ? fmtTime(when) : fmtDay(when);
    const row = h(
      'tr',
      { class: 'zA yO', role: 'row', tabindex: '-1', id: gid() },
      h('td', { class: 'oZ-x3 xY', role: 'gridcell' }),
      h('td', { class: 'yX xY' }, people),
      h(
        'td',
        { class: 'xY a4W' },
        h(
          'div',
          { class: 'xS', role: 'link' },
          h(
            'div',
            { class: 'xT' },
            h(
              'div',
              { class: 'y6' },
              h(
                'span',
                { class: 'bog' },
                h('span', { 'data-thread-id': `#thread-f:${record.id}`, text: record.subject || '(no subject)' }),
              ),
            ),
          ),
        ),
      ),
      h('td', { class: 'xW xY' }, h('span', { title: fmtFull(when), 'aria-label': short }, h('span', { text: short }))),
    );
    if (folder === 'scheduled') on(row, 'click', () => (location.hash = `#scheduled/${record.id}`));
    return row;
  }

  function scheduledMessage(id) {
    const record = site.scheduled.find((r) => r.id === id);
    if (!record) return h('div', { class: 'TC', text: S.noResults });
    const cancel = h('div', { class: 'T-I J-J5-Ji T-I-atl', role: 'button', tabindex: '0', text: S.cancelSend });
    const act = () => {
      cancelScheduled(record.id);
      location.hash = '#scheduled';
    };
    on(cancel, 'click', act);
    on(cancel, 'keydown', (event) => (event.key === 'Enter' || event.key === ' ') && act());
    const when = new Date(record.at);
    return h(
      'div',
      { class: 'nH if' },
      h('div', { class: 'ha' }, h('h2', { class: 'hP', text: record.subject })),
      h('div', { class: 'aUS' }, h('span', { text: say(S.sendScheduled, { when: fmtWhen(when) }) }), cancel),
    );
  }

  function renderFolder() {
    if (!view.nu) return;
    const shown = currentView();
    if (!shown) {
      if (view.inbox[0]?.parentElement !== view.nu) view.nu.replaceChildren(...view.inbox);
      return;
    }
    for (const node of view.inbox) if (node.parentElement !== view.cache) view.cache.append(node);
    if (shown.open) {
      view.nu.replaceChildren(scheduledMessage(shown.open));
      return;
    }
    const records = (shown.folder === 'scheduled' ? site.scheduled : site.sent)
      .filter((r) => {
        const subject = (r.subject || '').toLowerCase();
        const text = `${subject} ${[...r.to, ...r.cc].join(' ')}`;
        return subject.includes(shown.phrase) && shown.words.every((w) => text.includes(w));
      })
      .sort((a, b) => Date.parse(b.time) - Date.parse(a.time));
    const rows = records.map((r) => folderRow(shown.folder, r));
    view.nu.replaceChildren(
      h(
        'div',
        { class: 'ae4 UI', 'data-query': shown.query },
        rows.length
          ? h('table', { class: 'F cf zt', role: 'grid' }, h('tbody', {}, rows))
          : h('div', { class: 'TC', text: S.noResults }),
      ),
    );
  }

  function onHashChange() {
    clearTimeout(view.timer);
    // Gmail asks its server, then repaints main: the old content stays until then.
    view.timer = setTimeout(renderFolder, 150);
  }

  function navItem(label, count, current) {
    return h(
      'div',
      { class: `aim${current ? ' ain' : ''}` },
      h('a', { href: `#${label.toLowerCase()}`, text: label }),
      count === null ? null : h('span', { class: 'bsU', text: String(count) }),
    );
  }

  function logSection(list, title) {
    return h(
      'section',
      { class: 'site-log', id: `site-${list}`, 'aria-label': title },
      h('h2', { text: title }),
      h('ol', {}, h('li', { class: 'site-empty', text: S.nothingYet })),
    );
  }

  function buildMain() {
    document.title = say(S.title, ACCOUNT);
    document.documentElement.lang = LANG;
    const composeButton = h('div', {
      class: 'T-I T-I-KE L3',
      role: 'button',
      tabindex: '0',
      gh: 'cm',
      text: S.compose,
    });
    on(composeButton, 'click', () => openPopup());
    const scheduledCount = h('span', { class: 'bsU', 'data-site-count': 'scheduled', text: '0' });
    const sentCount = h('span', { class: 'bsU', 'data-site-count': 'sent', text: '0' });
    const nav = h(
      'div',
      { class: 'aeN', role: 'navigation' },
      composeButton,
      navItem(S.inbox, 3, true),
      navItem(S.starred, null, false),
      navItem(S.snoozed, null, false),
      h('div', { class: 'aim' }, h('a', { href: '#sent', text: S.sent }), sentCount),
      h('div', { class: 'aim' }, h('a', { href: '#scheduled', text: S.scheduled }), scheduledCount),
      h(
        'div',
        { class: 'aim' },
        h('a', { href: '#drafts', text: S.drafts }),
        h('span', { class: 'bsU', 'data-site-count': 'drafts', text: '0' }),
      ),
      logSection('sent', S.sentList),
      logSection('scheduled', S.scheduledList),
    );
    const list = h('div', { class: 'ae4 UI' }, h('table', { class: 'F cf zt', role: 'grid', 'aria-label': S.inbox }));
    // 150 rows make a Gmail-sized page (benchmarks need ≥ 3,000 elements); unit tests ask for fewer.
    list.firstElementChild.innerHTML = `<tbody>${inboxRows(window.__siteRows ?? 150)}</tbody>`;
    const account = h(
      'a',
      {
        class: 'gb_A',
        role: 'button',
        'aria-label': say(S.account, ACCOUNT),
        href: 'https://accounts.google.com/SignOutOptions?hl=en',
      },
      h('span', { class: 'gb_avatar', text: 'A' }),
    );
    view.inbox = [list, h('div', { class: 'site-pane' }, thread())];
    view.nu = h('div', { class: 'Nu' }, ...view.inbox);
    view.cache = h('div', { class: 'nH site-cache', style: 'display: none' });
    const nu = view.nu;
    on(window, 'hashchange', onHashChange);
    document.body.replaceChildren(
      h(
        'div',
        { class: 'nH' },
        h(
          'header',
          { class: 'gb', role: 'banner' },
          h('span', { class: 'gb_logo', text: 'Gmail' }),
          h('input', { class: 'gb_search', 'aria-label': S.searchMail, placeholder: S.searchMail }),
          account,
        ),
        h('div', { class: 'nH main' }, nav, h('div', { class: 'AO', role: 'main' }, nu)),
      ),
      view.cache,
      // Compose containers: pop-ups (InboxSDK: `.dw .nH > .nH > .no`) and full screen (`.aSs .aSt`).
      h(
        'div',
        { class: 'dw' },
        h(
          'div',
          {},
          h('div', { class: 'nH' }, h('div', { class: 'nH' }, h('div', { class: 'no' }, h('div', { class: 'nH nn' })))),
        ),
      ),
      h('div', { class: 'aSs', style: 'display: none' }, h('div', { class: 'aSt' })),
      h('div', { class: 'b8 UC', role: 'alert', 'aria-live': 'polite', style: 'position: relative; top: -10000px' }),
    );
  }

  /** The pop-out window: body.xE.xp, the compose alone in [role=main]. */
  function buildPopout() {
    document.title = say(S.popoutTitle, ACCOUNT);
    document.documentElement.lang = LANG;
    document.body.classList.add('xE', 'xp');
    let draft = null;
    try {
      draft = window.opener?.__sitePopoutDraft ?? null;
      if (draft) window.opener.__sitePopoutDraft = null;
    } catch {
      draft = null;
    }
    const main = h('div', { class: 'aeF', role: 'main' });
    document.body.replaceChildren(
      h('div', { class: 'nH' }, main),
      h('div', { class: 'b8 UC', role: 'alert', 'aria-live': 'polite', style: 'position: relative; top: -10000px' }),
    );
    const c = newCompose('popout', draft ?? {});
    const root = h('div', { class: 'nH Hd' }, h('div', { class: 'aaZ' }, buildContent(c, draft ?? {})));
    c.root = root;
    c.container = root;
    main.append(root);
    wireCompose(c);
    (draft?.to?.length ? c.editable : c.fields.to.input).focus();
  }

  function start() {
    if (POPOUT) buildPopout();
    else buildMain();
    releaseDue(); // what Google released while no tab was open
    for (const list of LISTS) renderList(list); // what the account already holds
  }

  if (document.readyState === 'loading') on(document, 'DOMContentLoaded', start, { once: true });
  else start();
})();
