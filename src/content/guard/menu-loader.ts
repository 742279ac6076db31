/**
 * The pill menu's chunk (src/content/menu, with the statement insertion), loaded with
 * `import()` when a pill is first opened: it stays out of the content script's start-up budget.
 */
type MenuModule = typeof import('../menu/index.ts');

let loading: Promise<MenuModule> | null = null;

export function loadMenu(): Promise<MenuModule> {
  if (!loading) {
    loading = import('../menu/index.ts');
    // A failed fetch (extension reloaded under the page) is tried again next time, not cached.
    loading.catch(() => {
      loading = null;
    });
  }
  return loading;
}
