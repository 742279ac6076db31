/**
 * A randomised fault-injection run of the local send-later queue (issue 13 F21), with the
 * engine's ports faked and no browser: the real engine, store, handlers and the content side's
 * `Deliveries` over fake-indexeddb, a simulated clock, and a simulated mail provider that
 * records what it really sent. Between any two steps (every port call and every store call)
 * the worker may stop, an alarm may fire twice or late, a tab may close, an answer may be lost,
 * a write may fail, the clock may jump. Reproducible from its seed.
 *
 * At the end every entry must be sent exactly once, or `needs-attention` with its body kept, or
 * cancelled (or opened) by the user; none was sent outside its boundary (unless the user sent it
 * through triage); the ledger holds one event per transition.
 */
import type { ClientProfile, Settings } from '../../core/profile.ts';
import { DEFAULT_SETTINGS } from '../../core/profile.ts';
import type { QueueEntry } from '../../core/queue-types.ts';
import { verdict } from '../../core/verdict.ts';
import type { Result } from '../../messaging/protocol.ts';
import type { DeliveryOrder } from '../../messaging/tab-protocol.ts';
// Test code only: the run joins both sides of the tab protocol, so the page side is the real
// `Deliveries` (its "never twice in this page" is part of what is tested), not a copy of it.
// eslint-disable-next-line @typescript-eslint/no-restricted-imports
import { Deliveries } from '../../content/delivery/deliveries.ts';
// eslint-disable-next-line @typescript-eslint/no-restricted-imports
import type { ProviderAdapter } from '../../content/providers/adapter.ts';
import { cancelEntry, openInCompose, retimeEntry, sendNow } from '../handlers/queue-actions.ts';
import { enqueue } from '../handlers/queue-local.ts';
import type { HandlerDeps } from '../handlers/deps.ts';
import { queueEngine, type QueueEngine } from '../queue/engine.ts';
import { queuePasses } from '../queue/passes.ts';
import type { MailTab, MailTabs, QueueSignals } from '../queue/ports.ts';
import type { DatabaseProvider } from '../storage/connection.ts';
import { ledgerStore } from '../storage/ledger-store.ts';
import { profilesStore } from '../storage/profiles-store.ts';
import { queueStore, type QueueStore } from '../storage/queue-store.ts';
import { settingsStore } from '../storage/settings-store.ts';
import { freshDatabase } from './db.ts';
import { CONTENT_SENDER, PAGE_SENDER, SELF, sampleProfile } from './fixtures.ts';
import { seededRandom } from '../../core/testing/seeded-random.ts';

export interface FaultOptions {
  seed: number;
  entries: number;
  /** Probability of a fault at each step. */
  faultRate: number;
  /** Start of the simulated week (a Monday). */
  start?: string;
}

export interface FaultReport {
  seed: number;
  entries: number;
  steps: number;
  faults: Record<string, number>;
  violations: string[];
  outcome: Record<string, number>;
}

const DAY = 86_400_000;
const ACCOUNT = 'https://mail.google.com/mail/u/0/';
const ACCOUNT_ADDRESS = 'me@example.com';

/** Clients in several zones, one with an overnight window and one across the date line. */
export function faultClients(): ClientProfile[] {
  const days = (w: { start: string; end: string }[], weekend: { start: string; end: string }[] = []) => ({
    mon: w,
    tue: w,
    wed: w,
    thu: w,
    fri: w,
    sat: weekend,
    sun: [],
  });
  return [
    sampleProfile({
      id: 'acme',
      name: 'Acme',
      match: ['acme.com'],
      timeZone: 'America/New_York',
      hours: days([{ start: '08:00', end: '18:00' }]),
    }),
    sampleProfile({
      id: 'globex',
      name: 'Globex',
      match: ['globex.de'],
      timeZone: 'Europe/Berlin',
      hours: days([
        { start: '09:00', end: '12:00' },
        { start: '13:00', end: '17:00' },
      ]),
    }),
    sampleProfile({
      id: 'initech',
      name: 'Initech',
      match: ['initech.jp'],
      timeZone: 'Asia/Tokyo',
      hours: days([{ start: '10:00', end: '19:00' }], [{ start: '10:00', end: '13:00' }]),
    }),
    sampleProfile({
      id: 'umbrella',
      name: 'Umbrella',
      match: ['umbrella.au'],
      timeZone: 'Australia/Sydney',
      hours: days([{ start: '22:00', end: '02:00' }]),
    }),
    sampleProfile({
      id: 'hooli',
      name: 'Hooli',
      match: ['hooli.nz'],
      timeZone: 'Pacific/Chatham',
      hours: days([{ start: '07:30', end: '15:45' }]),
    }),
  ];
}

