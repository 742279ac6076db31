/**
 * Moves the service worker's clock to a chosen instant (it then runs on from there). The other
 * e2e tests build their clients around the real clock; a public holiday falls on a date, so a
 * holiday test sets the worker's date instead: every verdict reads `new Date()` in the worker.
 * The page and the content script keep the real clock, which is why the instant must lie ahead
 * of it (a verdict's `validUntil` is compared with the content script's clock). A worker that
 * Chromium restarts comes back on the real clock: call this again after `stopServiceWorker`.
 */
import type { Worker } from './extension.ts';

export async function setWorkerClock(worker: Worker, at: Date): Promise<void> {
  await worker.evaluate((target) => {
    const Real = Date;
    const offset = target - Real.now();
    class Shifted extends Real {
      constructor(...args: ConstructorParameters<DateConstructor> | []) {
        if (args.length === 0) super(Real.now() + offset);
        else super(...(args as ConstructorParameters<DateConstructor>));
      }
      static override now(): number {
        return Real.now() + offset;
      }
    }
    globalThis.Date = Shifted as DateConstructor;
  }, at.getTime());
}
