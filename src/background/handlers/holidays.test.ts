import { describe, expect, it } from 'vitest';
import { freshDatabase } from '../test-support/db.ts';
import { CONTENT_SENDER, makeDeps, PAGE_SENDER, sampleProfile } from '../test-support/fixtures.ts';
import { checkGuard } from './guard.ts';
import { holidayPlaces, listHolidays } from './holidays.ts';
import { recordLedgerEvent } from './ledger.ts';
import { saveProfile } from './profiles.ts';
import { exportProfilesFile, importProfilesFile } from './profiles-file.ts';
import { getProfilesStatus } from './status.ts';

const deps = (now = new Date('2026-11-26T15:00:00Z')) => makeDeps(freshDatabase(), now);
const usNy = sampleProfile({ holidays: { country: 'US', region: 'NY', workAnyway: [] } });

describe('holidays/places', () => {
  it('answers every country, and the regions of the one asked about', async () => {
    const answer = await holidayPlaces({ country: 'DE' }, PAGE_SENDER, deps());
    if (!answer.ok) throw new Error(answer.error.message);
    expect(answer.value.countries).toContainEqual({ code: 'US', name: 'United States of America' });
    expect(answer.value.regions).toContainEqual({ code: 'BY', name: 'Bayern' });
    const none = await holidayPlaces(undefined, PAGE_SENDER, deps());
    expect(none.ok && none.value.regions).toEqual([]);
  });

  it('refuses a malformed request, naming what is wrong', async () => {
    const answer = await holidayPlaces({ country: 42 }, PAGE_SENDER, deps());
    expect(answer.ok ? '' : answer.error.message).toBe('Refused: the holiday places request is not well-formed.');
  });

  it('is refused for our content script', async () => {
    const answer = await holidayPlaces({}, CONTENT_SENDER, deps());
    expect(answer.ok ? '' : answer.error.message).toMatch(/^Refused: "holidays\/places" is only answered/);
  });
});

describe('holidays/list', () => {
  it('lists the public holidays of the 12 months from the given day', async () => {
    const answer = await listHolidays({ country: 'GB', region: 'ENG', from: '2026-12-04' }, PAGE_SENDER, deps());
    if (!answer.ok) throw new Error(answer.error.message);
    expect(answer.value[0]).toEqual({ date: '2026-12-25', name: 'Christmas Day' });
    expect(answer.value).toContainEqual({ date: '2026-12-28', name: 'Boxing Day (substitute day)' });
    expect(answer.value.every((h) => h.date >= '2026-12-04' && h.date <= '2027-12-03')).toBe(true);
    expect(answer.value.at(-1)?.date).toBe('2027-08-30'); // the summer bank holiday; Christmas 2027 is past the year
  });

  it('refuses an unknown region by name', async () => {
    const answer = await listHolidays({ country: 'US', region: 'XY', from: '2026-12-04' }, PAGE_SENDER, deps());
    expect(answer.ok ? '' : answer.error.message).toMatch(/^Public holidays: .*\(US\) has no region "XY"/);
  });

  it('refuses a day that is not a date', async () => {
    const answer = await listHolidays({ country: 'US', from: '2026-02-30' }, PAGE_SENDER, deps());
    expect(answer.ok).toBe(false);
  });

  it('is refused for our content script', async () => {
    const answer = await listHolidays({ country: 'US', from: '2026-12-04' }, CONTENT_SENDER, deps());
    expect(answer.ok).toBe(false);
  });
});

describe('a saved holiday choice, through the worker (issue 15.3)', () => {
  it('refuses to save an unknown country or region, naming it', async () => {
    const d = deps();
    const country = await saveProfile({ ...usNy, holidays: { country: 'XX', workAnyway: [] } }, PAGE_SENDER, d);
    expect(country.ok ? [] : country.error.problems).toEqual([
      expect.objectContaining({ path: 'holidays.country', message: expect.stringContaining('unknown country "XX"') }),
    ]);
    const region = await saveProfile(
      { ...usNy, holidays: { country: 'DE', region: 'XY', workAnyway: [] } },
      PAGE_SENDER,
      d,
    );
    expect(region.ok ? [] : region.error.problems).toEqual([
      expect.objectContaining({ path: 'holidays.region', message: expect.stringContaining('has no region "XY"') }),
    ]);
    expect((await d.profiles.list()).profiles).toEqual([]);
  });

  it('guard/check holds a Send on Thanksgiving, and the panel names it', async () => {
    const d = deps(); // Thursday 26 November 2026, 10:00 in New York
    expect((await saveProfile(usNy, PAGE_SENDER, d)).ok).toBe(true);
    const answer = await checkGuard({ recipients: ['jane@acme.com'] }, CONTENT_SENDER, d);
    if (!answer.ok) throw new Error(answer.error.message);
    expect(answer.value.verdict).toMatchObject({ kind: 'outside', nextWindow: '2026-11-27T13:00:00.000Z' });
    expect(answer.value.view.pill).toBe('Acme · time off · next window Fri 08:00 EST');
    expect(answer.value.view.rules.join(' ')).toContain('Thanksgiving Day');
  });

  it('the popup status says closed on the holiday', async () => {
    const d = deps();
    await saveProfile(usNy, PAGE_SENDER, d);
    const answer = await getProfilesStatus(undefined, PAGE_SENDER, d);
    expect(answer.ok && answer.value[0]).toMatchObject({ inside: false, reason: 'time-off' });
  });

  it('a promise recorded the day before skips the holiday', async () => {
    const d = deps(new Date('2026-11-25T16:00:00Z'));
    await saveProfile({ ...usNy, promise: { regular: { kind: 'same-business-day' } } }, PAGE_SENDER, d);
    await recordLedgerEvent(
      {
        id: 'e1',
        kind: 'sent-emergency',
        profileIds: ['acme'],
        at: '2026-11-25T23:40:00.000Z',
        requestAt: '2026-11-25T23:30:00.000Z', // 18:30 Wednesday, after hours: due by the end of Friday
        triage: {
          answers: { agreedSituation: 'yes', realHarm: 'yes', emergencyToClient: 'yes' },
          suggestion: 'real-emergency',
        },
        provider: 'gmail',
        scheduledFor: null,
      },
      PAGE_SENDER,
      d,
    );
    const { events } = await d.ledger.list();
    expect(events[0]?.promises?.[0]?.deadline).toBe('2026-11-27T23:00:00.000Z');
  });

  it('export carries the choice and import refuses an unknown region by name', async () => {
    const d = deps();
    await saveProfile(usNy, PAGE_SENDER, d);
    const exported = await exportProfilesFile(undefined, PAGE_SENDER, d);
    if (!exported.ok) throw new Error(exported.error.message);
    expect(exported.value.json).toContain('"holidays"');
    const bad = exported.value.json.replace('"region": "NY"', '"region": "ZZ"');
    const answer = await importProfilesFile({ text: bad, apply: true }, PAGE_SENDER, deps());
    expect(answer.ok ? [] : answer.error.problems?.map((p) => p.message)).toEqual([
      expect.stringMatching(/^Profile 1 \(Acme\), public holidays: .*\(US\) has no region "ZZ"/),
    ]);
  });
});
