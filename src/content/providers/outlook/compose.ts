/** One Outlook compose (new message or reply), read through selectors.ts only. */
import type { ComposeAdapter, ComposeKind, RequestMessage } from '../adapter.ts';
import { scheduleSend } from './schedule.ts';
import {
  ACCOUNT_ADDRESS,
  CHIP,
  CHIP_ADDRESS_HOLDERS,
  MESSAGE_SENDER,
  MESSAGE_TEXT,
  MESSAGE_TIME,
  RECIPIENT_FIELDS,
  SEND_BUTTON,
  SPLIT_BUTTON,
  SUBJECT,
  THREAD_MESSAGE,
} from './selectors.ts';

const ADDRESS_IN = /[^\s<>"',;:()]+@[^\s<>"',;:()]+\.[^\s<>"',;:()]+/;

/** A chip's address: a title or label holding one, else the chip's own text. */
function chipAddress(chip: Element): string | null {
  for (const holder of [chip, ...chip.querySelectorAll(CHIP_ADDRESS_HOLDERS)]) {
    for (const value of [holder.getAttribute('title'), holder.getAttribute('aria-label')]) {
      const found = value ? ADDRESS_IN.exec(value) : null;
      if (found) return found[0];
    }
  }
  return ADDRESS_IN.exec(chip.textContent ?? '')?.[0] ?? null;
}

/** Text typed into a field that is not a chip yet: Outlook resolves it on Enter, ; , or blur. */
function pendingText(field: Element): string[] {
  let text = '';
  const walker = field.ownerDocument.createTreeWalker(field, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement?.closest(CHIP)) text += `${node.textContent ?? ''} `;
  }
  return text
    .split(/[;,]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

export function accountAddress(doc: Document): string | null {
  const el = doc.querySelector(ACCOUNT_ADDRESS);
  const found = el ? ADDRESS_IN.exec(`${el.textContent ?? ''} ${el.getAttribute('title') ?? ''}`) : null;
  return found ? found[0].toLowerCase() : null;
}

/** `Mon 11/23/2026 9:41 PM` → ISO, in the device's zone (as Outlook shows it); null when unreadable. */
function messageTime(message: Element): string | null {
  const title = message.querySelector(MESSAGE_TIME)?.getAttribute('title') ?? '';
  const ms = Date.parse(title.replace(/^[A-Za-zäöüÄÖÜ]{2,4}\.?\s+/, ''));
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

export class OutlookCompose implements ComposeAdapter {
  constructor(
    readonly root: HTMLElement,
    readonly kind: ComposeKind,
  ) {}

  isOpen(): boolean {
    return this.root.isConnected;
  }

  recipients(): string[] {
    const out: string[] = [];
    for (const field of this.root.querySelectorAll(RECIPIENT_FIELDS)) {
      for (const chip of field.querySelectorAll(CHIP)) {
        const address = chipAddress(chip);
        if (address) out.push(address);
      }
      out.push(...pendingText(field));
    }
    return out;
  }

  subject(): string {
    return this.root.querySelector<HTMLInputElement>(SUBJECT)?.value ?? '';
  }

  /** The last message of the open conversation not from the user — for a reply only. */
  request(): RequestMessage | null {
    if (this.kind !== 'inline') return null;
    const pane = this.root.parentElement;
    if (!pane) return null;
    const me = accountAddress(this.root.ownerDocument);
    const messages = [...pane.querySelectorAll(THREAD_MESSAGE)].filter((m) => !this.root.contains(m));
    for (const message of messages.reverse()) {
      const from = ADDRESS_IN.exec(message.querySelector(MESSAGE_SENDER)?.getAttribute('title') ?? '')?.[0]?.toLowerCase();
      if (!from || from === me) continue;
      const text = (message.querySelector(MESSAGE_TEXT) ?? message).textContent?.trim() ?? '';
      return { from, text, at: messageTime(message) };
    }
    return null;
  }

  sendControl(): HTMLElement | null {
    return this.root.querySelector<HTMLElement>(SEND_BUTTON);
  }

  pillAnchor(): HTMLElement | null {
    return this.root.querySelector<HTMLElement>(SPLIT_BUTTON)?.parentElement ?? null;
  }

  scheduleSend(at: string): Promise<{ ok: true } | { ok: false; reason: string }> {
    return scheduleSend(this.root, at);
  }
}
