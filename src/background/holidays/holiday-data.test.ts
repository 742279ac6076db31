import { describe, expect, it } from 'vitest';
import { checkGuard } from '../handlers/guard.ts';
import { freshDatabase } from '../test-support/db.ts';
import { CONTENT_SENDER, makeDeps, sampleProfile } from '../test-support/fixtures.ts';
import { holidayData, holidayDataParsed } from './holiday-data.ts';

// One file of its own: the module's state (parsed or not) must not be shared with other tests.
describe('the holiday data is parsed on first need only (worker cold start, issue 15.3)', () => {
  it('stays unparsed while no profile has a holiday choice, and is parsed for the first one', async () => {
    const deps = makeDeps(freshDatabase(), new Date('2026-11-26T15:00:00Z'));
    await deps.profiles.put(sampleProfile());
    expect((await checkGuard({ recipients: ['jane@acme.com'] }, CONTENT_SENDER, deps)).ok).toBe(true);
    expect(holidayDataParsed()).toBe(false);

    await deps.profiles.put(sampleProfile({ holidays: { country: 'US', region: 'NY', workAnyway: [] } }));
    const answer = await checkGuard({ recipients: ['jane@acme.com'] }, CONTENT_SENDER, deps);
    expect(answer.ok && answer.value.verdict.kind).toBe('outside');
    expect(holidayDataParsed()).toBe(true);
  });

  it('is the library data, once', () => {
    expect(holidayData()).toBe(holidayData());
    expect(holidayData()).toHaveProperty('license', 'CC-BY-SA-3');
  });
});
