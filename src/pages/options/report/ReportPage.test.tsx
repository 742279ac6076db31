// @vitest-environment happy-dom
import { csvLine } from '../../../core/report-csv.ts';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ClientProfile } from '../../../core/profile.ts';
import type { ClientReportRequest, CsvRowsRequest, ReportCsvRow } from '../../../core/report-types.ts';
import { profile } from '../../../core/testing/profile-fixture.ts';
import { button, mount, settle, text } from '../../popup/testing/dom.ts';
import type { ReportRoute } from './period.ts';
import type { ReportSource } from './report-source.ts';
import { ReportPage } from './ReportPage.tsx';
import { clientReport, exception, overview, row } from './testing/report-fixtures.ts';

const mounted: (() => void)[] = [];
afterEach(() => {
  mounted.splice(0).forEach((unmount) => unmount());
  vi.restoreAllMocks();
});

const acmeProfile: ClientProfile = profile({
  id: 'acme',
  name: 'Acme Corp',
  match: ['acme.com'],
  timeZone: 'America/New_York',
});

const acme = row({
  perWeek: [
    { inside: 3 },
    { inside: 2, sentAnyway: 1, promisesKept: 2, promisesBroken: 1 },
    {},
    { inside: 1, emergency: 1 },
  ],
  drift: { exceptions: 2, windowDays: 14, shifting: true },
});
const globex = row({ profileId: 'globex', name: 'Globex', perWeek: [{ inside: 4 }, {}, {}, {}] });
const gone = row({
  profileId: 'old',
  name: 'Initech',
  deleted: true,
  timeZone: null,
  perWeek: [{ sentLater: 1 }, {}, {}, {}],
});

function source(
  fields: Partial<ReportSource> = {},
): ReportSource & { clientAsks: ClientReportRequest[]; csvAsks: CsvRowsRequest[] } {
  const clientAsks: ClientReportRequest[] = [];
  const csvAsks: CsvRowsRequest[] = [];
  return {
    clientAsks,
    csvAsks,
    overview: async () => ({ ok: true, value: overview([acme, globex, gone]) }),
    client: async (request) => {
      clientAsks.push(request);
      return { ok: true, value: clientReport(acme, [exception()], null) };
    },
    csvRows: async (request) => {
      csvAsks.push(request);
      return { ok: true, value: { lines: '', rows: 0, nextCursor: null, today: '2026-12-03' } };
    },
    ...fields,
  };
}

/** The page with its route kept in state, as App.tsx keeps it. */
function show(
  src: ReportSource,
  initial: ReportRoute = { profileId: null, period: { kind: 'weeks', weeks: 4 } },
  profiles: ClientProfile[] = [acmeProfile],
) {
  function Host() {
    const [route, setRoute] = useState(initial);
    return (
      <ReportPage
        source={src}
        profiles={profiles}
        route={route}
        onRoute={setRoute}
        onBack={() => {}}
        userZone="Europe/Berlin"
        clock="24h"
      />
    );
  }
  const { root, unmount } = mount(<Host />);
  mounted.push(unmount);
  return root;
}

const rowsOf = (table: Element) => [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map(text));

describe('the all-clients report', () => {
  it('one row per client in the worker’s order (worst first), the deleted one marked, the drift warning on its row', async () => {
    const root = show(source());
    await settle();
    const table = root.querySelector('table')!;
    expect(text(table.querySelector('caption'))).toBe('All clients, worst consistency first');
    const rows = rowsOf(table);
    expect([...table.querySelectorAll('tbody th button')].map(text)).toEqual([
      'Acme Corp',
      'Globex',
      'Initech (deleted)',
    ]);
    expect([...table.querySelectorAll('tbody tr')].map((tr) => text(tr.querySelector('.rc-report-drift')))).toEqual([
      "⚠ 2 replies outside Acme Corp's hours in 2 weeks — their expectation is shifting.",
      '',
      '',
    ]);
    // Consistency, replies, inside, later, emergency, anyway, kept, broken, unknown, median.
    expect(rows[0]?.slice(1, 11)).toEqual(['75 %', '8', '6', '0', '1', '1', '2', '1', '0', '—']);
    expect(rows[2]?.slice(1, 5)).toEqual(['100 %', '1', '0', '1']);
    expect(table.querySelector('svg[role=img]')?.getAttribute('aria-label')).toMatch(
      /^Weekly consistency over 4 weeks/,
    );
  });

  it('a client’s name opens its report, with the chart’s text summary, the weekly table and the exceptions', async () => {
    const src = source();
    const root = show(src);
    await settle();
    button(root, 'Acme Corp').click();
    await settle();
    expect(src.clientAsks).toEqual([{ profileId: 'acme', period: { kind: 'weeks', weeks: 4 }, limit: 20 }]);
    expect(text(root.querySelector('figcaption'))).toBe(
      'Of 8 replies to Acme Corp in the last 4 weeks, 6 kept inside their hours (75 %): 6 sent inside hours; 0 sent later; 1 real emergency; 1 red cup sent anyway. Kept 2 of 3 promises.',
    );
    const weeksTable = [...root.querySelectorAll('table')].find(
      (t) => text(t.querySelector('caption')) === 'Acme Corp, week by week',
    )!;
    expect(rowsOf(weeksTable).map((r) => r.slice(0, 7))).toEqual([
      ['2 Nov', '3', '3', '0', '0', '0', '100 %'],
      ['9 Nov', '3', '2', '0', '0', '1', '67 %'],
      ['16 Nov', '0', '0', '0', '0', '0', '—'],
      ['23 Nov', '2', '1', '0', '1', '0', '50 %'],
    ]);
    const item = root.querySelector('ol[aria-label="Exceptions for Acme Corp, newest first"] li')!;
    expect([...item.querySelectorAll('p')].map(text)).toEqual([
      'Red cup, sent anyway',
      'Mon 23 Nov 20:10 EST for Acme Corp · Tue 24 Nov 02:10 GMT+1 your time',
      'Agreed situation: no · Real harm if it waits: no · Emergency to the client: not sure',
      'Red Cup suggested: red cup',
      'Promise kept (deadline Tue 24 Nov 20:10 EST)',
    ]);
    // Never a subject, body or address: the list has none to show.
    expect(text(root)).not.toMatch(/@/);
  });
});

