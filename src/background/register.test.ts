import { describe, expect, it } from 'vitest';
import type { ProtocolMap } from '../messaging/protocol.ts';
import { HANDLERS, handlerProblems, registerHandlers, type AnyHandler, type Listen } from './register.ts';
import { freshDatabase } from './test-support/db.ts';
import { CONTENT_SENDER, makeDeps, PAGE_SENDER } from './test-support/fixtures.ts';

type Reply = (message: { data: unknown; sender: object }) => Promise<unknown>;

/** Every message of ProtocolMap; `satisfies` fails to compile when one is missing or misspelt. */
const ALL = {
  'profiles/list': true,
  'profiles/save': true,
  'profiles/delete': true,
  'profiles/export': true,
  'profiles/import': true,
  'settings/get': true,
  'settings/set': true,
  'status/profiles': true,
  'guard/check': true,
  'statement/for-compose': true,
  'ledger/record': true,
  'queue/handoff': true,
  'queue/list': true,
  'queue/summary': true,
  'queue/enqueue': true,
  'queue/cancel': true,
  'queue/retime': true,
  'queue/send-now': true,
  'queue/open-in-compose': true,
  'queue/is-stored': true,
  'queue/settle-sent': true,
  'queue/open-damaged': true,
  'queue/delete-damaged': true,
  'report/overview': true,
  'report/client': true,
  'report/csv-rows': true,
  'report/drift': true,
  'holidays/places': true,
  'holidays/list': true,
} satisfies Record<keyof ProtocolMap, true>;

describe('registerHandlers', () => {
  it('wires exactly one handler to every message of the protocol', async () => {
    const wired = new Map<string, Reply>();
    const record = (name: string, reply: Reply) => {
      expect(wired.has(name)).toBe(false);
      wired.set(name, reply);
      return () => undefined;
    };
    const deps = makeDeps(freshDatabase());
    registerHandlers(record as unknown as Listen, () => deps);

    expect([...wired.keys()].sort()).toEqual(Object.keys(ALL).sort());
    const list = wired.get('profiles/list');
    expect(await list?.({ data: undefined, sender: PAGE_SENDER })).toEqual({
      ok: true,
      value: { profiles: [], invalid: [] },
    });
    const refused = await list?.({ data: undefined, sender: { url: 'https://example.com/' } });
    expect(refused).toMatchObject({ ok: false });
    // The compose guard's messages reach their handlers too.
    expect(await wired.get('queue/list')?.({ data: undefined, sender: PAGE_SENDER })).toEqual({
      ok: true,
      value: { entries: [], invalid: [] },
    });
    expect(await wired.get('guard/check')?.({ data: { recipients: [] }, sender: CONTENT_SENDER })).toMatchObject({
      ok: true,
      value: { verdict: { kind: 'unguarded', why: 'no-recipients' }, view: { pill: 'No recipients yet' } },
    });
  });

  it('matches the message table: every entry has one handler, every handler an entry', () => {
    expect(handlerProblems(HANDLERS)).toEqual([]);
  });

  it('refuses a handler whose message is not in the table, and a table entry without a handler', () => {
    const stray = Object.assign(async () => null, { message: 'profiles/rename' }) as AnyHandler;
    const withoutList = HANDLERS.filter((h) => h.message !== 'profiles/list');
    expect(handlerProblems([...withoutList, stray])).toEqual([
      'a handler is registered for "profiles/rename", which the message table does not declare',
      '"profiles/list" is in the message table but has no handler',
    ]);
    expect(handlerProblems([...HANDLERS, HANDLERS[0] as AnyHandler])).toEqual([
      '"profiles/list" has more than one handler',
    ]);
    const deps = makeDeps(freshDatabase());
    expect(() => registerHandlers((() => () => undefined) as unknown as Listen, () => deps, withoutList)).toThrow(
      /^Red Cup's message handlers do not match the message table: "profiles\/list" is in the message table but has no handler\.$/,
    );
  });
});
