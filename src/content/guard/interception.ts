/**
 * Send interception (DESIGN §4): capture-phase listeners on `window`, registered at
 * document_start before the provider's own, for the whole send gesture and the keyboard paths.
 * Trusted events only: our own re-dispatched sends are untrusted and pass.
 *
 * A gesture is judged once, on its first event, and every later event of the same gesture
 * gets the same treatment — Gmail completes a send on a later event than `mousedown`, so a
 * half-stopped gesture could still send (research/gmail-dom.md "Blocking a send").
 *
 * The watchdog: any exception in here lets the event through untouched, or — if we had
 * already stopped part of the gesture — sends it again ourselves. An error in Red Cup must
 * never cost the user a send.
 */
import type { ProviderAdapter } from '../providers/adapter.ts';
import type { ComposeSession, SyncDecision } from './session.ts';

export interface SendHandler {
  /** The session of the compose an element is in, or null. */
  sessionOf(el: Element): ComposeSession | null;
  /** A send that was held (block or unknown) — decide and carry it out. */
  held(session: ComposeSession, control: HTMLElement, decision: SyncDecision): void;
  /** A send that passes untouched (inside the boundary, or unguarded). */
  passed(session: ComposeSession): void;
  /** Our code failed while handling an event. */
  failed(where: string, error: unknown): void;
}

const GESTURE_MIDDLE = new Set(['pointerup', 'mouseup']);
/** A held gesture that never completes (the user dragged away) is forgotten after this. */
const GESTURE_MS = 5_000;
/** After a keyboard send was held, the keyup/click the browser derives from it is swallowed too. */
const KEY_ECHO_MS = 1_000;

interface Held {
  session: ComposeSession;
  control: HTMLElement;
  decision: SyncDecision;
  until: number;
}

function stop(event: Event): void {
  event.preventDefault();
  event.stopImmediatePropagation();
}

export function installInterception(adapter: ProviderAdapter, handler: SendHandler): void {
  let gesture: Held | null = null;
  let keyEcho: { control: HTMLElement | null; root: HTMLElement; until: number } | null = null;

  const targetOf = (event: Event): Element | null => {
    const first = event.composedPath()[0];
    return first instanceof Element ? first : event.target instanceof Element ? event.target : null;
  };

  /** The Send control the event is on, with its session; null when it is not a send. */
  const sendTarget = (el: Element): { control: HTMLElement; session: ComposeSession } | null => {
    const control = adapter.sendControlAt(el);
    if (!control) return null;
    const session = handler.sessionOf(el);
    return session ? { control, session } : null;
  };

  const onPointer = (event: Event) => {
    if (!event.isTrusted) return;
    let stopped = false;
    try {
      const el = targetOf(event);
      if (!el) return;
      const now = Date.now();
      if (keyEcho && event.type === 'click' && now < keyEcho.until && (keyEcho.control?.contains(el) ?? false)) {
        stop(event);
        return;
      }
      if (gesture && (now > gesture.until || !gesture.control.isConnected)) gesture = null;
      if (gesture && gesture.control.contains(el)) {
        stop(event);
        stopped = true;
        if (event.type === 'click') {
          const done = gesture;
          gesture = null;
          handler.held(done.session, done.control, done.decision);
        }
        return;
      }
      if (GESTURE_MIDDLE.has(event.type)) return; // the end of a gesture we did not hold
      const target = sendTarget(el);
      if (!target) return;
      const decision = target.session.decideNow();
      if (decision.kind === 'pass') {
        if (event.type === 'click') handler.passed(target.session);
        return;
      }
      stop(event);
      stopped = true;
      if (event.type === 'click') {
        // A click without a gesture before it (e.g. from assistive technology): act at once.
        handler.held(target.session, target.control, decision);
      } else {
        gesture = { ...target, decision, until: now + GESTURE_MS };
      }
    } catch (error) {
      gesture = null;
      handler.failed(`handling a ${event.type}`, error);
      if (stopped) resendLater(event);
    }
  };

  const onKey = (event: KeyboardEvent) => {
    if (!event.isTrusted) return;
    let stopped = false;
    try {
      const el = targetOf(event);
      if (!el) return;
      if (event.type === 'keyup') {
        if (keyEcho && Date.now() < keyEcho.until && keyEcho.root.contains(el)) stop(event);
        return;
      }
      const onControl =
        (event.key === 'Enter' || event.key === ' ') && !event.ctrlKey && !event.metaKey && !event.altKey;
      const target = onControl ? sendTarget(el) : null;
      const shortcut = target === null && adapter.isSendShortcut(event);
      const session = target?.session ?? (shortcut ? handler.sessionOf(el) : null);
      if (!session) return;
      const decision = session.decideNow();
      if (decision.kind === 'pass') {
        handler.passed(session);
        return;
      }
      const control = target?.control ?? session.compose.sendControl();
      if (!control) return; // nothing to send with later: leave the provider alone
      stop(event);
      stopped = true;
      keyEcho = { control, root: session.root, until: Date.now() + KEY_ECHO_MS };
      handler.held(session, control, decision);
    } catch (error) {
      handler.failed(`handling ${event.key}`, error);
      if (stopped) resendLater(event);
    }
  };

  /** The watchdog's last resort: find the compose again by the event's target and send it. */
  const resendLater = (event: Event) => {
    try {
      const el = targetOf(event);
      const session = el ? handler.sessionOf(el) : null;
      const control = session?.compose.sendControl();
      if (session && control) handler.held(session, control, { kind: 'pass' });
    } catch (error) {
      handler.failed('sending after an error', error);
    }
  };

  for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'])
    window.addEventListener(type, onPointer, true);
  window.addEventListener('keydown', onKey, true);
  window.addEventListener('keyup', onKey, true);
}
