/**
 * The words a queue entry stores about itself (its `problem`, and the reason in its ledger
 * event): short and free of what the mail says. A delivery's reason comes from a provider's
 * page and may quote anything it saw (a reply to 45 people quoted all 45); stored as it came,
 * it once made an entry fail validation on every read, so it was never retried, cancelled or
 * opened again (issue 13 A1). Pure.
 */
import type { QueueEntry } from './queue-types.ts';

/** A reason the user reads in one glance; far below the schema's limit, so it can never break a record. */
export const MAX_REASON_LENGTH = 300;

/** The stored schema's limit for the entry's `problem`; an older, longer one is shortened when read. */
export const MAX_PROBLEM_LENGTH = 2_000;

const ADDRESS = /[^\s<>()[\]{},;:"'`]+@[^\s<>()[\]{},;:"'`]+\.[^\s<>()[\]{},;:"'`]+/g;

/** What must not appear in a stored reason: the entry's subject and recipients (names too), not just anything shaped like an address. */
export type ReasonContext = Pick<QueueEntry, 'subject' | 'recipients'> & {
  reply?: Pick<NonNullable<QueueEntry['reply']>, 'to' | 'cc' | 'bcc'>;
};

function escape(text: string): RegExp {
  return new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi');
}

/** Display names of `Jane Doe <jane@acme.com>`: long enough to be a name, not a common word. */
function displayNames(context: ReasonContext): string[] {
  const all = [...(context.reply?.to ?? []), ...(context.reply?.cc ?? []), ...(context.reply?.bcc ?? [])];
  return all.flatMap((r) => {
    const name = r
      .replace(/<[^>]*>/g, '')
      .replace(/["']/g, '')
      .trim();
    return name.length >= 4 && !name.includes('@') ? [name] : [];
  });
}

/** Cuts `text` to `max` characters on a word boundary when one is near, ending with "…". */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.7 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * A reason as it is stored: the entry's subject, its recipients' addresses and names, and any
 * other address replaced by words, whitespace collapsed, at most MAX_REASON_LENGTH characters.
 */
export function storedReason(reason: string, context: ReasonContext): string {
  let text = reason;
  const subject = context.subject.trim();
  if (subject.length >= 3) text = text.replace(escape(subject), 'the subject');
  for (const name of displayNames(context)) text = text.replace(escape(name), 'a recipient');
  text = text.replace(ADDRESS, 'an address');
  text = text.replace(/\s+/g, ' ').trim();
  // "an address, an address, an address" from a quoted list says nothing more than once.
  text = text.replace(/\b(an address|a recipient)(?:\s*,\s*(?:an address|a recipient))+/g, 'several addresses');
  return shorten(text === '' ? 'no reason was given' : text, MAX_REASON_LENGTH);
}
