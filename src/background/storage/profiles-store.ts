/**
 * Client profiles in IndexedDB. Every profile read is validated; a record that fails is
 * returned as an InvalidRecord next to the valid ones — never dropped, never deleted.
 *
 * `list` and `snapshot` answer from an in-memory snapshot (profiles-snapshot.ts) that every
 * write below replaces (an `update`, which knows what it leaves behind) or invalidates; `get`
 * and `update` always read the store itself.
 */
import type { ClientProfile } from '../../core/profile.ts';
import { validateProfile } from '../../core/profile-validation.ts';
import type { InvalidRecord, ProfilesListing } from '../../messaging/protocol.ts';
import type { DatabaseProvider } from './connection.ts';
import { commit, putAll } from './commit.ts';
import { invalidRecord } from './invalid-record.ts';
import { snapshotCache, type ProfilesSnapshot } from './profiles-snapshot.ts';
import { readSettings } from './read-settings.ts';
import { SETTINGS_KEY } from './schema.ts';

export type ProfileRead = { profile: ClientProfile } | { invalid: InvalidRecord } | null;

/**
 * What an `update` decided: the profiles to write (possibly none) and the answer to give.
 * Must be computed synchronously: IndexedDB commits a transaction as soon as it waits on
 * anything that is not one of its own requests.
 */
export interface ProfilesDecision<T> {
  write: readonly ClientProfile[];
  value: T;
}

export interface ProfilesStore {
  list(): Promise<ProfilesListing>;
  /** The listing with its matcher, shared between calls until the next write: treat it as read-only. */
  snapshot(): Promise<ProfilesSnapshot>;
  get(id: string): Promise<ProfileRead>;
  put(profile: ClientProfile): Promise<void>;
  /** Writes all or none: one transaction (an import must never be half applied). */
  putMany(profiles: readonly ClientProfile[]): Promise<void>;
  /**
   * Reads the listing, lets `decide` check it, and writes what it returns, in ONE read-write
   * transaction — so a check ("is this address claimed by another client?") cannot be
   * invalidated by a concurrent write before its own write lands.
   */
  update<T>(decide: (current: ProfilesListing) => ProfilesDecision<T>): Promise<T>;
  /**
   * Deletes a profile (valid or not: removing a damaged record is the user's explicit choice)
   * and, in the same transaction, unsets it as the default profile if it was.
   */
  delete(id: string): Promise<{ clearedDefault: boolean }>;
}

/** The two reads `readAll` needs, from a store in any transaction mode. */
interface ReadableStore {
  getAllKeys(): Promise<IDBValidKey[]>;
  getAll(): Promise<unknown[]>;
}

function readOne(key: IDBValidKey, raw: unknown): { profile: ClientProfile } | { invalid: InvalidRecord } {
  const checked = validateProfile(raw, [], { zones: 'stored' });
  return checked.ok ? { profile: checked.profile } : { invalid: invalidRecord('profiles', key, checked.problems) };
}

/** Puts per batch: between batches the worker answers other messages while the transaction stays open. */
const PUT_BATCH = 100;

/**
 * Queues the puts a batch at a time, waiting for each batch before the next: a put copies its
 * value at once (structured clone), so a thousand profiles queued in one go would hold the
 * worker for a long moment. Waiting on the transaction's own requests keeps it open; every wait
 * lets the messages that arrived meanwhile (a compose's `guard/check`) be answered.
 */
async function putInBatches(
  store: { put(value: ClientProfile): Promise<unknown> },
  values: readonly ClientProfile[],
): Promise<void> {
  for (let from = 0; from < values.length; from += PUT_BATCH) await putAll(store, values.slice(from, from + PUT_BATCH));
}

/**
 * The listing after `written` replaced or joined `current`: what reading the store again would
 * give (the written profiles are validated ones, and reading one back gives it unchanged), in
 * the store's key order, without re-reading and re-checking every profile.
 */
function afterWrite(current: ProfilesListing, written: readonly ClientProfile[]): ProfilesListing {
  if (written.length === 0) return current;
  const byId = new Map(current.profiles.map((p) => [p.id, p]));
  for (const p of written) byId.set(p.id, p);
  const ids = new Set(written.map((p) => p.id));
  // String keys in IndexedDB order by code unit, as JavaScript compares strings.
  const profiles = [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { profiles, invalid: current.invalid.filter((r) => !ids.has(r.key)) };
}

async function readAll(store: ReadableStore): Promise<ProfilesListing> {
  // Keys and values from one transaction line up index by index.
  const [keys, values] = await Promise.all([store.getAllKeys(), store.getAll()]);
  const listing: ProfilesListing = { profiles: [], invalid: [] };
  values.forEach((raw, i) => {
    const read = readOne(keys[i] ?? '', raw);
    if ('profile' in read) listing.profiles.push(read.profile);
    else listing.invalid.push(read.invalid);
  });
  return listing;
}

export function profilesStore(database: DatabaseProvider): ProfilesStore {
  const cache = snapshotCache(database);
  const read = async () => readAll((await database()).transaction('profiles').store);
  /** Runs a write, telling the snapshot when it begins and ends (or fails), and what it left behind if known. */
  const writing = async <T>(write: () => Promise<T>, leftBehind?: () => ProfilesListing | undefined): Promise<T> => {
    cache.beginWrite();
    let committed = false;
    try {
      const value = await write();
      committed = true;
      return value;
    } finally {
      cache.endWrite(committed ? leftBehind?.() : undefined);
    }
  };

  return {
    async list() {
      const { profiles, invalid } = await cache.get(read);
      // Fresh arrays: a caller that adds to its listing must not change the cached one.
      return { profiles: [...profiles], invalid: [...invalid] };
    },

    snapshot() {
      return cache.get(read);
    },

    async get(id) {
      const db = await database();
      const raw = await db.get('profiles', id);
      return raw === undefined ? null : readOne(id, raw);
    },

    put(profile) {
      return writing(async () => {
        const db = await database();
        await db.put('profiles', profile);
      });
    },

    putMany(profiles) {
      return writing(async () => {
        const db = await database();
        const tx = db.transaction(['profiles'], 'readwrite');
        await commit(tx, () => putAll(tx.objectStore('profiles'), profiles));
      });
    },

    update(decide) {
      let after: ProfilesListing | undefined;
      return writing(
        async () => {
          const db = await database();
          const tx = db.transaction(['profiles'], 'readwrite');
          const store = tx.objectStore('profiles');
          return commit(tx, async () => {
            const current = await readAll(store);
            const decision = decide(current);
            await putInBatches(store, decision.write);
            after = afterWrite(current, decision.write);
            return decision.value;
          });
        },
        () => after,
      );
    },

    delete(id) {
      return writing(async () => {
        const db = await database();
        const tx = db.transaction(['profiles', 'settings'], 'readwrite');
        const settingsStore = tx.objectStore('settings');
        return commit(tx, async () => {
          const [, raw] = await Promise.all([tx.objectStore('profiles').delete(id), settingsStore.get(SETTINGS_KEY)]);
          const { settings, invalid } = readSettings(raw);
          // Damaged settings are left as they are: rewriting them would silently drop what is there.
          if (invalid !== null || settings.defaultProfileId !== id) return { clearedDefault: false };
          await settingsStore.put({ ...settings, defaultProfileId: null }, SETTINGS_KEY);
          return { clearedDefault: true };
        });
      });
    },
  };
}
