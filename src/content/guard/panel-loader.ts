/**
 * The guard panel's chunk (src/content/panel), loaded once per page with `import()`. It stays
 * out of the start-up budget, and is fetched as soon as a compose's verdict is "outside": a Send
 * there will need it, and fetching the chunk at the Send itself cost the first panel ~20 ms of
 * its 50 ms budget (bench/guard.bench.ts).
 */
type PanelModule = typeof import('../panel/index.ts');

let loading: Promise<PanelModule> | null = null;

export function loadPanel(): Promise<PanelModule> {
  if (!loading) {
    loading = import('../panel/index.ts');
    // A failed fetch (extension reloaded under the page) is tried again next time, not cached.
    loading.catch(() => {
      loading = null;
    });
  }
  return loading;
}

/** Starts loading without waiting; a failure shows up, and is recorded, when the panel is opened. */
export function preloadPanel(): void {
  loadPanel().catch(() => undefined);
}
