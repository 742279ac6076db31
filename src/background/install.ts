/** What to do when the extension is installed or updated. */

/** The options page shows its onboarding when opened at this hash. */
export const ONBOARDING_HASH = 'onboarding';

/**
 * Only a first install opens the onboarding: an update or a browser update must not push a
 * tab at someone who already set Red Cup up.
 */
export async function onInstalledEvent(
  details: { reason: string },
  openOptionsPage: (hash: string) => Promise<void>,
): Promise<void> {
  if (details.reason !== 'install') return;
  try {
    await openOptionsPage(ONBOARDING_HASH);
  } catch (err) {
    // Nothing to answer to here; the onboarding is also reachable from the options page.
    console.error('Red Cup: could not open the onboarding page', err);
  }
}