const RECIPIENTS: Record<string, string> = {
  acme: 'jane@acme.com',
  globex: 'max@globex.de',
  initech: 'aiko@initech.jp',
  umbrella: 'liam@umbrella.au',
  hooli: 'ari@hooli.nz',
};

/** Thrown into a dead worker's code: it never resumes (a stopped worker runs nothing more). */
const never = <T>() => new Promise<T>(() => undefined);

export async function runFaults(options: FaultOptions): Promise<FaultReport> {
  const rnd = seededRandom(options.seed);
  const chance = (p: number) => rnd() < p;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const faults: Record<string, number> = {};
  const fault = (name: string) => (faults[name] = (faults[name] ?? 0) + 1);
  const violations: string[] = [];
  const start = Date.parse(options.start ?? '2026-11-23T00:00:00.000Z');
  const end = start + 7 * DAY;
  let now = start;
  let steps = 0;

  const profiles = faultClients();
  const settings: Settings = { ...DEFAULT_SETTINGS };
  const database: DatabaseProvider = freshDatabase();
  for (const p of profiles) await profilesStore(database).put(p);

  // ── The simulated provider: what was really sent, and when ─────────────────────────────────
  const sentAt = new Map<string, number[]>();
  const bySubject = new Map<string, string>();
  const adapter = {
    name: 'gmail',
    confirms: { sentNotice: true, sentLookup: true, scheduledCancel: true },
    // The delivering tab shows the account the replies were written in (issue 13 A6).
    accountAddress: async () => ACCOUNT_ADDRESS,
    openCompose: async (_doc: Document, subject: string) => ({
      ok: true as const,
      filled: {
        compose: {},
        send: async () => {
          const id = bySubject.get(subject) ?? subject;
          sentAt.set(id, [...(sentAt.get(id) ?? []), now]);
          return { outcome: 'sent' as const, sentAt: new Date(now).toISOString() };
        },
      },
    }),
    findSent: async (_doc: Document, query: { subject: string; since: string }) => {
      if (chance(0.1)) return 'unknown' as const;
      const times = sentAt.get(bySubject.get(query.subject) ?? '') ?? [];
      return times.some((t) => t >= Date.parse(query.since) - 60_000) ? ('yes' as const) : ('no' as const);
    },
  } as unknown as ProviderAdapter;

  // ── The worker: one generation per life; a stopped one hangs at its next step ──────────────
  let generation = 0;
  let alarm: number | null = null;
  let safetyOn = false;
  let stopAt: number | null = null;
  /** Resolved when the live worker stops. */
  let died: () => void = () => undefined;
  let death = new Promise<void>((resolve) => (died = resolve));
  /** Open mail pages: each has its own memory of deliveries (lost when the tab closes). */
  let pages: { id: number; deliveries: Deliveries; open: boolean }[] = [];
  let pageIds = 0;
  const userCancelled = new Set<string>();
  const userSentOutside = new Set<string>();
  const transitions = new Map<string, number>();
  const originalBodies = new Map<string, string>();

  /** One step of a worker generation: faults happen here. */
  const step = async (gen: number, where: string, writes = false): Promise<void> => {
    if (gen !== generation) return never();
    steps += 1;
    if (!chance(options.faultRate)) return;
    const roll = rnd();
    if (roll < 0.2) {
      fault('worker stopped');
      generation += 1;
      stopAt = now;
      died();
      death = new Promise<void>((resolve) => (died = resolve));
      return never();
    }
    if (roll < 0.4) {
      fault('clock jumped');
      now += pick([30_000, 5 * 60_000, 45 * 60_000, 3 * 3_600_000, 14 * 3_600_000]);
      return;
    }
    if (roll < 0.55 && writes) {
      fault('write failed');
      throw new Error(`simulated: the write failed (${where})`);
    }
    if (roll < 0.7 && pages.length > 0) {
      fault('tab closed');
      const page = pick(pages);
      page.open = false;
      pages = pages.filter((p) => p !== page);
      return;
    }
    if (roll < 0.85) {
      fault('alarm fired twice');
      void live.passes.run();
      void workerOf(generation)
        .engine.pass()
        .catch(() => undefined);
    }
  };

  const storeOf = (gen: number): QueueStore => {
    const real = queueStore(database);
    const wrap =
      <A extends unknown[], R>(name: string, fn: (...a: A) => Promise<R>, writes: boolean) =>
      async (...a: A): Promise<R> => {
        await step(gen, `store.${name}`, writes);
        const r = await fn(...a);
        if (gen !== generation) return never();
        return r;
      };
    return {
      ...real,
      add: wrap('add', real.add, true),
      list: wrap('list', real.list, false),
      enqueue: wrap('enqueue', real.enqueue, true),
      get: wrap('get', real.get, false),
      work: wrap('work', real.work, false),
      countWaiting: wrap('countWaiting', real.countWaiting, false),
      inStatus: wrap('inStatus', real.inStatus, false),
      transition: wrap(
        'transition',
        async (id: string, change: Parameters<QueueStore['transition']>[1], at: Date) => {
          const after = await real.transition(id, change, at);
          if (after !== null) transitions.set(id, (transitions.get(id) ?? 0) + 1);
          return after;
        },
        true,
      ),
    };
  };

  const mailOf = (gen: number): MailTabs => ({
    async withTab(_provider, account, open, work) {
      await step(gen, 'withTab');
      let page = pages.find((p) => p.open) ?? null;
      let ours = false;
      if (page === null) {
        if (open === 'none' || account === null || chance(0.05)) return null;
        page = { id: ++pageIds, deliveries: new Deliveries(adapter, {} as Document, () => new Date(now)), open: true };
        pages.push(page);
        ours = open === 'background';
      }
      const tab = tabOf(gen, page);
      try {
        return { value: await work(tab) };
      } finally {
        if (ours) {
          page.open = false;
          pages = pages.filter((p) => p !== page);
        }
      }
    },
  });

  const tabOf = (gen: number, page: { deliveries: Deliveries; open: boolean }): MailTab => {
    const gone = () => new Error('the mail tab was closed');
    const ok = <T>(value: T): Result<T> => ({ ok: true, value });
    return {
      async deliver(order: DeliveryOrder) {
        await step(gen, 'tab.deliver');
        if (!page.open) throw gone();
        const report = await page.deliveries.deliver(order);
        if (chance(options.faultRate / 2)) {
          fault('answer lost');
          throw new Error('the mail tab did not answer in time');
        }
        if (!page.open) throw gone();
        await step(gen, 'tab.deliver answered');
        return ok(report);
      },
      async findSent(query) {
        await step(gen, 'tab.findSent');
        if (!page.open) throw gone();
        return ok({ found: await adapter.findSent({} as Document, query) });
      },
      async openCompose(_order) {
        await step(gen, 'tab.openCompose');
        if (!page.open) throw gone();
        return chance(0.2) ? { ok: false, error: { message: 'the Compose button was not found' } } : ok(null);
      },
      async cancelScheduled() {
        return ok({ done: 'manual' as const, message: '' });
      },
    };
  };

  const signalsOf = (gen: number): QueueSignals => ({
    async wakeAt(when) {
      await step(gen, 'wakeAt');
      alarm = when === null ? null : when.getTime();
    },
    async safety(on) {
      await step(gen, 'safety');
      safetyOn = on;
    },
    async badge() {
      await step(gen, 'badge');
    },
    async notify() {
      await step(gen, 'notify');
    },
  });

  interface Worker {
    gen: number;
    engine: QueueEngine;
    deps: HandlerDeps;
    passes: { run(): Promise<void> };
  }
  const workers = new Map<number, Worker>();
  const workerOf = (gen: number): Worker => {
    let w = workers.get(gen);
    if (w !== undefined) return w;
    const queue = storeOf(gen);
    const mail = mailOf(gen);
    const engine = queueEngine({
      queue,
      boundary: async () => ({ profiles, settings }),
      mail,
      signals: signalsOf(gen),
      now: () => new Date(now),
      inFlight: new Set(),
    });
    const deps: HandlerDeps = {
      self: SELF,
      profiles: profilesStore(database),
      settings: settingsStore(database),
      ledger: ledgerStore(database),
      queue,
      now: () => new Date(now),
      userZone: () => 'Europe/Berlin',
      browserLanguage: () => 'en-GB',
      random: () => 0,
      refreshGuards: () => Promise.resolve(),
      queueEngine: engine,
      mail,
    };
    w = {
      gen,
      engine,
      deps,
      passes: queuePasses(
        () => engine.pass(),
        () => undefined,
      ),
    };
    workers.set(gen, w);
    return w;
  };
  let live = workerOf(0);

  /** Runs `work` in the live worker; answers when it finished, or when the worker stopped meanwhile. */
  const inWorker = async (work: (w: Worker) => Promise<unknown>): Promise<void> => {
    if (live.gen !== generation) live = workerOf(generation);
    const w = live;
    const stopped = death; // before `work` runs: a stop inside it replaces `death`
    await Promise.race([work(w).catch(() => undefined), stopped]);
    // Let the concurrent passes a doubled alarm started run out.
    for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r));
  };

  // ── The week: replies decided, alarms, user actions ────────────────────────────────────────
  const decisions: { at: number; id: string; client: string }[] = [];
  for (let i = 0; i < options.entries; i++) {
    decisions.push({
      at: start + Math.floor(rnd() * (end - start - DAY)),
      id: `e${i}`,
      client: pick(Object.keys(RECIPIENTS)),
    });
  }
  decisions.sort((a, b) => a.at - b.at);
  const stored = new Set<string>();
  const waiting: { at: number; id: string; client: string }[] = [...decisions];

  const dueFor = (client: string, at: number): number => {
    const v = verdict([RECIPIENTS[client] ?? ''], profiles, settings, new Date(at));
    if (v.kind === 'outside' && v.nextWindow !== null)
      return Date.parse(v.nextWindow) + Math.floor(rnd() * 3) * 15 * 60_000;
    return at + (5 + Math.floor(rnd() * 120)) * 60_000;
  };

  const userAction = async () => {
    const ids = [...stored];
    if (ids.length === 0) return;
    const id = pick(ids);
    const roll = rnd();
    await inWorker(async (w) => {
      // What the user asked for counts: the answer may be lost when the worker stops after the change.
      if (roll < 0.3) {
        userCancelled.add(id);
        await cancelEntry({ id }, PAGE_SENDER, w.deps);
      } else if (roll < 0.55) {
        userCancelled.add(id);
        await openInCompose({ id }, PAGE_SENDER, w.deps);
      } else if (roll < 0.8) {
        await retimeEntry(
          { id, dueAt: new Date(now + Math.floor(rnd() * 2 * DAY) + 60_000).toISOString() },
          PAGE_SENDER,
          w.deps,
        );
      } else {
        const entry = await queueStore(database).get(id);
        if (entry === null) return;
        const outside = verdict(entry.recipients, profiles, settings, new Date(now)).kind === 'outside';
        if (outside) userSentOutside.add(id);
        await sendNow(
          {
            id,
            triage: outside
              ? {
                  answers: { agreedSituation: 'yes', realHarm: 'yes', emergencyToClient: 'yes' },
                  suggestion: 'real-emergency',
                }
              : null,
          },
          PAGE_SENDER,
          w.deps,
        );
      }
    });
  };

  let nextUser = start + Math.floor(rnd() * 6 * 3_600_000);
  let guard = 0;
  while (guard++ < 200_000) {
    const alarmAt = alarm === null ? null : alarm;
    const safetyAt = safetyOn && stopAt !== null ? stopAt + 60_000 : null;
    // The week only; what is left afterwards settles without faults (below).
    const candidates = [waiting[0]?.at ?? null, alarmAt, safetyAt, nextUser].filter(
      (t): t is number => t !== null && t < end,
    );
    if (candidates.length === 0) break;
    const next = Math.min(...candidates);
    if (next > now) now = next;
    if (waiting[0] !== undefined && waiting[0].at <= now) {
      const d = waiting.shift() as (typeof waiting)[number];
      const request = {
        id: d.id,
        provider: 'gmail',
        profileIds: [d.client],
        recipients: [RECIPIENTS[d.client] ?? ''],
        subject: `Reply ${d.id}`,
        dueAt: new Date(Math.max(dueFor(d.client, now), now + 60_000)).toISOString(),
        account: ACCOUNT,
        accountAddress: ACCOUNT_ADDRESS,
        reply: { to: [RECIPIENTS[d.client] ?? ''], cc: [], bcc: [], html: `<p>Body of ${d.id}</p>`, thread: null },
        why: { kind: 'chosen' },
      };
      bySubject.set(request.subject, d.id);
      originalBodies.set(d.id, request.reply.html);
      await inWorker(async (w) => {
        const answer = await enqueue(request, CONTENT_SENDER, w.deps);
        if (answer.ok) stored.add(d.id);
      });
      // Not stored (a write failed, the worker stopped): the compose is still open, the user tries again (same id).
      if (!stored.has(d.id) && (await queueStore(database).get(d.id)) === null)
        waiting.unshift({ ...d, at: now + 60_000 });
      else stored.add(d.id);
      continue;
    }
    if (now >= nextUser) {
      nextUser = now + Math.floor(rnd() * 6 * 3_600_000);
      await userAction();
      continue;
    }
    if (alarmAt !== null && alarmAt <= now) {
      // Late: Chrome fires alarms when it can (a sleeping laptop, a busy browser).
      if (chance(0.2)) {
        fault('alarm late');
        now += pick([60_000, 20 * 60_000, 5 * 3_600_000]);
      }
      alarm = null;
      await inWorker((w) => w.passes.run());
      continue;
    }
    if (safetyAt !== null && safetyAt <= now) {
      stopAt = null;
      await inWorker((w) => w.passes.run());
      continue;
    }
  }

  // ── Afterwards, without faults: let every reply settle ─────────────────────────────────────
  const calm = options.faultRate;
  options.faultRate = 0;
  for (let i = 0; i < 50; i++) {
    const work = await queueStore(database).work(new Date(now));
    const open = await queueStore(database).inStatus(['pending', 'failed', 'sending']);
    if (open.length === 0) break;
    now = Math.max(
      now + 60_000,
      Math.min(work.wakeAt?.getTime() ?? Infinity, ...open.map((e) => Date.parse(e.retryAt ?? e.dueAt))),
    );
    await inWorker((w) => w.passes.run());
  }
  options.faultRate = calm;

  // ── The promises ───────────────────────────────────────────────────────────────────────────
  const { entries, invalid } = await queueStore(database).list();
  if (invalid.length > 0) violations.push(`${invalid.length} queue records failed validation`);
  const outcome: Record<string, number> = {};
  const ledger = await ledgerStore(database).list();
  if (ledger.invalid.length > 0) violations.push(`${ledger.invalid.length} ledger events failed validation`);
  const events = new Map<string, number>();
  for (const e of ledger.events) if (e.queue) events.set(e.queue.entryId, (events.get(e.queue.entryId) ?? 0) + 1);
  const byId = new Map(entries.map((e) => [e.id, e]));
  for (const id of stored) {
    const e = byId.get(id);
    if (e === undefined) {
      violations.push(`${id}: stored, then lost`);
      continue;
    }
    outcome[e.status] = (outcome[e.status] ?? 0) + 1;
    const sends = sentAt.get(id) ?? [];
    const say = (what: string) => violations.push(`${id} (${e.status}): ${what}`);
    if (sends.length > 1) say(`sent ${sends.length} times`);
    if (e.status === 'sent' && sends.length !== 1) say('marked sent, but the provider never sent it');
    if (e.status === 'cancelled' && !userCancelled.has(id)) say('cancelled, but not by the user');
    if (e.status === 'cancelled' && sends.length > 0) say('cancelled (the user has it back), and sent as well');
    if (e.status === 'needs-attention' && e.reply?.html !== originalBodies.get(id)) {
      // Only after 14 days waiting (the clock jumps add up) may its body go, and then the entry says so (DESIGN §7).
      const waited = now - Date.parse(e.updatedAt ?? e.createdAt);
      if (e.reply !== undefined || !(e.problem ?? '').includes('deleted after 14 days') || waited < 0)
        say('needs attention without its body');
    }
    if (e.status === 'pending' || e.status === 'failed' || e.status === 'sending') say('never settled');
    if (!userSentOutside.has(id)) {
      for (const t of sends) {
        if (verdict(e.recipients, profiles, settings, new Date(t)).kind === 'outside')
          say(`sent outside its boundary at ${new Date(t).toISOString()}`);
      }
    }
    const expected = (transitions.get(id) ?? 0) + 1; // + the `queued` event of the enqueue
    if ((events.get(id) ?? 0) !== expected) say(`${events.get(id) ?? 0} ledger events for ${expected} state changes`);
  }
  return { seed: options.seed, entries: options.entries, steps, faults, violations, outcome };
}

export type { QueueEntry };
