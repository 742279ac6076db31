/**
 * The validated profiles and their matcher, kept in memory between messages. Every compose
 * asks for a verdict whenever its recipients change; re-reading and re-validating every
 * profile and rebuilding the matcher each time costs tens of milliseconds with 1,000 profiles.
 *
 * The worker is the only writer of the profiles store, and every write goes through
 * `profilesStore`, which tells this cache when a write begins and ends. The cache lives in
 * memory only: when the browser stops the worker it is simply rebuilt on the next read.
 *
 * While a write is under way the snapshot already held keeps answering: until the write
 * commits, the stored profiles are still the old ones, and a compose must not wait behind an
 * import's write transaction (IndexedDB runs a read of the store only after it). When the write
 * knows the listing it leaves behind (an `update` does), that becomes the next snapshot at once,
 * so the first `guard/check` after a large import does not re-read and re-check every profile.
 */
import { buildMatcher, type Matcher } from '../../core/matching.ts';
import type { ProfilesListing } from '../../messaging/protocol.ts';
import { effectiveCache, type EffectiveProfiles } from '../holidays/effective-profiles.ts';
import type { DatabaseProvider } from './connection.ts';

export interface ProfilesSnapshot extends ProfilesListing {
  /** Built over `profiles`; pass it to `verdict(...)`. */
  matcher: Matcher;
  /**
   * The profiles as the guard reads them at `at`: with their public holidays as time off
   * (issue 15.3). Expanded once per snapshot and year range; every verdict, status and promise
   * deadline uses this, never `profiles`, which stay as stored (for the editor and the export).
   */
  effective(at: Date): EffectiveProfiles;
}

function snapshotOf(listing: ProfilesListing): ProfilesSnapshot {
  const matcher = buildMatcher(listing.profiles);
  return { ...listing, matcher, effective: effectiveCache(listing.profiles, matcher) };
}

export interface SnapshotCache {
  /** The cached snapshot, or a fresh one read with `read` (and cached unless a write happened meanwhile). */
  get(read: () => Promise<ProfilesListing>): Promise<ProfilesSnapshot>;
  invalidate(): void;
  /** A write begins: the snapshot held (if any) keeps answering; no read that is under way will be kept. */
  beginWrite(): void;
  /**
   * A write ended (committed or not). `listing`: what the store holds now, when the write knows
   * it exactly — kept as the next snapshot unless another write is still under way.
   */
  endWrite(listing?: ProfilesListing): void;
}

interface CacheState {
  snapshot: ProfilesSnapshot | null;
  /** Bumped by every invalidation and write: a read that saw a write begin or end is not cached. */
  generation: number;
  /** Writes begun and not yet ended. */
  writing: number;
}

/** One cache per database: tests open a fresh database each, the worker one for its life. */
const states = new WeakMap<DatabaseProvider, CacheState>();

export function snapshotCache(database: DatabaseProvider): SnapshotCache {
  let state = states.get(database);
  if (state === undefined) {
    state = { snapshot: null, generation: 0, writing: 0 };
    states.set(database, state);
  }
  const s = state;
  return {
    async get(read) {
      if (s.snapshot !== null) return s.snapshot;
      const generation = s.generation;
      const listing = await read();
      const snapshot = snapshotOf(listing);
      if (s.generation === generation) s.snapshot = snapshot;
      return snapshot;
    },
    invalidate() {
      s.snapshot = null;
      s.generation += 1;
    },
    beginWrite() {
      s.writing += 1;
      s.generation += 1;
    },
    endWrite(listing) {
      s.writing = Math.max(0, s.writing - 1);
      s.generation += 1;
      s.snapshot = listing !== undefined && s.writing === 0 ? snapshotOf(listing) : null;
    },
  };
}
