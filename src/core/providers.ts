/**
 * The mail providers Red Cup runs on: the one table of everything said about a provider outside
 * its adapter's DOM knowledge (issue 14.1). The `ProviderName` type, the tab protocol's schema,
 * the sender check, the popup's mail-tab test, the delivery engine's tab patterns and the built
 * manifest's hosts are all derived from it; the build fails when manifest.json disagrees
 * (manifest.config.ts). A third provider starts here (docs/architecture.md).
 */

export interface ProviderFacts {
  /** As the user reads it: "Gmail". */
  label: string;
  /** With its article, for sentences: "a Gmail reply", "an Outlook page". */
  withArticle: string;
  /** The hosts of its mail UI, each one the extension may run on (https only). */
  hosts: readonly string[];
  /** How one of its accounts is written (src/core/mail-accounts.ts checks it), for messages. */
  accountShape: string;
  /** Where its own scheduler keeps a scheduled message: "Scheduled folder", "Drafts". */
  scheduledFolder: string;
  /** How to cancel a message its scheduler holds, by hand (Red Cup could not do it). */
  manualCancel: string;
}

const OUTLOOK_HOSTS = ['outlook.office.com', 'outlook.office365.com', 'outlook.live.com'] as const;

export const PROVIDERS = {
  gmail: {
    label: 'Gmail',
    withArticle: 'a Gmail',
    hosts: ['mail.google.com'],
    accountShape: 'https://mail.google.com/mail/u/<number>/',
    scheduledFolder: 'Scheduled folder',
    manualCancel:
      'Open Gmail, go to the Scheduled folder, open the message and press "Cancel send"; it goes back to your drafts.',
  },
  outlook: {
    label: 'Outlook',
    withArticle: 'an Outlook',
    hosts: OUTLOOK_HOSTS,
    accountShape: `https://<${OUTLOOK_HOSTS.join(' | ')}>/mail/`,
    // Outlook keeps a scheduled message in Drafts until its time (research/outlook-dom.md).
    scheduledFolder: 'Drafts',
    manualCancel: 'Open Outlook, go to the Drafts folder, open the scheduled message and press "Cancel send".',
  },
} as const satisfies Record<string, ProviderFacts>;

export type ProviderName = keyof typeof PROVIDERS;

/** Every provider, in the table's order (for schemas and loops). */
export const PROVIDER_NAMES = Object.keys(PROVIDERS) as [ProviderName, ...ProviderName[]];

/** Every mail host of every provider. */
export const ALL_MAIL_HOSTS: readonly string[] = PROVIDER_NAMES.flatMap((name) => PROVIDERS[name].hosts);

/** `https://mail.google.com/*` … : the match patterns of a provider's pages (manifest, tabs.query). */
export function hostPatterns(name: ProviderName): string[] {
  return PROVIDERS[name].hosts.map((host) => `https://${host}/*`);
}

/** The patterns of every provider, as manifest.json's `matches` and `host_permissions` list them. */
export function allHostPatterns(): string[] {
  return PROVIDER_NAMES.flatMap(hostPatterns);
}

/** The provider whose mail UI is served from `host` (any case), or null. */
export function providerForHost(host: string): ProviderName | null {
  const wanted = host.toLowerCase();
  return PROVIDER_NAMES.find((name) => (PROVIDERS[name].hosts as readonly string[]).includes(wanted)) ?? null;
}
