import { describe, expect, it } from 'vitest';
import { emptyTally } from '../../core/report-tally.ts';
import { freshDatabase } from '../test-support/db.ts';
import { ledgerStore } from './ledger-store.ts';
import { packLines } from './csv-days.ts';
import { dayKey, type StoredDay } from './report-days.ts';

const ZONE = 'Europe/Berlin';
const start = Date.parse('2026-11-22T23:00:00.000Z'); // Monday 23 November, Berlin
const end = start + 86_400_000;

function day(replies: number): StoredDay {
  const tally = emptyTally();
  tally.counts.replies = replies;
  tally.counts.inside = replies;
  tally.waits = [start + 1_000, start + 2_000];
  return { zone: ZONE, start, end, clients: new Map([['acme', tally]]), invalid: [] };
}

describe('the report’s stored day tallies', () => {
  it('reads back what was stored, for its zone only', async () => {
    const store = ledgerStore(freshDatabase());
    const { epoch } = await store.read(ZONE, start, end);
    expect(await store.write([day(3)], epoch)).toBe(true);
    expect((await store.read(ZONE, start, end)).days.get(start)).toEqual(day(3));
    expect((await store.read('Europe/London', start, end)).days.size).toBe(0);
  });

  it('reads a damaged tally, or one of an older version, as missing (it is counted again), never as numbers', async () => {
    const database = freshDatabase();
    const store = ledgerStore(database);
    const db = await database();
    const key = dayKey(start, ZONE);
    for (const raw of [
      { v: 0, zone: ZONE, start, end, clients: [], invalid: [] },
      { v: 1, zone: ZONE, start, end, clients: [['acme', [1, 2], []]], invalid: [] },
      { v: 1, zone: ZONE, start, end, clients: [['acme', [1, 1, 0, 0, 0, 0, 0, 0, 0, 1], [start]]], invalid: [] },
      'junk',
    ]) {
      await db.put('report-days', raw, key);
      expect((await store.read(ZONE, start, end)).days.size).toBe(0);
    }
  });

  it('forgets a day’s tally in the same commit as a write into that day', async () => {
    const store = ledgerStore(freshDatabase());
    await store.write([day(3)], (await store.read(ZONE, start, end)).epoch);
    await store.put({
      id: 'late',
      kind: 'sent-inside',
      profileIds: ['acme'],
      at: new Date(start + 3_600_000).toISOString(),
      requestAt: null,
      triage: null,
      provider: 'gmail',
      scheduledFor: null,
      recordedAt: new Date().toISOString(),
    });
    expect((await store.read(ZONE, start, end)).days.size).toBe(0);
  });
});

describe('the CSV export’s stored days', () => {
  const lines = ['a,1\r\n', '"b, c",2\r\n', 'd,3\r\n'];
  const csvDay = () => ({
    zone: ZONE,
    start,
    end,
    ...packLines(lines, ['acme', 'globex', 'acme']),
    fingerprints: { acme: 'stored\u0000America/New_York\u0000Acme', globex: 'stored\u0000Europe/London\u0000Globex' },
    invalid: [],
  });

  it('packs a day’s lines and reads them back as stored', async () => {
    const store = ledgerStore(freshDatabase());
    const day = csvDay();
    expect([day.text, [...day.ends], day.ids, [...day.who]]).toEqual([
      lines.join(''),
      [5, 15, 20],
      ['acme', 'globex'],
      [0, 1, 0],
    ]);
    expect(await store.writeCsvDays([day], (await store.readCsvDays(ZONE, start, end)).epoch)).toBe(true);
    expect((await store.readCsvDays(ZONE, start, end)).days.get(start)).toEqual(day);
    expect([...(await store.storedCsvDays(ZONE, start, end)).starts]).toEqual([start]);
  });

  it('reads a day whose offsets or clients do not add up as missing', async () => {
    const database = freshDatabase();
    const store = ledgerStore(database);
    const db = await database();
    for (const broken of [
      { ...csvDay(), ends: new Uint32Array([5, 15, 99]) },
      { ...csvDay(), who: new Uint16Array([0, 7, 0]) },
      { ...csvDay(), ends: [5, 15, 20] },
    ]) {
      await db.put('csv-days', { ...broken, v: 2 }, dayKey(start, ZONE));
      expect((await store.readCsvDays(ZONE, start, end)).days.size).toBe(0);
    }
  });
});
