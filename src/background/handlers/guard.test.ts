import { describe, expect, it } from 'vitest';
import { freshDatabase } from '../test-support/db.ts';
import { CONTENT_SENDER, makeDeps, PAGE_SENDER, sampleProfile } from '../test-support/fixtures.ts';
import { checkGuard } from './guard.ts';

// Monday 23 November 2026, 21:00 in New York (after Acme's hours); Tuesday 03:00 in Berlin.
const mondayEvening = new Date('2026-11-24T02:00:00Z');
// Tuesday 24 November 2026, 10:00 in New York.
const tuesdayMorning = new Date('2026-11-24T15:00:00Z');

const acme = sampleProfile({ sendLater: { offsetMinutes: 10, randomWithinMinutes: 20, delivery: 'provider' } });
const globex = sampleProfile({
  id: 'globex',
  name: 'Globex',
  match: ['globex.com'],
  timeZone: 'Australia/Sydney',
  emergency: { situations: ['Payment system down'], keywords: [], channel: 'SMS +61 400 000 000' },
});

describe('guard/check', () => {
  it('answers the verdict, the view, the emergency policies and the clock (from a content script)', async () => {
    const deps = { ...makeDeps(freshDatabase(), mondayEvening), random: () => 0.5 };
    await deps.profiles.put(acme);
    const answer = await checkGuard({ recipients: ['Jane Doe <jane@acme.com>'] }, CONTENT_SENDER, deps);
    if (!answer.ok) throw new Error(answer.error.message);
    const { verdict, view, emergency, clock } = answer.value;
    expect(verdict).toMatchObject({ kind: 'outside', nextWindow: '2026-11-24T13:00:00.000Z' });
    expect(view.pill).toBe('Acme · after hours · next window Tue 08:00 EST');
    // 08:00 + 10 minutes + minute 10 of 20; Berlin is six hours ahead.
    expect(view.next).toMatchObject({
      sendAt: '2026-11-24T13:20:00.000Z',
      button: 'Send Tue 08:20',
      inUserZone: '14:20 your time',
    });
    expect(emergency).toEqual([
      { profile: { id: 'acme', name: 'Acme', color: '#cc3333', timeZone: 'America/New_York' }, policy: acme.emergency },
    ]);
    expect(clock).toBe('24h');
  });

  it('words the view on the user’s clock and in the user’s zone', async () => {
    const deps = { ...makeDeps(freshDatabase(), mondayEvening), userZone: () => 'Asia/Kolkata' };
    await deps.profiles.put(acme);
    await deps.settings.patch({ clock: '12h' });
    const answer = await checkGuard({ recipients: ['jane@acme.com'] }, PAGE_SENDER, deps);
    if (!answer.ok) throw new Error(answer.error.message);
    expect(answer.value.clock).toBe('12h');
    expect(answer.value.view.next?.inUserZone).toBe('6:40 PM your time');
  });

  it('gives the policies of every matched client, in the verdict’s order', async () => {
    const deps = makeDeps(freshDatabase(), mondayEvening);
    await deps.profiles.putMany([acme, globex]);
    const answer = await checkGuard({ recipients: ['bruce@globex.com', 'jane@acme.com'] }, CONTENT_SENDER, deps);
    if (!answer.ok) throw new Error(answer.error.message);
    expect(answer.value.emergency.map((e) => [e.profile.id, e.policy.channel])).toEqual([
      ['globex', 'SMS +61 400 000 000'],
      ['acme', 'Call 555-0100'],
    ]);
  });

  it('sees a profile saved after an earlier check (the snapshot is renewed)', async () => {
    const deps = makeDeps(freshDatabase(), tuesdayMorning);
    await deps.profiles.put(acme);
    const before = await checkGuard({ recipients: ['bruce@globex.com'] }, CONTENT_SENDER, deps);
    expect(before.ok && before.value.view.pill).toBe('Not a client · not guarded');
    await deps.profiles.put(globex);
    const after = await checkGuard({ recipients: ['bruce@globex.com'] }, CONTENT_SENDER, deps);
    expect(after.ok && after.value.verdict.kind).toBe('outside');
  });

  it('answers unguarded while paused, and inside during the hours', async () => {
    const deps = makeDeps(freshDatabase(), tuesdayMorning);
    await deps.profiles.put(acme);
    const inside = await checkGuard({ recipients: ['jane@acme.com'] }, CONTENT_SENDER, deps);
    expect(inside.ok && inside.value.view).toMatchObject({
      tone: 'inside',
      pill: 'Acme · inside hours until 18:00 EST',
    });
    expect(inside.ok && inside.value.emergency).toHaveLength(1);

    await deps.settings.patch({ pausedUntil: '2026-11-24T16:00:00.000Z' });
    const paused = await checkGuard({ recipients: ['jane@acme.com'] }, CONTENT_SENDER, deps);
    expect(paused.ok && paused.value.view).toMatchObject({ tone: 'unguarded', pill: 'Paused until 17:00' });
    expect(paused.ok && paused.value.emergency).toEqual([]);
  });

  it('refuses a malformed request, and a sender that is not ours', async () => {
    const deps = makeDeps(freshDatabase());
    const malformed = await checkGuard({ recipients: 'jane@acme.com' }, CONTENT_SENDER, deps);
    expect(malformed.ok ? '' : malformed.error.message).toBe('Refused: the guard check is not well-formed.');
    const stranger = await checkGuard({ recipients: [] }, { url: 'https://example.com/' }, deps);
    expect(stranger.ok ? '' : stranger.error.message).toMatch(/^Refused: /);
  });
  // Moved here from the removed `verdict/get` (issue 14.5: nothing but its tests called it).
  it('answers inside for a client inside its hours', async () => {
    const deps = makeDeps(freshDatabase(), tuesdayMorning);
    await deps.profiles.put(sampleProfile());
    const answer = await checkGuard({ recipients: ['Jane Doe <jane@acme.com>'] }, PAGE_SENDER, deps);
    expect(answer.ok && answer.value.verdict.kind).toBe('inside');
  });

  it('answers unguarded when no profile matches and there is no default', async () => {
    const deps = makeDeps(freshDatabase(), mondayEvening);
    await deps.profiles.put(sampleProfile());
    const answer = await checkGuard({ recipients: ['someone@elsewhere.example'] }, PAGE_SENDER, deps);
    expect(answer.ok && answer.value.verdict.kind).toBe('unguarded');
  });

  it('uses the "Everyone else" profile from the settings', async () => {
    const deps = makeDeps(freshDatabase(), mondayEvening);
    await deps.profiles.put(sampleProfile());
    await deps.settings.patch({ defaultProfileId: 'acme' });
    const answer = await checkGuard({ recipients: ['someone@elsewhere.example'] }, PAGE_SENDER, deps);
    expect(answer.ok && answer.value.verdict.kind).toBe('outside');
  });

  it('refuses a malformed request', async () => {
    const deps = makeDeps(freshDatabase());
    for (const data of [
      undefined,
      { recipients: 'jane@acme.com' },
      { recipients: [1] },
      { recipients: [], requestAt: 'yesterday' },
    ]) {
      const answer = await checkGuard(data, PAGE_SENDER, deps);
      expect(answer.ok ? '' : answer.error.message).toMatch(/^Refused: .*not well-formed/);
    }
  });

  it('refuses a sender that is not ours', async () => {
    const answer = await checkGuard({ recipients: [] }, { url: 'https://example.com/' }, makeDeps(freshDatabase()));
    expect(answer.ok ? '' : answer.error.message).toMatch(/^Refused: /);
  });
});
