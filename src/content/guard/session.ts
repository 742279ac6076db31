/**
 * One compose window being watched (DESIGN §4 "compose sessions"): its recipients, the verdict
 * the worker gave for them, and its status pill. The verdict is cached with its `validUntil`
 * so a Send can be answered synchronously; any change of recipients or the passing of
 * `validUntil` makes it stale, and a stale verdict is never used to let a send through.
 */
import type { GuardCheck } from '../../core/guard-types.ts';
import { call } from '../../messaging/call.ts';
import type { ComposeAdapter } from '../providers/adapter.ts';
import { recipientsKey } from './recipients-key.ts';
import { recordFailure } from './failure-log.ts';
import { loadMenu } from './menu-loader.ts';
import { preloadPanel } from './panel-loader.ts';
import { StatusPill } from './pill.ts';

/** What the guard can say about a Send at this very moment, without waiting. */
export type SyncDecision = { kind: 'pass' } | { kind: 'block'; check: GuardCheck } | { kind: 'unknown' };

/** setTimeout's longest delay; a verdict valid for longer is simply re-checked then. */
const MAX_TIMER_MS = 2_147_483_647;

let nextId = 1;

export class ComposeSession {
  readonly id = `compose-${nextId++}`;
  private check: GuardCheck | null = null;
  private checkedKey: string | null = null;
  private pending: Promise<GuardCheck | null> | null = null;
  private pendingKey: string | null = null;
  private expiry: ReturnType<typeof setTimeout> | undefined;
  private readonly pill: StatusPill;
  private menu: { close(returnFocus: boolean): void } | null = null;
  /** When the user last typed or clicked in this compose: the popup's "focused compose". */
  lastActive = 0;

  constructor(readonly compose: ComposeAdapter) {
    this.pill = new StatusPill(compose, (button, caret) => void this.toggleMenu(button, caret));
  }

  get root(): HTMLElement {
    return this.compose.root;
  }

  /** The last check, whether or not it is still valid (for the popup and the panel). */
  get lastCheck(): GuardCheck | null {
    return this.check;
  }

  recipients(): string[] {
    return this.compose.recipients();
  }

  /** Re-reads the recipients and asks the worker again when they changed or the verdict expired. */
  refresh(): void {
    const key = recipientsKey(this.recipients());
    if (key === this.checkedKey && this.isFresh()) return;
    if (key === this.pendingKey) return;
    void this.fetch(key);
  }

  /** Forgets the cached verdict (settings changed, e.g. a pause) and checks again. */
  invalidate(): void {
    this.checkedKey = null;
    this.pendingKey = null;
    this.pending = null;
    this.refresh();
  }

  /** The answer for a Send now: from the cache when it is valid for exactly these recipients. */
  decideNow(): SyncDecision {
    const key = recipientsKey(this.recipients());
    if (this.check === null || key !== this.checkedKey || !this.isFresh()) return { kind: 'unknown' };
    return this.check.verdict.kind === 'outside' ? { kind: 'block', check: this.check } : { kind: 'pass' };
  }

  /** A fresh check for the current recipients (waits for the worker). Null when it failed. */
  async checkNow(): Promise<GuardCheck | null> {
    const key = recipientsKey(this.recipients());
    if (key === this.checkedKey && this.isFresh() && this.check !== null) return this.check;
    if (key === this.pendingKey && this.pending !== null) return this.pending;
    return this.fetch(key);
  }

  dispose(): void {
    clearTimeout(this.expiry);
    this.menu?.close(false);
    this.pill.remove();
  }

  /** The pill's menu (issue 15): opened on the pill's press, closed by a second press. */
  private async toggleMenu(button: HTMLElement, caret: Range | null): Promise<void> {
    if (this.menu) {
      this.menu.close(true);
      return;
    }
    try {
      const { openStatementMenu } = await loadMenu();
      if (this.menu) return; // a second press while the chunk was loading
      this.pill.setExpanded(true);
      this.menu = openStatementMenu({
        anchor: button,
        compose: this.compose,
        check: this.check,
        caret,
        onClose: () => {
          this.menu = null;
          this.pill.setExpanded(false);
        },
      });
    } catch (error) {
      this.pill.setExpanded(false);
      recordFailure('opening the pill menu', error, 'nothing was inserted');
    }
  }

  private isFresh(): boolean {
    const until = this.check?.verdict.validUntil;
    return until === null || until === undefined ? this.check !== null : Date.now() < Date.parse(until);
  }

  private fetch(key: string): Promise<GuardCheck | null> {
    const request = this.compose.request();
    const recipients = key === '' ? [] : key.split('\n');
    const pending = call('guard/check', request?.at ? { recipients, requestAt: request.at } : { recipients }).then(
      (answer) => {
        if (this.pendingKey !== key) return answer.ok ? answer.value : null; // a newer request took over
        this.pending = null;
        this.pendingKey = null;
        if (!answer.ok) {
          this.pill.showProblem(answer.error.message);
          return null;
        }
        this.store(key, answer.value);
        return answer.value;
      },
    );
    this.pending = pending;
    this.pendingKey = key;
    return pending;
  }

  private store(key: string, check: GuardCheck): void {
    this.check = check;
    this.checkedKey = key;
    this.pill.show(check);
    if (check.verdict.kind === 'outside') preloadPanel();
    clearTimeout(this.expiry);
    const until = check.verdict.validUntil;
    if (until !== null) {
      const wait = Math.min(Math.max(Date.parse(until) - Date.now() + 50, 0), MAX_TIMER_MS);
      this.expiry = setTimeout(() => this.refresh(), wait);
    }
  }
}
