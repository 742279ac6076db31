/**
 * The guard panel (DESIGN §2.3, §2.4): loaded with import() the first time a Send is held, so
 * it costs nothing at start-up. Plain DOM in a closed Shadow DOM: the provider's CSS cannot
 * reach it and ours cannot leak, and the page's scripts cannot find its buttons (an open root
 * let any script on the page press "Send anyway"). Every action also needs a trusted event —
 * the user's own click, key or tap — so a script that reached the panel anyway (a page script
 * with the root, a synthetic click) still decides nothing. Assistive technology reads a closed
 * root like any other. No Preact: two screens of static markup do not need a renderer, and the
 * chunk stays about half the size.
 *
 * Step 1 says which boundary sending now breaks and offers "Send <next window>" (focused),
 * "It's an emergency…" and "Cancel". Step 2 is triage: the request with its signals
 * highlighted, the three questions, a live suggestion, and every outcome.
 */
import type { GuardCheck } from '../../core/guard-types.ts';
import type { TriageAnswer, TriageAnswers } from '../../core/ledger-types.ts';
import { findSignals } from '../../core/emergency-signals.ts';
import { clientList, suggestTriage, triageContextOf, triageQuestions } from '../../core/triage.ts';
import type { OpenPanel, PanelDecision, PanelHandle, TriageRecord } from './api.ts';
import { el, onUser, uid } from './dom.ts';
import { cycleFocus, tabStops } from './focus.ts';
import { place } from './position.ts';
import { requestView } from './request-view.ts';
import { PANEL_CSS } from './styles.ts';

const ANSWERS: [TriageAnswer, string][] = [
  ['yes', 'Yes'],
  ['no', 'No'],
  ['unsure', 'Not sure'],
];

function brokenClients(check: GuardCheck): string[] {
  const v = check.verdict;
  if (v.kind !== 'outside') return v.kind === 'inside' ? v.profiles.map((p) => p.name) : [];
  return [...new Set(v.outside.map((o) => o.profile.name))];
}

/** A client whose exceptions cluster (issue 12): the worker's sentence, as text, before another exception. */
function driftWarnings(check: GuardCheck): HTMLElement[] {
  return (check.drift ?? []).map((d) => el('p', { class: 'drift', text: d.text }));
}

function possessive(names: readonly string[]): string {
  const list = clientList(names);
  return list === '' ? "your clients'" : `${list}’s`;
}

/** The nodes that exist: optional parts of the panel are null when absent. */
const present = (...nodes: (Node | null)[]): Node[] => nodes.filter((n): n is Node => n !== null);

