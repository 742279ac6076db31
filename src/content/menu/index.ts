/**
 * The pill's menu (issue 15): "Insert my boundaries" and "Insert signature line" for the
 * compose's client, and a second step listing the clients when several are among the
 * recipients. An ARIA menu (role menu / menuitem, roving focus; keys in menu-keys.ts) in a
 * closed Shadow DOM on the compose's document body, so the compose's toolbar cannot clip it.
 * Its own chunk, loaded when the pill is first opened (DESIGN §6 start-up budget).
 */
import type { GuardCheck } from '../../core/guard-types.ts';
import type { ProfileRef } from '../../core/profile.ts';
import type { StatementKind } from '../../core/statement-types.ts';
import type { ComposeAdapter } from '../providers/adapter.ts';
import { insertStatement } from '../statement/insert.ts';
import { menuKey } from './menu-keys.ts';
import { MENU_STYLE } from './styles.ts';

export interface MenuModel {
  /** The pill's button: the menu opens beside it and gives the focus back to it on Escape. */
  anchor: HTMLElement;
  compose: ComposeAdapter;
  /** The compose's last verdict: whether any recipient is a client (null: not known yet, the worker decides). */
  check: GuardCheck | null;
  /** The caret in the body when the pill was pressed. */
  caret: Range | null;
  onClose(): void;
}

export interface MenuHandle {
  close(returnFocus: boolean): void;
}

interface Item {
  label: string;
  enabled: boolean;
  colour?: string;
  run?: () => void;
}

const ACTIONS: readonly { kind: StatementKind; label: string }[] = [
  { kind: 'paragraph', label: 'Insert my boundaries' },
  { kind: 'signature', label: 'Insert signature line' },
];

/** Why the items cannot be used, or null: a compose without a client has no boundaries to tell. */
export function noClientReason(check: GuardCheck | null): string | null {
  if (check === null) return null;
  const { recipients } = check.verdict;
  if (recipients.length === 0) return 'Add a client’s address to the recipients first.';
  if (recipients.every((r) => r.profileId === null)) return 'No client is among the recipients.';
  return null;
}

export function openStatementMenu(model: MenuModel): MenuHandle {
  const doc = model.anchor.ownerDocument;
  const host = doc.createElement('div');
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = MENU_STYLE;
  const box = doc.createElement('div');
  box.className = 'box';
  const caption = doc.createElement('p');
  caption.className = 'caption';
  caption.id = 'rc-menu-caption';
  const menu = doc.createElement('div');
  menu.setAttribute('role', 'menu');
  menu.setAttribute('aria-labelledby', caption.id);
  const note = doc.createElement('p');
  note.className = 'note';
  note.id = 'rc-menu-note';
  const message = doc.createElement('p');
  message.className = 'message';
  message.setAttribute('role', 'alert');
  box.append(caption, menu, note, message);
  shadow.append(style, box);

  let items: HTMLElement[] = [];
  let enabled: boolean[] = [];
  let runs: ((() => void) | undefined)[] = [];
  let step: 'actions' | 'clients' = 'actions';
  let busy = false;
  let closed = false;

  const focusItem = (index: number) => {
    items.forEach((el, i) => (el.tabIndex = i === index ? 0 : -1));
    items[index]?.focus();
  };

  const render = (title: string, list: Item[], why: string | null) => {
    caption.textContent = title;
    note.textContent = why ?? '';
    note.hidden = why === null;
    message.textContent = '';
    items = list.map((item) => {
      const el = doc.createElement('div');
      el.setAttribute('role', 'menuitem');
      el.tabIndex = -1;
      if (item.colour !== undefined) {
        const dot = doc.createElement('span');
        dot.className = 'dot';
        dot.style.background = item.colour;
        dot.setAttribute('aria-hidden', 'true');
        el.append(dot);
      }
      el.append(item.label);
      if (!item.enabled) {
        el.setAttribute('aria-disabled', 'true');
        if (why !== null) el.setAttribute('aria-describedby', note.id);
      }
      el.addEventListener('click', () => {
        if (item.enabled && !busy) item.run?.();
      });
      return el;
    });
    enabled = list.map((item) => item.enabled);
    menu.replaceChildren(...items);
    runs = list.map((item) => item.run);
    place();
    focusItem(0);
  };

  const insert = async (kind: StatementKind, profileId?: string) => {
    busy = true;
    message.dataset.tone = 'busy';
    message.textContent = 'Writing…';
    try {
      const outcome = await insertStatement({
        compose: model.compose,
        kind,
        caret: model.caret,
        ...(profileId === undefined ? {} : { profileId }),
      });
      if (closed) return;
      if (outcome.kind === 'inserted') close(false);
      else if (outcome.kind === 'choose') showClients(kind, outcome.clients);
      else {
        message.dataset.tone = 'error';
        message.textContent = outcome.message;
      }
    } finally {
      busy = false;
    }
  };

  const showActions = () => {
    step = 'actions';
    const why = noClientReason(model.check);
    render(
      'Red Cup',
      ACTIONS.map(({ kind, label }) => ({ label, enabled: why === null, run: () => void insert(kind) })),
      why,
    );
  };

  const showClients = (kind: StatementKind, clients: readonly ProfileRef[]) => {
    step = 'clients';
    const what = kind === 'paragraph' ? 'Boundaries' : 'Signature line';
    render(
      `${what} for which client?`,
      clients.map((c) => ({ label: c.name, enabled: true, colour: c.color, run: () => void insert(kind, c.id) })),
      null,
    );
  };

  /** Below the pill when it fits, else above it (compose toolbars sit at the bottom of the window). */
  function place(): void {
    const view = doc.defaultView;
    const at = model.anchor.getBoundingClientRect();
    const size = box.getBoundingClientRect();
    const height = view?.innerHeight ?? 0;
    const width = view?.innerWidth ?? 0;
    const top = at.bottom + 4 + size.height <= height ? at.bottom + 4 : Math.max(4, at.top - 4 - size.height);
    box.style.top = `${top}px`;
    box.style.left = `${Math.max(4, Math.min(at.left, width - size.width - 4))}px`;
  }

  menu.addEventListener('keydown', (event) => {
    // The menu's keys are not the page's: Gmail and Outlook have shortcuts on these keys.
    const index = Math.max(0, items.indexOf(shadow.activeElement as HTMLElement));
    const action = menuKey(event.key, { active: index, enabled, step });
    if (action.kind === 'none') return;
    event.stopPropagation();
    if (action.kind !== 'close' || action.returnFocus) event.preventDefault();
    if (action.kind === 'focus') focusItem(action.index);
    else if (action.kind === 'activate' && !busy) runs[action.index]?.();
    else if (action.kind === 'back') showActions();
    else if (action.kind === 'close') close(action.returnFocus);
  });

  const outside = (event: Event) => {
    const path = event.composedPath();
    if (!path.includes(host) && !path.includes(model.anchor)) close(false);
  };
  doc.addEventListener('pointerdown', outside, true);

  function close(returnFocus: boolean): void {
    if (closed) return;
    closed = true;
    doc.removeEventListener('pointerdown', outside, true);
    host.remove();
    model.onClose();
    if (returnFocus) model.anchor.focus();
  }

  (doc.body ?? doc.documentElement).append(host);
  showActions();
  return { close };
}
