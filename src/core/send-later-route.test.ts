import { describe, expect, it } from 'vitest';
import { laterRoute } from './send-later-route.ts';

describe('who holds a reply sent later', () => {
  it.each([
    ['provider', true, { first: 'provider', fallback: 'local' }],
    ['local', true, { first: 'local', fallback: null }],
    // A tab without local delivery: the profile's wish for the queue cannot be met here.
    ['provider', false, { first: 'provider', fallback: null }],
    ['local', false, { first: 'provider', fallback: null }],
  ] as const)('profile asks %s, tab delivers locally: %s', (delivery, deliversLocally, route) => {
    expect(laterRoute(delivery, deliversLocally)).toEqual(route);
  });
});