describe('one client', () => {
  it('with nothing recorded: says so, naming where replies come from', async () => {
    const empty = row();
    const root = show(source({ client: async () => ({ ok: true, value: clientReport(empty) }) }), {
      profileId: 'acme',
      period: { kind: 'weeks', weeks: 12 },
    });
    await settle();
    expect(text(root.querySelector('.rc-report-empty'))).toBe(
      'Nothing recorded for Acme Corp yet: replies you send to acme.com appear here.',
    );
    expect(root.querySelector('figure')).toBeNull();
  });

  it('"Show more" asks for the next page with the cursor and adds it under the first', async () => {
    const asks: ClientReportRequest[] = [];
    const src = source({
      client: async (request) => {
        asks.push(request);
        return request.cursor === undefined
          ? { ok: true, value: clientReport(acme, [exception({ eventId: 'e1' })], 'next-1') }
          : { ok: true, value: clientReport(acme, [exception({ eventId: 'e2', kind: 'sent-emergency' })], null) };
      },
    });
    const root = show(src, { profileId: 'acme', period: { kind: 'weeks', weeks: 4 } });
    await settle();
    button(root, 'Show more').click();
    await settle();
    expect(asks.map((a) => a.cursor)).toEqual([undefined, 'next-1']);
    const kinds = [...root.querySelectorAll('.rc-report-exception__kind')].map(text);
    expect(kinds).toEqual(['Red cup, sent anyway', 'Real emergency, sent at once']);
    expect([...root.querySelectorAll('button')].some((b) => text(b) === 'Show more')).toBe(false);
  });

  it('a failed answer is shown, not an empty report', async () => {
    const root = show(
      source({ client: async () => ({ ok: false, error: { message: 'The ledger could not be read.' } }) }),
      { profileId: 'acme', period: { kind: 'weeks', weeks: 4 } },
    );
    await settle();
    expect([...root.querySelectorAll('[role=alert] p')].map(text)).toEqual([
      "This client's report could not be loaded.",
      'The ledger could not be read.',
    ]);
  });
});

describe('the CSV export', () => {
  it('saves every page of the chosen client as red-cup-record-<today>.csv', async () => {
    const saved: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      saved.push(blob as Blob);
      return 'blob:test';
    });
    const csvRow = (client: string): ReportCsvRow => ({
      at: '2026-11-24T01:10:00.000Z',
      clientTime: '2026-11-23 20:10',
      client,
      kind: 'sent-anyway',
      provider: 'gmail',
      agreedSituation: 'no',
      realHarm: 'no',
      emergencyToClient: 'unsure',
      suggestion: 'red-cup',
      requestAt: '',
      promiseDeadline: '',
      promise: 'unknown',
      scheduledFor: '',
    });
    const src = source({
      csvRows: async (request) => ({
        ok: true,
        value:
          request.cursor === undefined
            ? { lines: csvLine(csvRow('Acme Corp')), rows: 1, nextCursor: 'p2', today: '2026-12-03' }
            : { lines: csvLine(csvRow('Acme Corp')), rows: 1, nextCursor: null, today: '2026-12-03' },
      }),
    });
    const root = show(src, { profileId: 'acme', period: { kind: 'weeks', weeks: 4 } });
    await settle();
    let downloaded = '';
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloaded = this.download;
    });
    button(root, 'Download CSV').click();
    await settle();
    await settle();
    expect(downloaded).toBe('red-cup-record-2026-12-03.csv');
    const content = new TextDecoder().decode(await saved[0]!.arrayBuffer());
    expect(content.split('\r\n').filter(Boolean)).toHaveLength(3);
    expect(text(root.querySelector('.rc-report-csv [role=status]'))).toBe(
      'Saved red-cup-record-2026-12-03.csv: 2 decisions from the last 4 weeks.',
    );
  });
});
