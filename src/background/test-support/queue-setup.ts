/** A queue test world: one database with the Acme profile, fake mail tabs and signals, a clock to move. */
import type { EnqueueRequest } from '../../core/queue-types.ts';
import type { DeliveryReport } from '../../messaging/tab-protocol.ts';
import { enqueue } from '../handlers/queue-local.ts';
import type { HandlerDeps } from '../handlers/deps.ts';
import type { DatabaseProvider } from '../storage/connection.ts';
import { freshDatabase } from './db.ts';
import { CONTENT_SENDER, makeDeps, sampleProfile } from './fixtures.ts';
import { FakeMail, FakeSignals, type FakePage } from './queue-fakes.ts';

export const GMAIL_ACCOUNT = 'https://mail.google.com/mail/u/0/';

export function enqueueRequest(id: string, dueAt: string): EnqueueRequest {
  return {
    id,
    provider: 'gmail',
    profileIds: ['acme'],
    recipients: ['Jane <jane@acme.com>'],
    subject: 'Re: the launch',
    dueAt,
    account: GMAIL_ACCOUNT,
    reply: {
      to: ['Jane <jane@acme.com>'],
      cc: [],
      bcc: [],
      html: '<p>All set.</p>',
      thread: { id: 't-1', url: `${GMAIL_ACCOUNT}#inbox/t-1` },
    },
    why: { kind: 'chosen' },
  };
}

export function gmailPage(
  deliver: FakePage['deliver'] = () => sent(),
  findSent: FakePage['findSent'] = () => 'no',
): FakePage {
  return { provider: 'gmail', account: GMAIL_ACCOUNT, deliver, findSent };
}

export function sent(at = '2026-11-24T15:00:05.000Z'): DeliveryReport {
  return { outcome: 'sent', sentAt: at };
}

export interface QueueWorld {
  database: DatabaseProvider;
  mail: FakeMail;
  signals: FakeSignals;
  /** Handler deps at this instant (a fresh engine, like a worker woken at that time). */
  at(now: string): HandlerDeps;
  /** Enqueues through the handler as the content script would, at `now`. */
  add(id: string, dueAt: string, now: string): Promise<void>;
}

export async function queueWorld(pages: FakePage[]): Promise<QueueWorld> {
  const database = freshDatabase();
  const mail = new FakeMail(pages);
  const signals = new FakeSignals();
  const at = (now: string) => makeDeps(database, new Date(now), mail, signals);
  await at('2026-11-24T00:00:00Z').profiles.put(sampleProfile());
  return {
    database,
    mail,
    signals,
    at,
    async add(id, dueAt, now) {
      const answer = await enqueue(enqueueRequest(id, dueAt), CONTENT_SENDER, at(now));
      if (!answer.ok) throw new Error(answer.error.message);
    },
  };
}

/** The ledger kinds recorded for one entry, in order. */
export async function kindsFor(deps: HandlerDeps, entryId: string): Promise<string[]> {
  const { events } = await deps.ledger.list();
  return events.filter((e) => e.queue?.entryId === entryId).map((e) => e.kind);
}