export const openPanel: OpenPanel = (host, model, decide) => {
  const returnTo = model.returnFocus ?? (document.activeElement instanceof HTMLElement ? document.activeElement : null);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = el('style', { text: PANEL_CSS });
  const titleId = uid('title');
  const title = el('h2', { id: titleId });
  const body = el('div');
  const status = el('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
  const error = el('p', { class: 'error', role: 'alert' });
  // tabindex -1: a click on the panel's text keeps focus in the panel (the trap goes on from there).
  const dialog = el(
    'div',
    { class: 'panel', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': titleId, tabindex: '-1' },
    title,
    error,
    body,
    status,
  );
  const layer = el('div', { class: 'layer' }, dialog);
  shadow.replaceChildren(style, layer);
  // A click on the dimmed page must not move focus out of a modal panel.
  layer.addEventListener('mousedown', (event) => {
    if (event.target === layer) event.preventDefault();
  });
  const reposition = () => place(dialog, model.anchor);
  window.addEventListener('resize', reposition);

  const check = model.check;
  const names = brokenClients(check);
  const next = check.view.next;
  let decided = false;
  let busy = false;
  let closed = false;
  /** Set by showDone: Esc dismisses the final message instead of deciding anything. */
  let dismiss: (() => void) | null = null;
  /** Which step shows: Esc in triage goes back to the boundary step, a second Esc closes (issue 16 point 4). */
  let step: 'guard' | 'triage' = 'guard';

  const send = (decision: PanelDecision) => {
    if (closed || decided || busy) return;
    if (decision.action !== 'send-at') decided = true;
    decide(decision);
  };

  const buttons = () => [...dialog.querySelectorAll('button')];

  // ── Step 1: the boundary ─────────────────────────────────────────────────────────────────
  const showGuard = () => {
    step = 'guard';
    title.textContent = `Sending now breaks ${possessive(names)} boundary`;
    const rulesId = uid('rules');
    dialog.setAttribute('aria-describedby', rulesId); // read with the title when focus lands on "Send at"
    const sendAt = next ? el('button', { class: 'primary', type: 'button', text: next.button }) : null;
    const emergency = el('button', { type: 'button', text: 'It’s an emergency…' });
    const cancel = el('button', { type: 'button', text: 'Cancel' });
    if (sendAt) onUser(sendAt, 'click', () => send({ action: 'send-at', triage: null }));
    onUser(emergency, 'click', showTriage);
    onUser(cancel, 'click', () => send({ action: 'cancel' }));
    body.replaceChildren(
      ...present(
        el(
          'ul',
          { id: rulesId, 'aria-label': 'Rules sending now breaks' },
          ...check.view.rules.map((rule) => el('li', { text: rule })),
        ),
        next
          ? el(
              'section',
              { 'aria-label': 'Next window' },
              el('h3', { text: 'Next window' }),
              el(
                'ul',
                {},
                ...next.inClientZones.map((line) => el('li', { text: line })),
                el('li', { text: next.inUserZone }),
              ),
            )
          : el('p', { text: 'No window opens within a year for these recipients.' }),
        check.view.promise
          ? el('p', { class: 'promise', 'data-kept': String(check.view.promiseKept), text: check.view.promise })
          : null,
        ...driftWarnings(check),
        el('div', { class: 'actions' }, sendAt, emergency, cancel),
      ),
    );
    reposition();
    (sendAt ?? emergency).focus();
  };

  // ── Step 2: triage ───────────────────────────────────────────────────────────────────────
  const showTriage = () => {
    step = 'triage';
    const ctx = triageContextOf(check);
    const request = model.request;
    const signals = request
      ? findSignals(
          request.text,
          check.emergency.map((e) => e.policy),
        )
      : [];
    const answers: Partial<TriageAnswers> = {};
    title.textContent = `Before you break ${possessive(names)} boundary: real emergency or red cup?`;
    dialog.removeAttribute('aria-describedby');

    const suggestionText = el('p', { role: 'status' });
    const reasons = el('ul');
    const record = (): TriageRecord => {
      const full: TriageAnswers = {
        agreedSituation: answers.agreedSituation ?? 'unsure',
        realHarm: answers.realHarm ?? 'unsure',
        emergencyToClient: answers.emergencyToClient ?? 'unsure',
      };
      // The suggestion the user saw (from their answers as given), not one re-derived from the filled-in 'unsure's.
      return { answers: full, suggestion: suggestTriage(answers, signals, ctx).suggestion };
    };
    const refresh = () => {
      const s = suggestTriage(answers, signals, ctx);
      suggestionText.textContent =
        s.suggestion === 'real-emergency' ? 'Suggestion: a real emergency.' : 'Suggestion: a red cup — it can wait.';
      reasons.replaceChildren(...s.reasons.map((r) => el('li', { text: r })));
      redCup.classList.toggle('primary', s.suggestion === 'red-cup' && next !== null);
      redCup.textContent = next
        ? `Red cup — ${next.button.replace(/^Send/, 'send')}${s.suggestion === 'red-cup' ? ' (recommended)' : ''}`
        : '';
      real.classList.toggle('primary', s.suggestion === 'real-emergency');
    };

    const questions = triageQuestions(ctx).map((q) => {
      const name = uid('q');
      const legendId = uid('legend');
      const radios = ANSWERS.map(([value, label]) => {
        const input = el('input', { type: 'radio', name, value });
        onUser(input, 'change', () => {
          answers[q.key] = value;
          refresh();
        });
        return el('label', {}, input, ` ${label}`);
      });
      return el(
        'fieldset',
        { 'aria-labelledby': legendId },
        el('legend', { id: legendId, text: q.text }),
        q.hint ? el('p', { class: 'hint', text: q.hint }) : null,
        ...radios,
      );
    });

    const real = el('button', { type: 'button', text: 'Real emergency — send now' });
    const redCup = el('button', { type: 'button' });
    const anyway = el('button', { type: 'button', text: 'Send anyway' });
    const back = el('button', { type: 'button', text: 'Back' });
    onUser(real, 'click', () => send({ action: 'send-now', kind: 'sent-emergency', triage: record() }));
    onUser(redCup, 'click', () => send({ action: 'send-at', triage: record() }));
    onUser(anyway, 'click', () => send({ action: 'send-now', kind: 'sent-anyway', triage: record() }));
    onUser(back, 'click', showGuard);

    body.replaceChildren(
      ...present(
        requestView(request, signals, check.clock),
        ...questions,
        el('div', { class: 'suggestion' }, suggestionText, reasons),
        el('p', {
          class: 'reminder',
          text: `Sending now resets ${possessive(names)} expectation: next time they will expect an answer at this hour too.${ctx.channel ? ` In a real emergency they can ${ctx.channel.replace(/^./, (c) => c.toLowerCase())}.` : ''}`,
        }),
        ...driftWarnings(check),
        el('div', { class: 'actions' }, real, next ? redCup : null, anyway, back),
      ),
    );
    refresh();
    reposition();
    (tabStops(body)[0] ?? dialog).focus();
  };

  // ── Keyboard: Tab stays inside, Esc goes back from triage, then cancels ─────────────────
  dialog.addEventListener('keydown', (event) => {
    event.stopPropagation(); // the provider's shortcuts must not act on keys typed in the panel
    if (!event.isTrusted) return; // only the user's own keys act (see onUser)
    if (event.key === 'Escape') {
      event.preventDefault();
      if (dismiss) dismiss();
      else if (step === 'triage' && !busy && !decided && !closed) showGuard();
      else send({ action: 'cancel' });
      return;
    }
    if (event.key !== 'Tab') return;
    // Always handled here, even with nothing to focus (busy): Tab must not leave a modal panel.
    event.preventDefault();
    cycleFocus(dialog, shadow.activeElement, event.shiftKey);
  });
  // Keys must not leak to the page's own handlers (Gmail shortcuts) while the panel is open.
  for (const type of ['keyup', 'keypress'] as const) dialog.addEventListener(type, (event) => event.stopPropagation());

  if (model.startWithTriage) showTriage();
  else showGuard();

  const handle: PanelHandle = {
    setBusy(message) {
      busy = true;
      error.textContent = '';
      status.textContent = message;
      for (const b of buttons()) b.disabled = true;
      // A disabled button loses focus to the page: keep it in the panel, where Esc and Tab are ours.
      dialog.focus();
      reposition();
    },
    showError(message) {
      busy = false;
      decided = false;
      status.textContent = '';
      error.textContent = message;
      for (const b of buttons()) b.disabled = false;
      // Back on the action to try again (the primary one), so Enter retries.
      (body.querySelector<HTMLElement>('button.primary') ?? tabStops(body)[0] ?? dialog).focus();
      reposition();
    },
    showDone(heading, message) {
      return new Promise<void>((resolve) => {
        busy = false;
        decided = true; // nothing left to decide: only the message to dismiss
        title.textContent = heading;
        error.textContent = '';
        status.textContent = '';
        dialog.removeAttribute('aria-describedby');
        const ok = el('button', { class: 'primary', type: 'button', text: 'OK' });
        dismiss = () => {
          dismiss = null;
          resolve();
        };
        onUser(ok, 'click', () => dismiss?.());
        body.replaceChildren(
          el('p', { class: 'done', role: 'status', text: message }),
          el('div', { class: 'actions' }, ok),
        );
        ok.focus();
        reposition();
      });
    },
    close() {
      if (closed) return;
      closed = true;
      window.removeEventListener('resize', reposition);
      shadow.replaceChildren();
      if (returnTo?.isConnected) returnTo.focus();
    },
  };
  return handle;
};
