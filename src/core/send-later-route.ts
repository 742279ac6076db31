/**
 * Who holds a reply sent later (DESIGN §5.1), decided once, away from the DOM: the profile's
 * choice, limited by what this tab can do. A tab that cannot deliver locally (its adapter has
 * no local delivery) always hands the reply to the provider and has no fallback; one that can
 * falls back to Red Cup's queue when the provider's Schedule send cannot be driven, so nothing
 * is lost either way.
 */
import type { GuardCheck } from './guard-types.ts';

export interface LaterRoute {
  /** Who is asked first. */
  first: 'provider' | 'local';
  /** Who takes the reply when the provider's scheduler fails; null: nobody, the user is told. */
  fallback: 'local' | null;
}

export function laterRoute(delivery: GuardCheck['delivery'], deliversLocally: boolean): LaterRoute {
  if (!deliversLocally) return { first: 'provider', fallback: null };
  return delivery === 'local' ? { first: 'local', fallback: null } : { first: 'provider', fallback: 'local' };
}
