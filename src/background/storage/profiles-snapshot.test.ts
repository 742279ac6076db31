import { describe, expect, it, vi } from 'vitest';
import type { ProfilesListing } from '../../messaging/protocol.ts';
import type { DatabaseProvider } from './connection.ts';
import { snapshotCache } from './profiles-snapshot.ts';
import { sampleProfile } from '../test-support/fixtures.ts';

const provider = (): DatabaseProvider => () => Promise.reject(new Error('not used: reads are passed in'));
const listing = (ids: string[]): ProfilesListing => ({
  profiles: ids.map((id) => sampleProfile({ id, match: [`${id}.example`] })),
  invalid: [],
});

describe('snapshotCache', () => {
  it('reads once and answers from memory until invalidated', async () => {
    const cache = snapshotCache(provider());
    const read = vi.fn(async () => listing(['acme']));
    const first = await cache.get(read);
    expect(await cache.get(read)).toBe(first);
    expect(read).toHaveBeenCalledTimes(1);
    expect(first.matcher.match('x@acme.example')).toBe('acme');

    cache.invalidate();
    expect(await cache.get(read)).not.toBe(first);
    expect(read).toHaveBeenCalledTimes(2);
  });

  it('answers but does not keep a read that an invalidation overtook', async () => {
    const cache = snapshotCache(provider());
    let finish: (value: ProfilesListing) => void = () => undefined;
    const slow = cache.get(() => new Promise<ProfilesListing>((resolve) => (finish = resolve)));
    cache.invalidate(); // a write started while the read was on its way
    finish(listing(['acme']));
    expect((await slow).profiles.map((p) => p.id)).toEqual(['acme']);

    const read = vi.fn(async () => listing(['acme', 'globex']));
    expect((await cache.get(read)).profiles.map((p) => p.id)).toEqual(['acme', 'globex']);
    expect(read).toHaveBeenCalledOnce();
  });

  it('keeps one cache per database provider', async () => {
    const database = provider();
    const snapshot = await snapshotCache(database).get(async () => listing(['acme']));
    expect(await snapshotCache(database).get(async () => listing([]))).toBe(snapshot);
    expect((await snapshotCache(provider()).get(async () => listing([]))).profiles).toEqual([]);
  });
});
