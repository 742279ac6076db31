/**
 * The validated profiles and their matcher, kept in memory between messages. Every compose
 * asks for a verdict whenever its recipients change; re-reading and re-validating every
 * profile and rebuilding the matcher each time costs tens of milliseconds with 1,000 profiles.
 *
 * The worker is the only writer of the profiles store, and every write goes through
 * `profilesStore`, which invalidates this cache before and after it writes. The cache lives in
 * memory only: when the browser stops the worker it is simply rebuilt on the next read.
 */
import { buildMatcher, type Matcher } from '../../core/matching.ts';
import type { ProfilesListing } from '../../messaging/protocol.ts';
import type { DatabaseProvider } from './connection.ts';

export interface ProfilesSnapshot extends ProfilesListing {
  /** Built over `profiles`; pass it to `verdict(...)`. */
  matcher: Matcher;
}

export interface SnapshotCache {
  /** The cached snapshot, or a fresh one read with `read` (and cached unless a write happened meanwhile). */
  get(read: () => Promise<ProfilesListing>): Promise<ProfilesSnapshot>;
  invalidate(): void;
}

interface CacheState {
  snapshot: ProfilesSnapshot | null;
  /** Bumped by every invalidation: a read that saw a write begin or end is not cached. */
  generation: number;
}

/** One cache per database: tests open a fresh database each, the worker one for its life. */
const states = new WeakMap<DatabaseProvider, CacheState>();

export function snapshotCache(database: DatabaseProvider): SnapshotCache {
  let state = states.get(database);
  if (state === undefined) {
    state = { snapshot: null, generation: 0 };
    states.set(database, state);
  }
  const s = state;
  return {
    async get(read) {
      if (s.snapshot !== null) return s.snapshot;
      const generation = s.generation;
      const listing = await read();
      const snapshot: ProfilesSnapshot = { ...listing, matcher: buildMatcher(listing.profiles) };
      if (s.generation === generation) s.snapshot = snapshot;
      return snapshot;
    },
    invalidate() {
      s.snapshot = null;
      s.generation += 1;
    },
  };
}
