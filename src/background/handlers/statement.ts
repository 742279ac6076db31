/**
 * `statement/for-compose` (issue 15): "Insert my boundaries" / "Insert signature line" in a
 * compose. The text is made here, not in the content script: it needs luxon (zone names, time
 * off), which stays out of the mail page's start-up. Tone, language and clock are chosen as the
 * options page's preview chooses them (the preview's first tone, the browser's language, the
 * user's clock), so the compose inserts what the preview shows first.
 */
import { composeClients } from '../../core/compose-clients.ts';
import { profileRef } from '../../core/profile.ts';
import { statementResult } from '../../core/statement.ts';
import { DEFAULT_TONE, defaultLanguage } from '../../core/statement-language.ts';
import { ok, refused } from '../../messaging/result.ts';
import { defineHandler } from './define.ts';

/**
 * Answers only for a client among the recipients (the matcher's, or "Everyone else" for the
 * others): a mail page that found a way to talk through the content script learns nothing about
 * a client it does not already write to. A pause does not matter: it switches the guard off,
 * not what the user tells a client.
 */
export const statementForCompose = defineHandler('statement/for-compose', {
  failure: 'Could not write the statement',
  run: async ({ recipients, kind, profileId }, { profiles, settings, now, browserLanguage }) => {
    const [stored, read] = await Promise.all([profiles.snapshot(), settings.get()]);
    // With their public holidays as time off: the statement names those of the next 30 days.
    const snapshot = stored.effective(now());
    const clients = composeClients(recipients, snapshot.profiles, read.settings, snapshot.matcher);
    if (clients.length === 0) {
      return refused('No client is among the recipients: add a client’s address first.');
    }
    const client =
      profileId === undefined
        ? clients.length === 1
          ? clients[0]
          : undefined
        : clients.find((c) => c.id === profileId);
    if (client === undefined) {
      if (profileId !== undefined) return refused('That client is not among the recipients of this compose.');
      return ok({ kind: 'choose' as const, clients: clients.map(profileRef) });
    }
    const language = defaultLanguage(browserLanguage());
    const made = statementResult(client, {
      kind,
      tone: DEFAULT_TONE,
      language,
      clock: read.settings.clock,
      now: now(),
    });
    // The user's own wording, misspelt or empty for this client: said in the words the editor uses.
    if (!made.ok) return refused(`The statement for ${client.name} cannot be written: ${made.problem.message}`);
    const text = made.text;
    if (text.trim() === '')
      return refused(`The profile of ${client.name} gives no statement yet: check its hours and promise.`);
    return ok({ kind: 'text' as const, text, client: profileRef(client), language });
  },
});
