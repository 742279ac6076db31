/**
 * The clients a compose is written to: the profile of each recipient (the "Everyone else"
 * profile for a recipient no profile claims), each once, in the recipients' order. Unlike the
 * verdict this ignores a pause: what the user tells a client does not depend on the guard.
 */
import { buildMatcher, normalizeRecipient, type Matcher } from './matching.ts';
import type { ClientProfile, Settings } from './profile.ts';

export function composeClients(
  recipients: readonly string[],
  profiles: readonly ClientProfile[],
  settings: Pick<Settings, 'defaultProfileId'>,
  matcher: Matcher = buildMatcher(profiles),
): ClientProfile[] {
  const byId = new Map(profiles.map((p) => [p.id, p]));
  const fallback = settings.defaultProfileId === null ? undefined : byId.get(settings.defaultProfileId);
  const clients: ClientProfile[] = [];
  for (const recipient of recipients) {
    if (normalizeRecipient(recipient) === null) continue;
    const id = matcher.match(recipient);
    const profile = id === null ? fallback : byId.get(id);
    if (profile !== undefined && !clients.includes(profile)) clients.push(profile);
  }
  return clients;
}
