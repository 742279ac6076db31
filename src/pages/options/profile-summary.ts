import type { ClientProfile } from '../../core/profile.ts';

/** "jane@acme.com, acme.com and 2 more" — what a profile matches, in one short line. */
export function matchSummary(p: ClientProfile, isDefault: boolean): string {
  if (p.match.length === 0) return isDefault ? 'Everyone no other client matches' : 'No addresses or domains yet';
  const shown = p.match.slice(0, 2).join(', ');
  const more = p.match.length - 2;
  const tail = more > 0 ? ` and ${more} more` : '';
  return isDefault ? `${shown}${tail}, and everyone no other client matches` : `${shown}${tail}`;
}
