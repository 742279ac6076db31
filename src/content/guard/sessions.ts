/**
 * Finds compose windows with the page's one MutationObserver (DESIGN §4), batched to one scan
 * per animation frame however many nodes the provider inserts, and keeps a session per compose.
 */
import type { ProviderAdapter } from '../providers/adapter.ts';
import { ComposeSession } from './session.ts';

/** Background tabs get no animation frames; a timer makes sure a scan still happens. */
const FALLBACK_SCAN_MS = 200;

export class ComposeSessions {
  private readonly byRoot = new Map<HTMLElement, ComposeSession>();
  private scheduled = false;
  private observer: MutationObserver | null = null;

  constructor(
    private readonly adapter: ProviderAdapter,
    private readonly onError: (where: string, error: unknown) => void,
  ) {}

  start(): void {
    this.observer = new MutationObserver(() => this.schedule());
    this.observer.observe(document, { childList: true, subtree: true });
    // Half-typed recipients change no structure: typing and leaving a field re-read them too.
    for (const type of ['input', 'focusout', 'keyup'] as const)
      window.addEventListener(type, () => this.schedule(), true);
    this.schedule();
  }

  all(): ComposeSession[] {
    return [...this.byRoot.values()];
  }

  /** The session of the compose an element is in (scanning first, so a brand-new compose counts). */
  sessionOf(el: Element): ComposeSession | null {
    const root = this.adapter.composeRootOf(el);
    if (!root) return null;
    let session = this.byRoot.get(root);
    if (!session) {
      this.scan();
      session = this.byRoot.get(root);
    }
    return session ?? null;
  }

  byId(id: string): ComposeSession | null {
    return this.all().find((s) => s.id === id) ?? null;
  }

  /** Runs one scan soon: on the next animation frame, or after a short timer in a hidden tab. */
  schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    let done = false;
    const run = () => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      this.scheduled = false;
      this.scan();
    };
    const timer = setTimeout(run, FALLBACK_SCAN_MS);
    requestAnimationFrame(run);
  }

  scan(): void {
    try {
      const roots = new Set(this.adapter.findComposeRoots(document));
      for (const [root, session] of this.byRoot) {
        if (!roots.has(root) || !session.compose.isOpen()) {
          session.dispose();
          this.byRoot.delete(root);
        }
      }
      for (const root of roots) {
        let session = this.byRoot.get(root);
        if (!session) {
          session = new ComposeSession(this.adapter.compose(root));
          this.byRoot.set(root, session);
        }
        session.refresh();
      }
    } catch (error) {
      this.onError('finding compose windows', error);
    }
  }
}
