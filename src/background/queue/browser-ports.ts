/**
 * The delivery engine's ports over the real browser: mail tabs found by URL and asked who they
 * are (`tab/identity`), one opened in the background when none shows the account; alarms,
 * the badge and notifications.
 */
import { hostPatterns } from '../../core/providers.ts';
import { sendTabMessage } from '../../messaging/tab-client.ts';
import type { TabIdentity } from '../../messaging/tab-protocol.ts';
import {
  alarmExists,
  clearAlarm,
  createTab,
  focusTab,
  notify,
  removeTab,
  setAlarm,
  setBadge,
  tabById,
  tabsMatching,
} from '../../platform/browser.ts';
import type { MailTab, MailTabs, OpenMode, Provider, QueueSignals } from './ports.ts';

export const NEXT_ALARM = 'queue-next';
export const SAFETY_ALARM = 'queue-safety';

/** A freshly opened mail page needs time to load its content script; Gmail is slow on a cold start. */
const OPEN_WAIT_MS = 45_000;
const POLL_MS = 500;
const IDENTITY_WAIT_MS = 5_000;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function sameAccount(a: string, b: string): boolean {
  return a.replace(/\/+$/, '') === b.replace(/\/+$/, '');
}

async function identity(tabId: number): Promise<TabIdentity | null> {
  const timeout = sleep(IDENTITY_WAIT_MS).then(() => null);
  try {
    return await Promise.race([sendTabMessage('tab/identity', undefined, tabId), timeout]);
  } catch {
    return null; // no content script there (yet), or the tab is gone
  }
}

function fits(id: TabIdentity | null, provider: Provider, account: string | null): boolean {
  return (
    id !== null &&
    id.supported &&
    id.provider === provider &&
    (account === null || (id.account !== null && sameAccount(id.account, account)))
  );
}

/** A delivery that takes longer than this is given up as unknown (never re-sent blindly). */
const ANSWER_WAIT_MS = 180_000;
const CLOSED_CHECK_MS = 1_000;

/**
 * A tab's answer, or a rejection when the tab closes first or the answer never comes: a message
 * to a tab that closes does not always reject on its own, and the engine must not wait forever.
 */
function whileOpen<T>(tabId: number, answer: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setInterval> | undefined;
  const started = Date.now();
  const gone = new Promise<never>((_resolve, reject) => {
    timer = setInterval(() => {
      if (Date.now() - started > ANSWER_WAIT_MS) reject(new Error('the mail tab did not answer in time'));
      void tabById(tabId).then((tab) => {
        if (tab === null) reject(new Error('the mail tab was closed'));
      });
    }, CLOSED_CHECK_MS);
  });
  return Promise.race([answer, gone]).finally(() => clearInterval(timer));
}

function mailTab(tabId: number): MailTab {
  return {
    deliver: (order) => whileOpen(tabId, sendTabMessage('tab/deliver', order, tabId)),
    findSent: (query) => whileOpen(tabId, sendTabMessage('tab/find-sent', query, tabId)),
    openCompose: (order) => whileOpen(tabId, sendTabMessage('tab/open-compose', order, tabId)),
    cancelScheduled: (query) => whileOpen(tabId, sendTabMessage('tab/cancel-scheduled', query, tabId)),
  };
}

/** The first open tab of this provider (and account) whose content script says it fits, or null. */
async function findFitting(provider: Provider, account: string | null, skip: number | null): Promise<number | null> {
  for (const tab of await tabsMatching(hostPatterns(provider))) {
    if (tab.id !== skip && fits(await identity(tab.id), provider, account)) return tab.id;
  }
  return null;
}

/**
 * Opens the account's mail page and waits for its content script. While waiting, a mail tab
 * the user opens meanwhile is taken instead (ours is closed): at browser start the worker may
 * run before the user's own tabs have loaded.
 */
async function openAndWait(
  url: string,
  provider: Provider,
  account: string,
  active: boolean,
): Promise<{ id: number; ours: boolean } | null> {
  const id = await createTab(url, active);
  if (id === null) return null;
  const until = Date.now() + OPEN_WAIT_MS;
  while (Date.now() < until) {
    if (fits(await identity(id), provider, account)) return { id, ours: true };
    const other = await findFitting(provider, account, id);
    if (other !== null) {
      await removeTab(id);
      return { id: other, ours: false };
    }
    await sleep(POLL_MS);
  }
  await removeTab(id);
  return null;
}

export const browserMailTabs: MailTabs = {
  async withTab(provider, account, open: OpenMode, work) {
    const found = await findFitting(provider, account, null);
    if (found !== null) {
      if (open === 'visible') await focusTab(found).catch(() => undefined);
      return { value: await work(mailTab(found)) };
    }
    if (open === 'none' || account === null) return null;
    const opened = await openAndWait(account, provider, account, open === 'visible');
    if (opened === null) return null;
    try {
      return { value: await work(mailTab(opened.id)) };
    } finally {
      if (open === 'background' && opened.ours) await removeTab(opened.id);
    }
  },
};

/**
 * Chrome fires alarms at most every 30 s (and a stopped worker needs one); a due time sooner
 * than that is also caught by a timer while this worker is alive. Both lead to the same
 * serialized pass, so the second finds nothing to do.
 */
const TIMER_UNDER_MS = 30_000;

export function browserSignals(onTimer: () => void): QueueSignals {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    async wakeAt(when) {
      clearTimeout(timer);
      if (when === null) {
        await clearAlarm(NEXT_ALARM);
        return;
      }
      const wait = when.getTime() - Date.now();
      if (wait < TIMER_UNDER_MS) timer = setTimeout(onTimer, Math.max(wait, 0) + 50);
      // An alarm in the past fires at once; Chrome clamps to ~30 s anyway.
      await setAlarm(NEXT_ALARM, new Date(Math.max(when.getTime(), Date.now() + 1_000)));
    },
    async safety(on) {
      if (on) {
        if (!(await alarmExists(SAFETY_ALARM))) await setAlarm(SAFETY_ALARM, new Date(Date.now() + 60_000), 1);
      } else await clearAlarm(SAFETY_ALARM);
    },
    badge: (waiting) => setBadge(waiting),
    notify: (id, _kind, title, message) => notify(id, title, message),
  };
}
