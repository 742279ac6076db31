/**
 * `guard/check`: the compose guard's one question — the verdict for these recipients now, with
 * everything the pill and the panel show, worded and formatted here so the content script
 * stays small (no luxon at start-up).
 */
import { guardView } from '../../core/guard-view.ts';
import { verdict } from '../../core/verdict.ts';
import { driftNotices } from '../report/build.ts';
import { defineHandler } from './define.ts';
import { ok } from '../../messaging/result.ts';

/**
 * Runs on every recipient change of every compose, so it uses the profiles snapshot and its
 * matcher (built once per change of the profiles, not per call), and the snapshot's effective
 * profiles (public holidays as time off, expanded once per snapshot and year range). Damaged settings fall back to
 * the defaults: a broken record never switches the guard off. Damaged profiles are reported by
 * `profiles/list`, not here — a compose window cannot fix them.
 */
export const checkGuard = defineHandler('guard/check', {
  failure: 'Could not check the boundary',
  run: async (request, { profiles, settings, ledger, now, userZone, random }) => {
    const [stored, read] = await Promise.all([profiles.snapshot(), settings.get()]);
    const { recipients, requestAt } = request;
    const at = now();
    // With their public holidays as time off: expanded once per snapshot and year, not here.
    const snapshot = stored.effective(at);
    const answer = verdict(
      recipients,
      snapshot.profiles,
      read.settings,
      at,
      requestAt === undefined ? undefined : new Date(requestAt),
      snapshot.matcher,
    );
    const byId = new Map(snapshot.profiles.map((p) => [p.id, p]));
    const emergency =
      answer.kind === 'unguarded'
        ? []
        : answer.profiles.flatMap((profile) => {
            const stored = byId.get(profile.id);
            return stored === undefined ? [] : [{ profile, policy: stored.emergency }];
          });
    const local =
      answer.kind !== 'unguarded' && answer.profiles.some((p) => byId.get(p.id)?.sendLater.delivery === 'local');
    // Only before a possible exception (outside): a count on the exceptions index per client.
    const drift = answer.kind === 'outside' ? await driftNotices(ledger, answer.profiles, at) : [];
    return ok({
      verdict: answer,
      view: guardView(answer, snapshot.profiles, read.settings, at, userZone(), random),
      emergency,
      clock: read.settings.clock,
      delivery: local ? 'local' : 'provider',
      drift,
    });
  },
});
