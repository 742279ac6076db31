/** Adapter methods never throw (providers/adapter.ts): a page that surprises them gives the fallback. */
export function safely<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}
