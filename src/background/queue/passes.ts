/**
 * Running catch-up passes one at a time within this worker. Alarms, start-up and wake-up may
 * all ask at once; a request while a pass runs asks for exactly one more after it (it may have
 * been for an entry stored after the running pass read the queue). Passes in two workers (an
 * old one still stopping) are made safe by the store's compare-and-set, not by this.
 */
export function queuePasses(pass: () => Promise<void>, log: (message: string, error: unknown) => void) {
  let running: Promise<void> | null = null;
  let again = false;

  const loop = async (): Promise<void> => {
    do {
      again = false;
      try {
        await pass();
      } catch (err) {
        log('Red Cup: a queue pass failed', err);
      }
    } while (again);
    running = null;
  };

  return {
    /** Starts a pass, or asks for one more; the promise settles when the queue is idle. */
    run(): Promise<void> {
      if (running !== null) {
        again = true;
        return running;
      }
      running = loop();
      return running;
    },
  };
}
