/**
 * What the popup knows about the compose in the tab it is about: not a mail tab, a mail tab
 * whose content script does not answer, or the content script's own `tab/compose-state`.
 * Every answer is checked for its message's shape (messaging/tab-answers.ts) before it is read.
 * The browser is reached through a `TabLink`, so this logic is tested with a fake one.
 */
import type { StatementKind } from '../../core/statement-types.ts';
import type { ComposeAction, TabComposeState } from '../../messaging/tab-protocol.ts';
import { refused, type Result } from '../../messaging/result.ts';
import { isTabAnswer } from '../../messaging/tab-answers.ts';
import { isMailUrl } from './popup-tab.ts';

export interface TabLink {
  /** The tab the popup is about (the active one, or the one `?tab=` names); null when there is none. */
  findTab(): Promise<{ id: number; url: string | undefined } | null>;
  /** Asks the tab's top frame for `tab/compose-state`; rejects when nothing answers. */
  composeState(tabId: number): Promise<unknown>;
  /** Asks the tab's top frame for `tab/compose-act`; rejects when nothing answers. */
  act(tabId: number, composeId: string, action: ComposeAction): Promise<unknown>;
  /** Asks the tab's top frame for `tab/compose-insert` (issue 15); rejects when nothing answers. */
  insert(tabId: number, composeId: string, kind: StatementKind, profileId: string | undefined): Promise<unknown>;
}

export type ComposeSource =
  | { kind: 'not-mail' }
  /** A mail tab without a content script that answers: opened before Red Cup was installed or updated. */
  | { kind: 'unreachable'; tabId: number }
  | { kind: 'state'; tabId: number; state: TabComposeState };

export async function readComposeSource(link: TabLink): Promise<ComposeSource> {
  const tab = await link.findTab().catch(() => null);
  if (tab === null || !isMailUrl(tab.url)) return { kind: 'not-mail' };
  try {
    const answer = await link.composeState(tab.id);
    // An answer we cannot read comes from a content script of another version: a reload fixes both.
    return isTabAnswer('tab/compose-state', answer) && answer.ok
      ? { kind: 'state', tabId: tab.id, state: answer.value }
      : { kind: 'unreachable', tabId: tab.id };
  } catch {
    return { kind: 'unreachable', tabId: tab.id };
  }
}

/** Runs a guard action in the tab; a silent or unreadable tab becomes an ordinary failure. */
export function runComposeAction(
  link: TabLink,
  tabId: number,
  composeId: string,
  action: ComposeAction,
): Promise<Result<{ message: string }>> {
  return tabAnswer('tab/compose-act', () => link.act(tabId, composeId, action));
}

/** Inserts the statement into the tab's compose (issue 15); failures as for runComposeAction. */
export function runComposeInsert(
  link: TabLink,
  tabId: number,
  composeId: string,
  kind: StatementKind,
  profileId: string | undefined,
): Promise<Result<{ message: string }>> {
  return tabAnswer('tab/compose-insert', () => link.insert(tabId, composeId, kind, profileId));
}

/** The tab's answer to `name`, checked for its shape (tab-answers.ts), never cast. */
async function tabAnswer(
  name: 'tab/compose-act' | 'tab/compose-insert',
  ask: () => Promise<unknown>,
): Promise<Result<{ message: string }>> {
  try {
    const answer = await ask();
    if (isTabAnswer(name, answer)) return answer;
    return refused('The mail tab gave an answer Red Cup does not understand. Reload the tab and try again.');
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    return refused(`The mail tab did not answer (${why}). Reload the tab and try again.`);
  }
}
