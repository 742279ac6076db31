/** `verdict/get`: is sending to these recipients inside every matched client's boundary now? */
import { verdict } from '../../core/verdict.ts';
import { defineHandler, PAGES_ONLY } from './define.ts';
import { parseRequest, VerdictRequestSchema } from './requests.ts';
import { ok } from './result.ts';

/**
 * Uses the valid stored profiles and the settings as they can be read: damaged settings fall
 * back to the defaults, so a broken record never switches the guard off. Damaged profiles are
 * reported by `profiles/list`, not here — a compose window cannot fix them.
 */
export const getVerdict = defineHandler({
  name: 'verdict/get',
  allow: PAGES_ONLY,
  failure: 'Could not check the boundary',
  run: async (data, { profiles, settings, now }) => {
    const request = parseRequest(VerdictRequestSchema, data, 'the verdict request');
    if (!request.ok) return request.refusal;
    // The snapshot's matcher is built once per change of the profiles, not per verdict.
    const [snapshot, read] = await Promise.all([profiles.snapshot(), settings.get()]);
    const { recipients, requestAt } = request.value;
    const at = now();
    return ok(verdict(recipients, snapshot.profiles, read.settings, at, requestAt === undefined ? undefined : new Date(requestAt), snapshot.matcher));
  },
});
