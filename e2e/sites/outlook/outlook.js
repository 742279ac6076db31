/*
 * Simulated Outlook on the web ("new Outlook", Fluent UI v9), 2026-11: builds the page that
 * inbox.html describes, from the URL. Roles, attributes, aria-labels and Fluent class names follow
 * shared/research/outlook-dom.md; where the research is silent (the reading pane's message markup,
 * the Schedule send menu and dialog, the date and time pickers) the markup follows Fluent v9's own
 * components and is marked "assumption". Plain browser JavaScript, no build step: the routed page
 * loads it from /_site/outlook.js, and the adapter's unit tests run it in happy-dom.
 */
(function outlookSite() {
  'use strict';

  /*
   * The account signed in on this host (Outlook on the web shows one mailbox per host): Alex
   * unless a test signed another one in (`red-cup-sim-outlook-account:<host>` in localStorage,
   * `{ name, email }`), as when the user signs out and in with another account.
   */
  const ACCOUNT = (() => {
    try {
      const other = JSON.parse(window.localStorage.getItem(`red-cup-sim-outlook-account:${location.host}`) || 'null');
      if (other && typeof other.email === 'string' && typeof other.name === 'string') return other;
    } catch {
      // unreadable: the default account
    }
    return { name: 'Alex Morgan', email: 'me@example.com' };
  })();
  const CONTACTS = { 'bob@globex.com': 'Bob Stone', 'jane@acme.com': 'Jane Doe', 'me@example.com': 'Alex Morgan' };
  const ADDRESS = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;
  const params = new URLSearchParams(location.search);
  // Outlook's reading-pane setting "Newest on top" (the default) or "Newest on bottom".
  const NEWEST_ON_TOP = params.get('conversation') !== 'oldest-first';

  // Outlook's "Undo send" setting (a delay of some seconds after Send; public sources say up to
  // 10 or 30 s): `?undosend=<seconds>` sets it for this page, 0 (off) unless asked for.
  const UNDO_SEND_MS = Math.min(30, Math.max(0, Number(params.get('undosend')) || 0)) * 1000;

  // ── The "server": Sent Items, Scheduled and Drafts, per mailbox, in localStorage ──────────────
  /*
   * Exchange keeps these lists, so they survive reloads, closed tabs and browser restarts and
   * every tab of the mailbox shows the same ones (the `storage` event updates the others). A
   * fresh browser profile starts empty. A message sent twice is there twice (one id per send):
   * the end-to-end tests count exactly-once here.
   */
  const STORE_KEY = `red-cup-sim-outlook:${location.host}/mail/`;
  const LISTS = ['sent', 'scheduled', 'drafts'];
  const lifetime = new AbortController();

  function readStore() {
    const data = { sent: [], scheduled: [], drafts: [] };
    try {
      const saved = JSON.parse(window.localStorage.getItem(STORE_KEY) || 'null');
      for (const list of LISTS) if (Array.isArray(saved?.[list])) data[list] = saved[list];
    } catch {
      // unreadable or no storage: start empty, as a new mailbox
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
    destroy() {
      lifetime.abort();
    },
  };
  window.__site = site;
  let seq = 0;

  function h(tag, attrs = {}, ...children) {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'text') el.textContent = v;
      else el.setAttribute(k, v === true ? '' : String(v));
    }
    for (const c of children.flat()) if (c !== null && c !== undefined && c !== false) el.append(c);
    return el;
  }
  const icon = (name) => h('i', { class: 'fui-Icon', 'data-icon-name': name, 'aria-hidden': 'true' });

  // Outlook shows dates and times in the device's zone, in the en-US short forms.
  const fmtDate = (d) => `${d.getMonth() + 1}/${d.getDate()}/${d.getFullYear()}`;
  const fmtTime = (d) => {
    const hour = d.getHours() % 12 === 0 ? 12 : d.getHours() % 12;
    return `${hour}:${String(d.getMinutes()).padStart(2, '0')} ${d.getHours() < 12 ? 'AM' : 'PM'}`;
  };
  const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const fmtFull = (d) => `${WEEKDAYS[d.getDay()]} ${fmtDate(d)} ${fmtTime(d)}`;

  /** `M/D/YYYY` (a weekday before it is allowed) → a local midnight Date, or null. */
  function parseDate(text) {
    const m = /^(?:[A-Za-z]{3},?\s+)?(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
    if (!m) return null;
    const d = new Date(Number(m[3]), Number(m[1]) - 1, Number(m[2]));
    return d.getMonth() === Number(m[1]) - 1 && d.getDate() === Number(m[2]) ? d : null;
  }
  /** `h:mm AM` / `h:mm PM` → minutes after midnight, or null. */
  function parseTime(text) {
    const m = /^(\d{1,2}):(\d{2})\s*(AM|PM)$/i.exec(text.trim());
    if (!m || Number(m[1]) < 1 || Number(m[1]) > 12 || Number(m[2]) > 59) return null;
    return ((Number(m[1]) % 12) + (m[3].toUpperCase() === 'PM' ? 12 : 0)) * 60 + Number(m[2]);
  }

  // ── Sent Items, Scheduled and Drafts (visible lists; hooks for tests in window.__site) ───────
  const LIST_TITLES = { sent: 'Sent Items', scheduled: 'Scheduled', drafts: 'Drafts' };
  const LIST_NOTES = {
    scheduled: 'Outlook keeps a scheduled message in Drafts until its time.',
    drafts: 'A message whose Undo send window did not end (the page was closed) waits here, unsent.',
  };
  function logSection(list) {
    return h(
      'section',
      { class: 'site-log', id: `site-${list}`, role: 'region', 'aria-label': LIST_TITLES[list] },
      h('h2', { text: LIST_TITLES[list] }),
      LIST_NOTES[list] ? h('p', { class: 'note', text: LIST_NOTES[list] }) : null,
      h('ul'),
    );
  }
  function recordItem(record) {
    const who = [...record.to, ...record.cc, ...record.bcc];
    const when = record.at ? `for ${fmtFull(new Date(record.at))}` : fmtFull(new Date(record.time));
    return h('li', {
      'data-id': record.id,
      'data-to': who.join(','),
      'data-subject': record.subject,
      'data-time': record.time,
      'data-at': record.at ?? null,
      text: `${record.subject || '(no subject)'} — To: ${who.join(', ')} — ${when}`,
    });
  }
  function renderList(list) {
    if (list === 'sent') renderFolder();
    const ul = document.querySelector(`#site-${list} ul`);
    if (!ul) return;
    ul.replaceChildren(
      ...(site[list].length ? site[list].map(recordItem) : [h('li', { class: 'site-empty', text: 'Nothing yet' })]),
    );
  }
  /** Puts a message into a list, here and on the "server", once per id. */
  function report(list, record) {
    if (!site[list].some((r) => r.id === record.id)) site[list].push(record);
    updateStore((data) => {
      if (!data[list].some((r) => r.id === record.id)) data[list].push(record);
    });
    renderList(list);
  }
  function unlist(list, id) {
    const index = site[list].findIndex((r) => r.id === id);
    if (index >= 0) site[list].splice(index, 1);
    updateStore((data) => {
      data[list] = data[list].filter((r) => r.id !== id);
    });
    renderList(list);
  }
  // Another tab of the mailbox changed the lists: show them as stored.
  window.addEventListener(
    'storage',
    (event) => {
      if (event.key !== STORE_KEY && event.key !== null) return;
      const data = readStore();
      for (const list of LISTS) {
        site[list].splice(0, site[list].length, ...data[list]);
        renderList(list);
      }
    },
    { signal: lifetime.signal },
  );

  // ── Recipients: plain text until Enter, ";", "," or leaving the field makes it a chip ─────────
  const chipAddress = new WeakMap(); // what Outlook keeps in its state, not in the DOM

  function parse(text) {
    const t = text.trim();
    const angle = /^(.*)<([^>]+)>$/.exec(t);
    return angle ? { name: angle[1].trim().replace(/^"|"$/g, ''), address: angle[2].trim() } : { name: '', address: t };
  }
  /**
   * A resolved recipient ("persona"). Where its address is in the DOM varies, as on the real site
   * (research: "the address is not always in the DOM"):
   *   - a known contact shows the name; the address is only in the hover target's title;
   *   - an address typed as `Name <address>` shows the name; the address is only in the
   *     draggable element's aria-label ("Name (address)");
   *   - a bare unknown address shows itself; it is in the text and the draggable's aria-label.
   */
  function chip(field, text) {
    const { name, address } = parse(text);
    if (!address) return;
    const index = field.querySelectorAll('[data-selection-index]').length;
    const known = CONTACTS[address.toLowerCase()];
    const shown = known || name || address;
    const label = known ? shown : name ? `${name} (${address})` : address;
    const persona = h(
      'span',
      { class: 'fui-Persona', draggable: 'true', 'aria-label': label },
      h('span', { class: 'fui-Avatar', role: 'img', 'aria-hidden': 'true', text: shown.slice(0, 1).toUpperCase() }),
      h('span', { class: 'persona-name', text: shown }),
    );
    const hover = h('div', { class: 'lpc-hoverTarget', title: known ? address : null }, persona);
    const item = h(
      'span',
      { 'data-selection-index': index, contenteditable: 'false', role: 'listitem' },
      hover,
      h('button', { type: 'button', class: 'remove', tabindex: '-1', 'aria-label': `Remove ${shown}`, text: '×' }),
    );
    chipAddress.set(item, address.toLowerCase());
    item.querySelector('.remove').addEventListener('click', () => item.remove());
    field.append(item, ' ');
  }
  function pendingText(field) {
    let text = '';
    for (const node of field.childNodes) if (node.nodeType === Node.TEXT_NODE) text += node.textContent;
    return text;
  }
  function resolve(field) {
    const pieces = pendingText(field)
      .split(/[;,]/)
      .map((s) => s.trim())
      .filter(Boolean);
    if (pieces.length === 0) return;
    for (const node of [...field.childNodes]) if (node.nodeType === Node.TEXT_NODE) node.remove();
    for (const piece of pieces) chip(field, piece);
  }
  function addresses(field) {
    resolve(field);
    return [...field.querySelectorAll('[data-selection-index]')].map((item) => chipAddress.get(item)).filter(Boolean);
  }

  function recipientField(label, hidden) {
    const editor = h('div', {
      class: 'recipients',
      contenteditable: 'true',
      role: 'textbox',
      'aria-label': label,
      'aria-multiline': 'false',
    });
    editor.addEventListener('keydown', (event) => {
      if ((event.key === 'Enter' && !event.ctrlKey && !event.metaKey) || event.key === ';' || event.key === ',') {
        event.preventDefault();
        resolve(editor);
      }
    });
    editor.addEventListener('focusout', () => resolve(editor));
    const row = h(
      'div',
      { class: 'field', style: hidden ? 'display:none' : null },
      h('label', { text: label }),
      editor,
    );
    return { row, editor };
  }

  // ── A compose ─────────────────────────────────────────────────────────────────────────────────
  const composes = new Set();

  /**
   * A new message (`kind: 'new'`, in the compose area) or an inline reply (`kind: 'reply'`, in the
   * reading pane, above the conversation when newest is on top, else below it). The new message's
   * body has the current label "Message body"; the reply's has the older builds' "Message body,
   * press Alt+F10 to exit" (both are seen in the wild).
   */
  function openCompose(kind, place, options = {}) {
    const c = { id: ++seq, kind };
    const to = recipientField('To', false);
    const cc = recipientField('Cc', true);
    const bcc = recipientField('Bcc', true);
    const reveal = (f, label) => {
      const b = h('button', { type: 'button', class: 'fui-Button plain', text: label, title: `Show ${label}` });
      b.addEventListener('click', () => {
        f.row.style.display = '';
        b.remove();
        f.editor.focus();
      });
      return b;
    };
    const subject = h('input', {
      type: 'text',
      class: 'fui-Input__input',
      'aria-label': 'Add a subject',
      placeholder: 'Add a subject',
      maxlength: '255',
    });
    subject.value = options.subject ?? '';
    const bodyLabel = kind === 'reply' ? 'Message body, press Alt+F10 to exit' : 'Message body';
    const body = h('div', {
      class: 'body',
      contenteditable: 'true',
      role: 'textbox',
      'aria-multiline': 'true',
      'aria-label': bodyLabel,
    });
    const primary = h(
      'button',
      {
        type: 'button',
        class: 'fui-Button fui-SplitButton__primaryActionButton',
        'aria-label': 'Send',
        title: 'Send (Ctrl+Enter)',
      },
      icon('SendRegular'),
      'Send',
    );
    const menuButton = h(
      'button',
      {
        type: 'button',
        class: 'fui-Button fui-MenuButton fui-SplitButton__menuButton',
        'aria-label': 'More send options',
        'aria-haspopup': 'menu',
        'aria-expanded': 'false',
      },
      icon('ChevronDownRegular'),
    );
    const discard = h(
      'button',
      { type: 'button', class: 'fui-Button plain', 'aria-label': 'Discard', title: 'Discard' },
      icon('DeleteRegular'),
      'Discard',
    );
    const toolbar = h(
      'div',
      { class: 'toolbar', role: 'toolbar', 'aria-label': 'Command toolbar' },
      h('div', { class: 'fui-SplitButton' }, primary, menuButton),
      discard,
    );
    const root = h(
      'div',
      { class: 'compose', 'data-compose-id': c.id, 'aria-label': kind === 'reply' ? 'Reply' : 'New message' },
      toolbar,
      h('div', { class: 'field' }, to.row, reveal(cc, 'Cc'), reveal(bcc, 'Bcc')),
      cc.row,
      bcc.row,
      h('span', { class: 'fui-Input subject' }, subject),
      body,
    );
    Object.assign(c, { root, to, cc, bcc, subject, body, primary, menuButton });
    for (const r of options.to ?? []) chip(to.editor, r);
    for (const [f, list] of [
      [cc, options.cc],
      [bcc, options.bcc],
    ]) {
      if (!list?.length) continue;
      f.row.style.display = '';
      for (const r of list) chip(f.editor, r);
    }
    if (options.html) body.innerHTML = options.html;
    composes.add(c);
    place(root);
    // Outlook (React) handles clicks by delegation at its root: re-dispatched, untrusted clicks work too.
    root.addEventListener('click', (event) => {
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest('.fui-SplitButton__primaryActionButton')) send(c);
      else if (target?.closest('.fui-SplitButton__menuButton')) openMenu(c);
      else if (target?.closest('[aria-label=Discard]')) close(c);
    });
    root.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        send(c);
      }
    });
    (kind === 'reply' ? body : to.editor).focus();
    return c;
  }

  function message(c) {
    const record = {
      id: `m${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`,
      kind: c.kind,
      to: addresses(c.to.editor),
      cc: addresses(c.cc.editor),
      bcc: addresses(c.bcc.editor),
      subject: c.subject.value,
      body: (c.body.innerText ?? c.body.textContent ?? '').trim(),
      time: new Date().toISOString(),
    };
    const all = [...record.to, ...record.cc, ...record.bcc];
    if (all.length === 0 || !all.every((a) => ADDRESS.test(a))) return null;
    return record;
  }
  function warn(c, text) {
    c.root.querySelector('.compose-error')?.remove();
    c.root.querySelector('.toolbar').after(h('div', { class: 'compose-error', role: 'alert', text }));
  }
  function close(c) {
    composes.delete(c);
    c.root.remove();
  }
  /**
   * Send: the compose closes and the message goes to Sent Items — at once, or, with Undo send
   * on, once its window ends. During the window Exchange holds it as a draft: closing the page
   * then leaves it unsent in Drafts (How-To Geek, "You can undo send in Outlook", 2019), and
   * "Undo" opens it again in a compose. The notification's markup is an assumption (no public
   * source describes it): a status bar with the text and an Undo button.
   */
  function send(c) {
    if (!composes.has(c)) return;
    const record = message(c);
    if (!record) return warn(c, 'This message must have at least one valid recipient.');
    const html = c.body.innerHTML;
    close(c);
    if (UNDO_SEND_MS === 0) return report('sent', record);
    report('drafts', record);
    const undo = h('button', { type: 'button', class: 'fui-Button plain', text: 'Undo' });
    const bar = h(
      'div',
      { class: 'site-notification', role: 'status', 'aria-live': 'polite' },
      h('span', { text: 'Sending…' }),
      undo,
    );
    document.querySelector('.site-notifications')?.append(bar);
    const timer = setTimeout(() => {
      bar.remove();
      unlist('drafts', record.id);
      report('sent', record);
    }, UNDO_SEND_MS);
    // The page goes (window.__site.destroy() stands for that in unit tests): the message stays a draft.
    lifetime.signal.addEventListener('abort', () => clearTimeout(timer));
    undo.addEventListener('click', () => {
      clearTimeout(timer);
      bar.remove();
      unlist('drafts', record.id);
      openCompose('new', (root) => document.querySelector('.compose-area').append(root), {
        to: record.to,
        cc: record.cc,
        bcc: record.bcc,
        subject: record.subject,
        html,
      });
    });
  }

  // ── Schedule send: the split button's menu → dialog → Custom time ──────────────────────────────
  // Assumption (no public source drives it): Fluent v9 Menu (MenuPopover > MenuList[role=menu] >
  // MenuItem[role=menuitem]) and Dialog (DialogSurface[role=dialog] > DialogTitle, DialogBody,
  // DialogActions), in a portal at the end of <body>.
  function portal(child) {
    const p = h('div', { class: 'fui-Portal' }, child);
    document.body.append(p);
    return p;
  }

  function openMenu(c) {
    document.querySelectorAll('.menu-portal').forEach((p) => p.remove());
    const box = c.menuButton.getBoundingClientRect();
    const item = h(
      'div',
      { role: 'menuitem', class: 'fui-MenuItem', tabindex: '0' },
      h('span', { class: 'fui-MenuItem__icon' }, icon('CalendarClockRegular')),
      h('span', { class: 'fui-MenuItem__content', text: 'Schedule send' }),
    );
    const menu = h('div', { role: 'menu', class: 'fui-MenuList', 'aria-label': 'More send options' }, item);
    const popover = h('div', { class: 'fui-MenuPopover', style: `left:${box.left}px;top:${box.bottom + 2}px` }, menu);
    const p = portal(popover);
    p.classList.add('menu-portal');
    c.menuButton.setAttribute('aria-expanded', 'true');
    const outside = (event) => {
      if (!p.contains(event.target) && !c.menuButton.contains(event.target)) dismiss();
    };
    const dismiss = () => {
      p.remove();
      c.menuButton.setAttribute('aria-expanded', 'false');
      document.removeEventListener('pointerdown', outside, true);
    };
    item.addEventListener('click', () => {
      dismiss();
      openScheduleDialog(c);
    });
    menu.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') {
        dismiss();
        c.menuButton.focus();
      }
    });
    document.addEventListener('pointerdown', outside, true);
    item.focus();
  }

  /**
   * A Fluent v9 DatePicker with text input allowed (assumption): a combobox-like input holding
   * `M/D/YYYY`. As in Fluent, what is typed counts only once the field commits it — when it loses
   * focus or on Enter; an unreadable text shows the field's error and leaves no date.
   */
  function datePicker(initial, onCommit) {
    const id = `datepicker-${++seq}`;
    const input = h('input', {
      id,
      type: 'text',
      role: 'combobox',
      class: 'fui-Input__input',
      'aria-label': 'Date',
      'aria-haspopup': 'dialog',
      'aria-expanded': 'false',
      autocomplete: 'off',
    });
    input.value = fmtDate(initial);
    const message = h('div', { class: 'fui-Field__validationMessage', role: 'alert' });
    const commit = () => {
      const d = parseDate(input.value);
      message.textContent = d ? '' : 'Enter a valid date (M/D/YYYY).';
      if (d) input.value = fmtDate(d);
      onCommit(d);
    };
    input.addEventListener('focusout', commit);
    input.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') commit();
    });
    const field = h(
      'div',
      { class: 'fui-Field' },
      h('label', { class: 'fui-Label', for: id, text: 'Date' }),
      h(
        'span',
        { class: 'fui-Input fui-DatePicker' },
        input,
        h('span', { class: 'fui-Input__contentAfter' }, icon('CalendarRegular')),
      ),
      message,
    );
    return field;
  }

  /**
   * A Fluent v9 TimePicker (a freeform Combobox, assumption): `h:mm AM/PM`, a list of half hours
   * on the expand icon or Alt+ArrowDown, typed text committed when the field loses focus or on Enter.
   */
  function timePicker(initialMinutes, onCommit) {
    const id = `timepicker-${++seq}`;
    const listId = `${id}-list`;
    const asText = (minutes) => fmtTime(new Date(2000, 0, 1, Math.floor(minutes / 60), minutes % 60));
    const input = h('input', {
      id,
      type: 'text',
      role: 'combobox',
      class: 'fui-Combobox__input',
      'aria-label': 'Time',
      'aria-expanded': 'false',
      'aria-autocomplete': 'none',
      'aria-controls': listId,
      autocomplete: 'off',
    });
    input.value = asText(initialMinutes);
    const message = h('div', { class: 'fui-Field__validationMessage', role: 'alert' });
    const list = h('div', { id: listId, role: 'listbox', class: 'fui-Listbox', hidden: true });
    for (let m = 0; m < 24 * 60; m += 30) {
      const option = h('div', { role: 'option', class: 'fui-Option', 'aria-selected': 'false', text: asText(m) });
      option.addEventListener('click', () => {
        input.value = asText(m);
        toggle(false);
        commit();
      });
      list.append(option);
    }
    const toggle = (open) => {
      list.hidden = !open;
      input.setAttribute('aria-expanded', String(open));
    };
    const commit = () => {
      const minutes = parseTime(input.value);
      message.textContent = minutes === null ? 'Enter a valid time (h:mm AM/PM).' : '';
      onCommit(minutes);
    };
    const expand = h(
      'span',
      { class: 'fui-Combobox__expandIcon', role: 'button', 'aria-label': 'Open', tabindex: '-1' },
      icon('ChevronDownRegular'),
    );
    expand.addEventListener('click', () => toggle(list.hidden));
    input.addEventListener('focusout', (e) => {
      if (!list.contains(e.relatedTarget)) commit();
    });
    input.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') {
        toggle(false);
        commit();
      } else if (e.key === 'ArrowDown' && e.altKey) toggle(true);
      else if (e.key === 'Escape') toggle(false);
    });
    return h(
      'div',
      { class: 'fui-Field' },
      h('label', { class: 'fui-Label', for: id, text: 'Time' }),
      h('div', { class: 'fui-Combobox fui-TimePicker' }, input, expand),
      list,
      message,
    );
  }

  function openScheduleDialog(c) {
    const now = new Date();
    const day = (offset, hour) => new Date(now.getFullYear(), now.getMonth(), now.getDate() + offset, hour, 0);
    const toMonday = (8 - now.getDay()) % 7 || 7;
    const suggestions = [
      ['Tomorrow morning', day(1, 8)],
      ['Tomorrow afternoon', day(1, 13)],
      ['Monday morning', day(toMonday, 8)],
    ];
    const titleId = `schedule-title-${c.id}`;
    const title = h('h2', { id: titleId, class: 'fui-DialogTitle', text: 'Schedule send' });
    const content = h('div', { class: 'fui-DialogContent' });
    const actions = h('div', { class: 'fui-DialogActions' });
    const dialog = h(
      'div',
      { role: 'dialog', class: 'fui-DialogSurface', 'aria-modal': 'true', 'aria-labelledby': titleId },
      h('div', { class: 'fui-DialogBody' }, title, content, actions),
    );
    const layer = portal(h('div', { class: 'fui-DialogSurface__backdrop' }, dialog));
    const finish = () => {
      layer.remove();
      c.menuButton.focus();
    };
    const schedule = (when) => {
      const record = composes.has(c) ? message(c) : null;
      finish();
      if (!record) return warn(c, 'This message must have at least one valid recipient.');
      close(c);
      report('scheduled', { ...record, at: when.toISOString() });
    };
    const button = (text, primary, onClick) => {
      const b = h('button', { type: 'button', class: primary ? 'fui-Button' : 'fui-Button plain', text });
      b.addEventListener('click', onClick);
      return b;
    };
    const cancel = button('Cancel', false, finish);

    const suggestionList = h(
      'div',
      { role: 'group', 'aria-label': 'Suggested times', class: 'suggestions' },
      suggestions.map(([label, when]) => {
        const b = h(
          'button',
          { type: 'button', class: 'fui-Button plain suggestion' },
          h('span', { text: label }),
          h('span', { class: 'when', text: `${WEEKDAYS[when.getDay()]} ${fmtTime(when)}` }),
        );
        b.addEventListener('click', () => schedule(when));
        return b;
      }),
    );
    const custom = button('Custom time', false, () => {
      const state = { date: suggestions[0][1], minutes: 8 * 60 };
      const dateField = datePicker(state.date, (d) => (state.date = d));
      const timeField = timePicker(state.minutes, (m) => (state.minutes = m));
      const error = h('p', { class: 'error', role: 'alert' });
      const go = button('Send', true, () => {
        if (!state.date) return (error.textContent = 'Enter a valid date.');
        if (state.minutes === null) return (error.textContent = 'Enter a valid time.');
        const when = new Date(
          state.date.getFullYear(),
          state.date.getMonth(),
          state.date.getDate(),
          Math.floor(state.minutes / 60),
          state.minutes % 60,
        );
        if (when.getTime() <= Date.now()) return (error.textContent = 'Choose a time in the future.');
        schedule(when);
      });
      content.replaceChildren(h('p', { text: 'Times are in your time zone.' }), dateField, timeField, error);
      actions.replaceChildren(go, cancel);
      dateField.querySelector('input').focus();
    });
    content.append(suggestionList);
    actions.append(custom, cancel);
    dialog.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') finish();
    });
    custom.focus();
  }

  // ── Folders: the message list shows the folder the URL names (research/sent-signals.md §4) ──────
  /*
   * Outlook is one page: choosing a folder in the navigation pane changes the URL with the
   * History API (`/mail/inbox`, `/mail/sentitems`, `/mail/0/…` on outlook.live.com) and repaints
   * the message list `div[role=listbox][aria-label^="Message list"]` in place (no cached rows, as
   * in Outlook) a moment later. Sent Items' rows are `div[role=option][data-convid]` whose
   * comma-separated aria-label holds the recipients, the subject and the time, with the time's
   * full date in a `title` (research §4 "Row contents", partly inferred there too).
   */
  const folders = { list: null, inboxRows: [], timer: 0 };
  const FOLDER_PATH = /^\/mail\/(?:0\/)?([a-z]+)/;
  const folderOf = () => FOLDER_PATH.exec(location.pathname)?.[1] ?? 'inbox';

  function sentRow(record) {
    const names = [...record.to, ...record.cc].map((a) => CONTACTS[a] ?? a).join('; ');
    const when = new Date(record.time);
    const short = new Date().toDateString() === when.toDateString() ? fmtTime(when) : fmtDate(when);
    return h(
      'div',
      {
        role: 'option',
        class: 'msg-row',
        'data-convid': `AAQkADAwATM0MDAA${record.id}`,
        'aria-selected': 'false',
        tabindex: '-1',
        'aria-label': `${names}, ${record.subject || '(no subject)'}, ${fmtFull(when)}, ${record.body.slice(0, 60)}`,
      },
      h(
        'div',
        { class: 'content' },
        h(
          'div',
          { class: 'line1' },
          h('span', { class: 'from' }, h('span', { text: names })),
          h('span', { class: 'date', title: fmtFull(when), text: short }),
        ),
        h('div', { class: 'line2' }, h('span', { class: 'subj', text: record.subject || '(no subject)' })),
        h('div', { class: 'line3' }, h('span', { class: 'preview', text: record.body.slice(0, 60) })),
      ),
    );
  }

  function renderFolder() {
    if (!folders.list) return;
    const folder = folderOf();
    for (const item of document.querySelectorAll('nav [role=treeitem][data-folder]'))
      item.setAttribute('aria-selected', String(item.dataset.folder === folder));
    if (folder === 'sentitems') {
      const records = [...site.sent].sort((a, b) => Date.parse(b.time) - Date.parse(a.time));
      folders.list.replaceChildren(
        ...(records.length
          ? records.map(sentRow)
          : [h('div', { class: 'empty', text: "We didn't find anything to show here." })]),
      );
    } else if (folder === 'inbox') {
      if (folders.list.firstElementChild !== folders.inboxRows[0]) folders.list.replaceChildren(...folders.inboxRows);
    } else folders.list.replaceChildren(h('div', { class: 'empty', text: "We didn't find anything to show here." }));
  }

  /** Outlook fetches the folder, then repaints the list: the old rows stay until then. */
  const repaintSoon = () => {
    clearTimeout(folders.timer);
    folders.timer = setTimeout(renderFolder, 150);
  };

  function folderItem(label, folder) {
    const item = h('div', {
      role: 'treeitem',
      'data-folder': folder,
      'aria-selected': 'false',
      tabindex: '-1',
      title: label,
      text: label,
    });
    item.addEventListener('click', () => {
      const base = location.pathname.startsWith('/mail/0/') ? '/mail/0/' : '/mail/';
      if (folderOf() !== folder) history.pushState({}, '', `${base}${folder}`);
      repaintSoon();
    });
    return item;
  }
  window.addEventListener('popstate', repaintSoon, { signal: lifetime.signal });

  // ── The account manager ("me control", research/sent-signals.md §4) ─────────────────────────
  /*
   * Its trigger is labelled with the display name only; the flyout with the name
   * (`#mectrl_currentAccount_primary`) and the address (`#mectrl_currentAccount_secondary`)
   * exists only while it is open. Escape, or the trigger again, closes it.
   */
  function meControl() {
    const trigger = h(
      'button',
      {
        id: 'mectrl_main_trigger',
        type: 'button',
        class: 'fui-Button',
        'aria-label': `Account manager for ${ACCOUNT.name}`,
        'aria-expanded': 'false',
      },
      h('span', { class: 'fui-Avatar', text: ACCOUNT.name.slice(0, 1) }),
    );
    let flyout = null;
    const close = () => {
      flyout?.remove();
      flyout = null;
      trigger.setAttribute('aria-expanded', 'false');
    };
    trigger.addEventListener('click', () => {
      if (flyout) return close();
      flyout = h(
        'div',
        { id: 'mectrl_flyout', role: 'dialog', 'aria-label': 'Account manager' },
        h('div', { id: 'mectrl_currentAccount_primary', text: ACCOUNT.name }),
        h('div', { id: 'mectrl_currentAccount_secondary', text: ACCOUNT.email }),
        h('a', { href: 'https://login.microsoftonline.com/logout.srf', text: 'Sign out' }),
      );
      trigger.after(flyout);
      trigger.setAttribute('aria-expanded', 'true');
    });
    document.addEventListener(
      'keydown',
      (event) => {
        if (event.key === 'Escape' && flyout) close();
      },
      { signal: lifetime.signal },
    );
    return h('div', { id: 'O365_MainLink_Me' }, trigger);
  }

  // ── The mailbox ──────────────────────────────────────────────────────────────────────────────
  /** One message of the conversation (assumption: role=article, sender address in a title, text in the read view's "Message body"). */
  function article(from, when, text) {
    const name = CONTACTS[from] ?? from;
    return h(
      'div',
      { role: 'article', class: 'item', 'aria-label': `Message from ${name}` },
      h(
        'div',
        { class: 'header' },
        h('span', { class: 'fui-Avatar', role: 'img', 'aria-label': name, text: name.slice(0, 1) }),
        h('span', { class: 'sender', title: from, text: name }),
        ' ',
        h('span', { class: 'time', title: fmtFull(when), text: fmtTime(when) }),
      ),
      h('div', { role: 'document', class: 'text', 'aria-label': 'Message body', text }),
    );
  }

  /** A row of the message list, as deep as Outlook's (avatar, icons, three lines, hover actions). */
  function row(i) {
    const from = i % 3 ? 'Globex Ops' : 'Jane Doe';
    const action = (label, name) =>
      h('button', { type: 'button', class: 'fui-Button subtle', 'aria-label': label, title: label }, icon(name));
    return h(
      'div',
      {
        role: 'option',
        class: 'msg-row',
        'data-convid': `AAQkADAwATM0MDAA${i}`,
        'aria-selected': i === 0 ? 'true' : 'false',
        tabindex: i === 0 ? '0' : '-1',
      },
      h(
        'div',
        { class: 'select' },
        h('input', { type: 'checkbox', tabindex: '-1', 'aria-label': 'Select a conversation' }),
      ),
      h(
        'div',
        { class: 'fui-Avatar', role: 'img', 'aria-label': from },
        h('span', { class: 'fui-Avatar__initials', text: from.slice(0, 1) }),
      ),
      h(
        'div',
        { class: 'content' },
        h(
          'div',
          { class: 'line1' },
          h('span', { class: 'from' }, h('span', { text: from })),
          h(
            'span',
            { class: 'icons' },
            i % 4 === 0 ? icon('AttachRegular') : null,
            i % 7 === 0 ? icon('FlagFilled') : null,
          ),
          h('span', { class: 'date', text: WEEKDAYS[(i + 1) % 7] }),
        ),
        h(
          'div',
          { class: 'line2' },
          h('span', { class: 'subj', text: i === 0 ? 'Launch plan' : `Weekly update ${150 - i}` }),
          h('span', { class: 'count', text: i === 0 ? '(3)' : '' }),
        ),
        h(
          'div',
          { class: 'line3' },
          h('span', {
            class: 'preview',
            text: i === 0 ? 'Forwarding to the team.' : 'Numbers for the week and the next steps…',
          }),
        ),
      ),
      h(
        'div',
        { class: 'hover-actions', role: 'toolbar', 'aria-label': 'Quick actions' },
        action('Delete', 'DeleteRegular'),
        action('Archive', 'ArchiveRegular'),
        action('Flag this message', 'FlagRegular'),
        action('Pin', 'PinRegular'),
      ),
    );
  }

  function start() {
    const now = Date.now();
    const newMail = h(
      'button',
      { type: 'button', class: 'fui-Button', 'aria-label': 'New mail' },
      icon('ComposeRegular'),
      ' New mail',
    );
    const history = [
      article(
        'bob@globex.com',
        new Date(now - 5 * 3600e3),
        'Hi Alex, could you send the revised launch plan this week?',
      ),
      article(
        'bob@globex.com',
        new Date(now - 40 * 60e3),
        'URGENT: the website is down and we need the statement ASAP. Please reply tonight!',
      ),
      article(ACCOUNT.email, new Date(now - 30 * 60e3), 'Forwarding to the team.'),
    ];
    const conversation = h(
      'div',
      { class: 'conversation', 'data-convid': 'AAQkADAwATM0MDAA0' },
      NEWEST_ON_TOP ? history.reverse() : history,
    );
    const replyButton = h(
      'button',
      { type: 'button', class: 'fui-Button plain', 'aria-label': 'Reply' },
      icon('ArrowReplyRegular'),
      'Reply',
    );
    const reading = h(
      'div',
      { class: 'reading', role: 'main', 'aria-label': 'Reading Pane' },
      h('div', { class: 'reading-head' }, h('h2', { text: 'Launch plan' }), replyButton),
      conversation,
    );
    const composeArea = h('div', { class: 'compose-area', 'aria-label': 'Drafts being written' });
    replyButton.addEventListener('click', () => {
      const existing = [...composes].find((c) => c.kind === 'reply');
      if (existing) return existing.body.focus();
      openCompose('reply', (root) => (NEWEST_ON_TOP ? conversation.prepend(root) : conversation.append(root)), {
        to: ['Bob Stone <bob@globex.com>'],
        subject: 'RE: Launch plan',
      });
    });
    newMail.addEventListener('click', () => openCompose('new', (root) => composeArea.append(root)));
    const rows = [];
    // window.__siteRows: fewer rows for unit tests (happy-dom builds 150 slowly); not part of Outlook.
    const rowCount = Number(window.__siteRows) > 0 ? Number(window.__siteRows) : 150;
    for (let i = 0; i < rowCount; i += 1) rows.push(row(i));
    folders.inboxRows = rows;
    folders.list = h('div', { class: 'msglist', role: 'listbox', 'aria-label': 'Message list' }, rows);
    document.body.append(
      h('header', { class: 'o365', role: 'banner' }, h('span', { class: 'brand', text: 'Outlook' }), meControl()),
      h(
        'div',
        { id: 'primaryMailboxRoot_0' },
        h(
          'nav',
          { 'aria-label': 'Navigation pane' },
          newMail,
          h(
            'div',
            { role: 'tree', 'aria-label': 'Folders' },
            h('div', { role: 'treeitem', 'aria-expanded': 'true', title: ACCOUNT.email, text: ACCOUNT.email }),
            folderItem('Inbox', 'inbox'),
            folderItem('Drafts', 'drafts'),
            folderItem('Sent Items', 'sentitems'),
          ),
        ),
        folders.list,
        h(
          'div',
          { class: 'pane' },
          reading,
          composeArea,
          logSection('sent'),
          logSection('scheduled'),
          logSection('drafts'),
        ),
      ),
      h('div', { class: 'site-notifications' }),
    );
    for (const list of LISTS) renderList(list);
    renderFolder();
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
