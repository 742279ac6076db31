/*
 * In-page instruments of bench/guard.bench.ts, installed in every document of mail.google.com
 * with Playwright's context.addInitScript: it runs in the page's main world as soon as the
 * window exists, before the document has an element — so before Red Cup's content script
 * (document_start) and before the page's own scripts. Plain browser JavaScript on purpose:
 * Playwright sends functions to the page as text, and tsx wraps TypeScript functions in a
 * `__name` helper the page does not have.
 *
 * window.__redCupBench:
 *   gesture()          the trusted pointer/mouse events since the last call, each with
 *                      `before` (our window capture listener — the first listener of all) and
 *                      `after` (a document capture listener — the first place after every
 *                      window listener, so after Red Cup's; null when the event was stopped)
 *   watch(kind)        from now on, waits for the next trusted click and then for a new
 *                      `panel` (a shadow host directly in <body> with a dialog in its root) or
 *                      `pill` (a shadow host with Red Cup's status in its root); result()
 *                      resolves to { click, inDom, painted }. Red Cup's roots are closed and its
 *                      hosts unmarked; the benchmark runs a copy of the build whose roots are
 *                      open (openShadowRootsInCopy in e2e/support/browser.mjs).
 *   storm(plan)        the DOM storm; resolves to { elementsBefore, elementsAfter, insertions, took }
 */
(() => {
  if (location.host !== 'mail.google.com' || window.__redCupBench) return;

  const GESTURE = ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'];
  const records = new WeakMap();
  let events = [];
  let clickWaiters = [];

  for (const type of GESTURE) {
    window.addEventListener(
      type,
      (event) => {
        if (!event.isTrusted) return;
        const record = { type, timeStamp: event.timeStamp, before: performance.now(), after: null };
        records.set(event, record);
        events.push(record);
        if (type === 'click') {
          const waiters = clickWaiters;
          clickWaiters = [];
          for (const resolve of waiters) resolve(event.timeStamp);
        }
      },
      true,
    );
    document.addEventListener(
      type,
      (event) => {
        const record = records.get(event);
        if (record) record.after = performance.now();
      },
      true,
    );
  }

  /** performance.now() once the next frame has been produced: a task queued from rAF runs after its paint. */
  function afterPaint() {
    return new Promise((resolve) => {
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(null);
      });
    });
  }

  function visible(el) {
    const box = el.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
  }

  /** The element `find` returns, as soon as a mutation (in the page or in `roots`' shadow trees) makes it exist. */
  function whenPresent(find) {
    return new Promise((resolve) => {
      const observers = [];
      const done = (el) => {
        for (const o of observers) o.disconnect();
        resolve({ el, at: performance.now() });
      };
      const look = () => {
        const found = find(observeShadow);
        if (found) done(found);
      };
      const observeShadow = (root) => {
        if (root.__benchObserved) return;
        root.__benchObserved = true;
        const o = new MutationObserver(look);
        o.observe(root, { childList: true, subtree: true });
        observers.push(o);
      };
      const o = new MutationObserver(look);
      o.observe(document, { childList: true, subtree: true });
      observers.push(o);
      look();
    });
  }

  /** Red Cup's pill hosts: shadow hosts whose root holds its status. */
  function pillHosts() {
    return [...document.querySelectorAll('div')].filter((el) =>
      el.shadowRoot?.querySelector('[role=status][aria-label="Red Cup"]'),
    );
  }

  const finders = {
    panel: (observeShadow) => {
      // The panel's host is appended to <body> empty; its root is filled right after.
      for (const host of document.body.children) {
        if (!host.shadowRoot) continue;
        observeShadow(host.shadowRoot);
        const dialog = host.shadowRoot.querySelector('[role=dialog]');
        if (dialog) return dialog;
      }
      return null;
    },
    pill: (_observeShadow, known) => pillHosts().find((host) => !known.has(host)) ?? null,
  };

  let watching = null;

  function watch(kind) {
    const known = new Set(pillHosts());
    const click = new Promise((resolve) => clickWaiters.push(resolve));
    watching = click.then(async (clickStamp) => {
      const { el, at } = await whenPresent((observeShadow) => finders[kind](observeShadow, known));
      // Present is not yet seen: wait for the first frame in which it is laid out and visible.
      let painted = await afterPaint();
      while (!visible(el)) painted = await afterPaint();
      return { click: clickStamp, inDom: at, painted };
    });
  }

  function result() {
    if (!watching) return Promise.reject(new Error('watch() was not called'));
    const pending = watching;
    watching = null;
    return pending;
  }

  /**
   * `batches` frames, each inserting `perBatch` nodes the way a mail app updates its page —
   * per ten insertions: one inbox row at the top of the list (a clone of a real row, ~30
   * elements), six notes in the reading pane, three label chips inside existing inbox rows —
   * and removing `removePerBatch` of the oldest inserted nodes. One batch per animation frame,
   * like a framework's render.
   */
  function storm({ batches, perBatch, removePerBatch }) {
    const tbody = document.querySelector('table[role=grid] tbody');
    const rows = tbody ? [...tbody.querySelectorAll('tr')] : [];
    const pane = document.querySelector('.site-pane');
    if (!tbody || rows.length === 0 || !pane)
      return Promise.reject(new Error('the inbox list or the reading pane is missing'));
    const template = rows[0].cloneNode(true);
    template.removeAttribute('id');

    const inserted = [];
    let n = 0;
    const item = () => {
      n += 1;
      const kind = n % 50;
      if (kind === 0) {
        const tr = template.cloneNode(true);
        tr.querySelector('.bog span')?.replaceChildren(`Storm message ${n}`);
        tbody.prepend(tr);
        return tr;
      }
      if (kind <= 34) {
        const note = document.createElement('div');
        note.className = 'storm-note';
        note.setAttribute('role', 'note');
        const label = document.createElement('span');
        label.className = 'storm-label';
        label.textContent = `Update ${n}`;
        const link = document.createElement('a');
        link.href = `#n${n}`;
        link.textContent = 'open';
        note.append(label, ' ', link);
        pane.append(note);
        return note;
      }
      const chip = document.createElement('span');
      chip.className = 'ar as storm-chip';
      chip.textContent = `Label ${n % 7}`;
      const subject = rows[(n * 7) % rows.length].querySelector('.xT') ?? rows[0];
      subject.prepend(chip);
      return chip;
    };

    return new Promise((resolve) => {
      let batch = 0;
      const elementsBefore = document.getElementsByTagName('*').length;
      const started = performance.now();
      const step = () => {
        for (let i = 0; i < perBatch; i++) inserted.push(item());
        if (batch > 0) for (const node of inserted.splice(0, removePerBatch)) node.remove();
        batch += 1;
        if (batch < batches) {
          requestAnimationFrame(step);
          return;
        }
        const elementsAfter = document.getElementsByTagName('*').length;
        const took = performance.now() - started;
        // The work the last batch causes (observers, the next frame) belongs to the storm too.
        setTimeout(() => resolve({ elementsBefore, elementsAfter, insertions: n, took }), 300);
      };
      requestAnimationFrame(step);
    });
  }

  window.__redCupBench = {
    gesture: () => {
      const out = events;
      events = [];
      return out;
    },
    afterPaint,
    watch,
    result,
    storm,
  };
})();
