// Simulated Outlook on the web (see the comment at the top of inbox.html). Plain script, no build.
(function outlookSite() {
  'use strict';

  const ACCOUNT = { name: 'Alex Morgan', email: 'me@example.com' };
  const CONTACTS = { 'bob@globex.com': 'Bob Stone', 'jane@acme.com': 'Jane Doe', 'me@example.com': 'Alex Morgan' };
  const ADDRESS = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;
  const site = { sent: [], scheduled: [] };
  window.__site = site;
  let seq = 0;

  function h(tag, attrs = {}, ...children) {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'text') el.textContent = v;
      else el.setAttribute(k, v === true ? '' : String(v));
    }
    for (const c of children.flat()) if (c !== null && c !== undefined) el.append(c);
    return el;
  }

  const fmtDate = (d) => `${d.getMonth() + 1}/${d.getDate()}/${d.getFullYear()}`;
  const fmtTime = (d) => d.toLocaleTimeString('en-US', { hour: 'numeric', minute: '2-digit' });
  const fmtFull = (d) => `${d.toLocaleDateString('en-US', { weekday: 'short' })} ${fmtDate(d)} ${fmtTime(d)}`;

  // ── Lists of what was sent and scheduled ────────────────────────────────────────────────
  function logSection(id, title) {
    return h('section', { class: 'site-log', id, 'aria-label': title }, h('h2', { text: title }), h('ul'));
  }
  function report(list, record) {
    site[list].push(record);
    const box = document.getElementById(list === 'sent' ? 'site-sent' : 'site-scheduled');
    const line = `${record.subject || '(no subject)'} — To: ${[...record.to, ...record.cc, ...record.bcc].join(', ')}` +
      (record.at ? ` — for ${fmtFull(new Date(record.at))}` : ` — ${fmtFull(new Date(record.time))}`);
    box.querySelector('ul').append(h('li', { 'data-to': record.to.join(','), 'data-at': record.at ?? null, text: line }));
  }

  // ── Recipients: plain text until resolved into a chip ───────────────────────────────────
  function parse(text) {
    const t = text.trim();
    const angle = /^(.*)<([^>]+)>$/.exec(t);
    return angle ? { name: angle[1].trim().replace(/^"|"$/g, ''), address: angle[2].trim() } : { name: '', address: t };
  }
  function chip(field, text) {
    const { name, address } = parse(text);
    if (!address) return;
    const index = field.querySelectorAll('[data-selection-index]').length;
    const shown = name || CONTACTS[address.toLowerCase()] || address;
    // Known contacts show a name and keep the address in the title only (research: "the address is
    // not always in the DOM" — here it is always in a title, as the persona card's hover target).
    const target = h('span', { class: 'lpc-hoverTarget', draggable: 'true', 'aria-label': shown, title: address, text: shown });
    field.append(h('span', { 'data-selection-index': index, contenteditable: 'false', role: 'button' }, target), ' ');
  }
  function pendingText(field) {
    let text = '';
    for (const node of field.childNodes) if (node.nodeType === Node.TEXT_NODE) text += node.textContent;
    return text;
  }
  function resolve(field) {
    const pieces = pendingText(field).split(/[;,]/).map((s) => s.trim()).filter(Boolean);
    for (const node of [...field.childNodes]) if (node.nodeType === Node.TEXT_NODE) node.remove();
    for (const piece of pieces) chip(field, piece);
  }
  function addresses(field) {
    resolve(field);
    return [...field.querySelectorAll('.lpc-hoverTarget')].map((t) => t.title.toLowerCase());
  }

  function recipientField(label, hidden) {
    const editor = h('div', { class: 'recipients', contenteditable: 'true', role: 'textbox', 'aria-label': label, 'aria-multiline': 'false' });
    editor.addEventListener('keydown', (event) => {
      if ((event.key === 'Enter' && !event.ctrlKey && !event.metaKey) || event.key === ';' || event.key === ',') {
        event.preventDefault();
        resolve(editor);
      }
    });
    editor.addEventListener('blur', () => resolve(editor));
    const row = h('div', { class: 'field', style: hidden ? 'display:none' : null }, h('label', { text: label }), editor);
    return { row, editor };
  }

  // ── A compose ───────────────────────────────────────────────────────────────────────────
  const composes = new Set();

  function openCompose(host, options = {}) {
    const c = { id: ++seq };
    const to = recipientField('To', false);
    const cc = recipientField('Cc', true);
    const bcc = recipientField('Bcc', true);
    const reveal = (f, label) => {
      const b = h('button', { type: 'button', class: 'fui-Button plain', text: label });
      b.addEventListener('click', () => { f.row.style.display = ''; b.remove(); f.editor.focus(); });
      return b;
    };
    const subject = h('input', { type: 'text', 'aria-label': 'Add a subject', placeholder: 'Add a subject', value: options.subject ?? '' });
    const body = h('div', { class: 'body', contenteditable: 'true', role: 'textbox', 'aria-multiline': 'true', 'aria-label': 'Message body, press Alt+F10 to exit' });
    const primary = h('button', { type: 'button', class: 'fui-Button fui-SplitButton__primaryActionButton', 'aria-label': 'Send', title: 'Send (Ctrl+Enter)', text: 'Send' });
    const menuButton = h('button', { type: 'button', class: 'fui-Button fui-SplitButton__menuButton', 'aria-label': 'More send options', 'aria-haspopup': 'menu', 'aria-expanded': 'false', text: '▾' });
    const discard = h('button', { type: 'button', class: 'fui-Button plain', 'aria-label': 'Discard', text: 'Discard' });
    const toolbar = h('div', { class: 'toolbar', role: 'toolbar', 'aria-label': 'Command toolbar' }, h('div', { class: 'fui-SplitButton' }, primary, menuButton), discard);
    const root = h('div', { class: 'compose', 'data-compose-id': c.id, 'aria-label': options.reply ? 'Reply' : 'New message' },
      toolbar, h('div', { class: 'field' }, to.row, reveal(cc, 'Cc'), reveal(bcc, 'Bcc')), cc.row, bcc.row, subject, body);
    Object.assign(c, { root, to, cc, bcc, subject, body, primary, menuButton });
    for (const r of options.to ?? []) chip(to.editor, r);
    composes.add(c);
    host.append(root);
    // Outlook (React) handles clicks by delegation on its root: a re-dispatched click works too.
    root.addEventListener('click', (event) => {
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest('.fui-SplitButton__primaryActionButton')) send(c);
      else if (target?.closest('.fui-SplitButton__menuButton')) openMenu(c);
      else if (target?.closest('[aria-label=Discard]')) close(c);
    });
    root.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) { event.preventDefault(); send(c); }
    });
    (options.reply ? body : to.editor).focus();
    return c;
  }

  function message(c) {
    const record = {
      id: `m${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`,
      to: addresses(c.to.editor), cc: addresses(c.cc.editor), bcc: addresses(c.bcc.editor),
      subject: c.subject.value, body: c.body.innerText.trim(), time: new Date().toISOString(),
    };
    const all = [...record.to, ...record.cc, ...record.bcc];
    if (all.length === 0 || !all.every((a) => ADDRESS.test(a))) {
      alert('This message must have at least one valid recipient.');
      return null;
    }
    return record;
  }
  function close(c) { composes.delete(c); c.root.remove(); }
  function send(c) {
    if (!composes.has(c)) return;
    const record = message(c);
    if (!record) return;
    close(c);
    report('sent', record);
  }

  // ── Schedule send: menu → dialog → Custom time ─────────────────────────────────────────
  // Assumption (no public source drives it): Fluent v9 Menu and Dialog structure.
  function openMenu(c) {
    document.querySelector('[role=menu]')?.remove();
    const box = c.menuButton.getBoundingClientRect();
    const item = h('div', { role: 'menuitem', tabindex: '0', text: 'Schedule send' });
    const menu = h('div', { role: 'menu', 'aria-label': 'More send options', style: `left:${box.left}px;top:${box.bottom + 2}px` }, item);
    c.menuButton.setAttribute('aria-expanded', 'true');
    const dismiss = () => { menu.remove(); c.menuButton.setAttribute('aria-expanded', 'false'); };
    item.addEventListener('click', () => { dismiss(); openScheduleDialog(c); });
    menu.addEventListener('keydown', (e) => { if (e.key === 'Escape') dismiss(); });
    document.body.append(menu);
    item.focus();
  }

  function openScheduleDialog(c) {
    const now = new Date();
    const tomorrow8 = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 8, 0);
    const layer = h('div', { class: 'dialog-layer' });
    const title = h('h2', { id: `sched-${c.id}`, text: 'Schedule send' });
    const dialog = h('div', { role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': `sched-${c.id}` }, title);
    const finish = () => layer.remove();
    const schedule = (when) => {
      if (!composes.has(c)) return finish();
      const record = message(c);
      if (!record) return finish();
      finish();
      close(c);
      report('scheduled', { ...record, at: when.toISOString() });
    };
    const suggestion = h('button', { type: 'button', class: 'fui-Button plain', text: `Tomorrow morning ${fmtTime(tomorrow8)}` });
    suggestion.addEventListener('click', () => schedule(tomorrow8));
    const custom = h('button', { type: 'button', class: 'fui-Button plain', text: 'Custom time' });
    const cancel = h('button', { type: 'button', class: 'fui-Button plain', text: 'Cancel' });
    cancel.addEventListener('click', finish);
    custom.addEventListener('click', () => {
      // The inputs count only what their input/change events reported (like React's controlled inputs).
      const state = { date: fmtDate(tomorrow8), time: fmtTime(tomorrow8) };
      const date = h('input', { type: 'text', 'aria-label': 'Date', value: state.date });
      const time = h('input', { type: 'text', 'aria-label': 'Time', value: state.time });
      for (const [input, key] of [[date, 'date'], [time, 'time']]) {
        input.addEventListener('input', () => (state[key] = input.value));
        input.addEventListener('change', () => (state[key] = input.value));
      }
      const error = h('p', { class: 'error', role: 'alert' });
      const go = h('button', { type: 'button', class: 'fui-Button', text: 'Send' });
      go.addEventListener('click', () => {
        const d = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(state.date.trim());
        const t = /^(\d{1,2}):(\d{2})\s*(AM|PM)$/i.exec(state.time.trim());
        if (!d) return (error.textContent = 'Enter a valid date.');
        if (!t || Number(t[1]) < 1 || Number(t[1]) > 12 || Number(t[2]) > 59) return (error.textContent = 'Enter a valid time.');
        const hour = (Number(t[1]) % 12) + (t[3].toUpperCase() === 'PM' ? 12 : 0);
        const when = new Date(Number(d[3]), Number(d[1]) - 1, Number(d[2]), hour, Number(t[2]));
        if (when.getMonth() !== Number(d[1]) - 1) return (error.textContent = 'Enter a valid date.');
        if (when.getTime() <= Date.now()) return (error.textContent = 'Choose a time in the future.');
        schedule(when);
      });
      dialog.replaceChildren(title, h('label', {}, 'Date ', date), h('label', {}, 'Time ', time), error, h('div', { class: 'toolbar' }, go, cancel));
      date.focus();
    });
    dialog.append(suggestion, custom, cancel);
    dialog.addEventListener('keydown', (e) => { if (e.key === 'Escape') finish(); });
    layer.append(dialog);
    document.body.append(layer);
    custom.focus();
  }

  // ── The mailbox ─────────────────────────────────────────────────────────────────────────
  function article(from, when, text) {
    return h('div', { role: 'article', 'aria-label': `Message from ${CONTACTS[from] ?? from}` },
      h('div', { class: 'header' },
        h('span', { class: 'sender', title: from, text: CONTACTS[from] ?? from }), ' ',
        h('span', { class: 'time', title: fmtFull(when), text: fmtTime(when) })),
      h('div', { class: 'text', text }));
  }

  function start() {
    const now = Date.now();
    const newMail = h('button', { type: 'button', class: 'fui-Button', 'aria-label': 'New mail' }, h('i', { 'data-icon-name': 'ComposeRegular', 'aria-hidden': 'true' }), ' New mail');
    const rows = [];
    for (let i = 0; i < 150; i += 1) {
      rows.push(h('div', { role: 'option', 'data-convid': `AAQk-${i}`, 'aria-selected': i === 0 ? 'true' : 'false' },
        h('span', { class: 'from' }, h('b', { text: i % 3 ? 'Globex Ops' : 'Jane Doe' })),
        h('span', { class: 'subj', text: ` — Message ${i + 1}` }),
        h('span', { class: 'preview' }, h('span', { text: ' Preview ' }), h('span', { text: 'text' }), h('i', { text: '…' })),
        h('span', { class: 'date', text: 'Mon' })));
    }
    const thread = h('div', { class: 'reading', 'aria-label': 'Reading Pane', 'data-convid': 'AAQk-0' },
      h('h2', { text: 'Launch plan' }),
      article('bob@globex.com', new Date(now - 5 * 3600e3), 'Hi Alex, could you send the revised launch plan this week?'),
      article('bob@globex.com', new Date(now - 40 * 60e3), 'URGENT: the website is down and we need the statement ASAP. Please reply tonight!'),
      article(ACCOUNT.email, new Date(now - 30 * 60e3), 'Forwarding to the team.'));
    const reply = h('button', { type: 'button', class: 'fui-Button plain', 'aria-label': 'Reply', text: 'Reply' });
    thread.append(reply);
    const composeArea = h('div', { class: 'compose-area', 'aria-label': 'Drafts being written' });
    reply.addEventListener('click', () => {
      const existing = [...composes].find((c) => c.reply);
      if (existing) return existing.body.focus();
      const c = openCompose(thread, { reply: true, to: ['Bob Stone <bob@globex.com>'], subject: 'RE: Launch plan' });
      c.reply = true;
    });
    newMail.addEventListener('click', () => openCompose(composeArea));
    document.body.append(
      h('header', { class: 'o365', role: 'banner' }, h('span', { text: 'Outlook' }),
        h('button', { id: 'O365_MainLink_Me', type: 'button', class: 'fui-Button', 'aria-label': `Account manager for ${ACCOUNT.name}` },
          h('span', { id: 'mectrl_currentAccount_secondary', text: ACCOUNT.email }))),
      h('div', { id: 'primaryMailboxRoot_0' },
        h('nav', { 'aria-label': 'Navigation pane' }, newMail,
          h('div', { role: 'tree' }, h('div', { role: 'treeitem', 'aria-selected': 'true', text: 'Inbox' }), h('div', { role: 'treeitem', text: 'Sent Items' }))),
        h('div', { class: 'msglist', role: 'listbox', 'aria-label': 'Message list' }, rows),
        h('div', { class: 'pane' }, thread, composeArea, logSection('site-sent', 'Sent Items'), logSection('site-scheduled', 'Scheduled'))));
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
