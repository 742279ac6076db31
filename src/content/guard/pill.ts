/**
 * The status pill in each compose (DESIGN §2.2): which client and inside/outside hours, and the
 * button that opens Red Cup's menu for the compose (issue 15: insert the boundaries). Plain
 * DOM in a closed Shadow DOM — no framework at start-up, the provider's CSS cannot reach it, and
 * the page's scripts cannot read it (nor tell Red Cup is there by looking for it: its host
 * carries no attribute of ours). Screen readers read a closed root like any other text.
 */
import type { GuardCheck } from '../../core/guard-types.ts';
import { caretIn } from '../dom/caret.ts';
import { opensMenu } from '../menu/menu-keys.ts';
import type { ComposeAdapter } from '../providers/adapter.ts';

/** Opens (or closes) the menu beside `button`; `caret` is where the user was in the body. */
export type OpenMenu = (button: HTMLElement, caret: Range | null) => void;

const STYLE = `
:host { all: initial; display: inline-block; vertical-align: middle; margin: 0 8px; }
.pill { font: 12px/1.6 system-ui, sans-serif; cursor: pointer; margin: 0; border-radius: 999px; padding: 1px 10px 1px 8px;
  display: inline-flex; align-items: center; gap: 6px; max-width: 46ch; white-space: nowrap;
  overflow: hidden; text-overflow: ellipsis; border: 1px solid var(--border); color: var(--fg); background: var(--bg); }
.pill:focus-visible { outline: 2px solid #1a73e8; outline-offset: 1px; }
.dot { width: 8px; height: 8px; border-radius: 50%; flex: none; background: var(--dot, #888); }
.pill[data-tone=inside] { --bg: #e7f5ea; --fg: #14522a; --border: #a8d5b5; }
.pill[data-tone=outside] { --bg: #fdecea; --fg: #8a1c12; --border: #f1b3ac; font-weight: 600; }
.pill[data-tone=unguarded], .pill[data-tone=problem] { --bg: #f1f3f4; --fg: #3c4043; --border: #d5d8dc; }
@media (prefers-color-scheme: dark) {
  .pill[data-tone=inside] { --bg: #173d24; --fg: #c4ecd0; --border: #2f6b43; }
  .pill[data-tone=outside] { --bg: #4a1712; --fg: #ffd7d2; --border: #8a3328; }
  .pill[data-tone=unguarded], .pill[data-tone=problem] { --bg: #2d2f31; --fg: #e8eaed; --border: #5f6368; }
}`;

export class StatusPill {
  private host: HTMLElement | null = null;
  private box: HTMLElement | null = null;
  private dot: HTMLElement | null = null;
  private label: HTMLElement | null = null;
  private button: HTMLButtonElement | null = null;
  /** The body's caret when the pill was pressed, before the focus moved to it. */
  private caret: Range | null = null;

  constructor(
    private readonly compose: ComposeAdapter,
    private readonly openMenu: OpenMenu = () => undefined,
  ) {}

  /** The menu opened or closed (aria-expanded). */
  setExpanded(open: boolean): void {
    this.button?.setAttribute('aria-expanded', String(open));
  }

  show(check: GuardCheck): void {
    const colour = check.verdict.kind === 'unguarded' ? null : (check.verdict.profiles[0]?.color ?? null);
    this.render(check.view.tone, check.view.pill, colour);
  }

  /** The worker could not answer: say so, and say that sending is not blocked. */
  showProblem(message: string): void {
    this.render('problem', `Red Cup · not checked, sending is not blocked (${message})`, null);
  }

  remove(): void {
    this.host?.remove();
    this.host = null;
  }

  private render(tone: string, text: string, colour: string | null): void {
    this.ensureMounted();
    if (!this.box || !this.label || !this.dot) return;
    this.box.dataset.tone = tone;
    this.label.textContent = text;
    this.box.title = text;
    this.dot.style.setProperty('--dot', colour ?? '#888');
  }

  /** Providers re-render their toolbars: put the pill back when it was removed. */
  private ensureMounted(): void {
    const anchor = this.compose.pillAnchor() ?? this.compose.root;
    if (this.host?.isConnected && this.host.parentElement === anchor) return;
    if (!this.host) this.build();
    if (this.host) anchor.append(this.host);
  }

  private build(): void {
    const host = document.createElement('div');
    const shadow = host.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    style.textContent = STYLE;
    // A live region (the verdict is announced when it changes) holding the menu button.
    const status = document.createElement('span');
    status.setAttribute('role', 'status');
    status.setAttribute('aria-label', 'Red Cup');
    const box = document.createElement('button');
    box.type = 'button';
    box.className = 'pill';
    box.setAttribute('aria-haspopup', 'menu');
    box.setAttribute('aria-expanded', 'false');
    const dot = document.createElement('span');
    dot.className = 'dot';
    dot.setAttribute('aria-hidden', 'true');
    const label = document.createElement('span');
    box.append(dot, label);
    status.append(box);
    shadow.append(style, status);
    const remember = () => (this.caret = caretIn(this.compose.bodyEditor()));
    box.addEventListener('pointerdown', remember);
    box.addEventListener('keydown', (event) => {
      // Enter and Space click the button (and so open the menu); the arrows open it too.
      if (event.key !== 'Enter' && event.key !== ' ' && !opensMenu(event.key)) return;
      remember();
      if (opensMenu(event.key)) {
        event.preventDefault();
        this.openMenu(box, this.caret);
      }
    });
    box.addEventListener('click', () => this.openMenu(box, this.caret));
    this.host = host;
    this.button = box;
    this.box = box;
    this.dot = dot;
    this.label = label;
  }
}
