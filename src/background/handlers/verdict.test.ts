import { describe, expect, it } from 'vitest';
import { freshDatabase } from '../test-support/db.ts';
import { CONTENT_SENDER, makeDeps, PAGE_SENDER, sampleProfile } from '../test-support/fixtures.ts';
import { getVerdict } from './verdict.ts';

// Tuesday 2026-11-24: 15:00Z is 10:00 in New York (inside 08:00–18:00), 02:00Z is 21:00 the day before.
const tuesdayMorning = new Date('2026-11-24T15:00:00Z');
const mondayEvening = new Date('2026-11-24T02:00:00Z');

describe('verdict/get', () => {
  it('answers inside for a client inside its hours', async () => {
    const deps = makeDeps(freshDatabase(), tuesdayMorning);
    await deps.profiles.put(sampleProfile());
    const answer = await getVerdict({ recipients: ['Jane Doe <jane@acme.com>'] }, PAGE_SENDER, deps);
    expect(answer.ok && answer.value.kind).toBe('inside');
  });

  it('answers outside after hours, with the next window', async () => {
    const deps = makeDeps(freshDatabase(), mondayEvening);
    await deps.profiles.put(sampleProfile());
    const answer = await getVerdict({ recipients: ['jane@acme.com'], requestAt: '2026-11-23T20:00:00.000Z' }, PAGE_SENDER, deps);
    expect(answer.ok).toBe(true);
    if (!answer.ok || answer.value.kind !== 'outside') throw new Error('expected outside');
    expect(answer.value.nextWindow).toBe('2026-11-24T13:00:00.000Z');
  });

  it('answers unguarded when no profile matches and there is no default', async () => {
    const deps = makeDeps(freshDatabase(), mondayEvening);
    await deps.profiles.put(sampleProfile());
    const answer = await getVerdict({ recipients: ['someone@elsewhere.example'] }, PAGE_SENDER, deps);
    expect(answer.ok && answer.value.kind).toBe('unguarded');
  });

  it('uses the "Everyone else" profile from the settings', async () => {
    const deps = makeDeps(freshDatabase(), mondayEvening);
    await deps.profiles.put(sampleProfile());
    await deps.settings.patch({ defaultProfileId: 'acme' });
    const answer = await getVerdict({ recipients: ['someone@elsewhere.example'] }, PAGE_SENDER, deps);
    expect(answer.ok && answer.value.kind).toBe('outside');
  });

  it('refuses a malformed request with its problems', async () => {
    const deps = makeDeps(freshDatabase());
    for (const data of [undefined, { recipients: 'jane@acme.com' }, { recipients: [1] }, { recipients: [], requestAt: 'yesterday' }]) {
      const answer = await getVerdict(data, PAGE_SENDER, deps);
      expect(answer.ok).toBe(false);
      expect(answer.ok ? '' : answer.error.message).toBe('Refused: the verdict request is not well-formed.');
    }
  });

  it('is refused for our content script (it asks guard/check)', async () => {
    const answer = await getVerdict({ recipients: ['jane@acme.com'] }, CONTENT_SENDER, makeDeps(freshDatabase()));
    expect(answer.ok ? '' : answer.error.message).toMatch(/^Refused: "verdict\/get" is only answered for Red Cup's own pages/);
  });

  it('refuses a sender that is not ours', async () => {
    const deps = makeDeps(freshDatabase());
    const answer = await getVerdict({ recipients: [] }, { url: 'https://example.com/' }, deps);
    expect(answer.ok ? '' : answer.error.message).toMatch(/^Refused: /);
  });
});
