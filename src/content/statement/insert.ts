/**
 * "Insert my boundaries" / "Insert signature line" in one compose (issue 15), for the pill's
 * menu and the popup alike: the worker writes the text (statement/for-compose), the body
 * editor the adapter names takes it as typed text (dom/insert-text.ts). Loaded on first use,
 * with the menu or by the popup's action: it is not part of the content script's start-up.
 */
import type { ProfileRef } from '../../core/profile.ts';
import type { StatementKind } from '../../core/statement-types.ts';
import { call } from '../../messaging/call.ts';
import { insertPlainText, textToInsert } from '../dom/insert-text.ts';
import type { ComposeAdapter } from '../providers/adapter.ts';

export type InsertOutcome =
  | { kind: 'inserted'; message: string }
  | { kind: 'choose'; clients: ProfileRef[] }
  | { kind: 'failed'; message: string };

export interface InsertRequest {
  compose: ComposeAdapter;
  kind: StatementKind;
  /** The client chosen among several; none when the compose has one (the worker says when it has more). */
  profileId?: string;
  /** The caret the user had in the body before the menu or the popup took the focus. */
  caret: Range | null;
}

const DONE: Record<StatementKind, (client: string) => string> = {
  paragraph: (client) => `Your boundaries for ${client} are in the message.`,
  signature: (client) => `Your signature line for ${client} is in the message.`,
};

export async function insertStatement({ compose, kind, profileId, caret }: InsertRequest): Promise<InsertOutcome> {
  const recipients = compose.recipients();
  const answer = await call(
    'statement/for-compose',
    profileId === undefined ? { recipients, kind } : { recipients, kind, profileId },
  );
  if (!answer.ok) return { kind: 'failed', message: answer.error.message };
  if (answer.value.kind === 'choose') return { kind: 'choose', clients: answer.value.clients };
  const editor = compose.bodyEditor();
  if (!editor || !compose.isOpen()) {
    return { kind: 'failed', message: 'Red Cup could not find the body of this compose: nothing was inserted.' };
  }
  insertPlainText(editor, textToInsert(answer.value.text), caret);
  return { kind: 'inserted', message: DONE[kind](answer.value.client.name) };
}
