import { describe, expect, it } from 'vitest';
import { composeClients } from './compose-clients.ts';
import type { ClientProfile } from './profile.ts';

const profile = (id: string, match: string[]): ClientProfile => ({ id, name: id, match }) as unknown as ClientProfile;

const acme = profile('acme', ['acme.com']);
const globex = profile('globex', ['globex.com']);
const fallback = profile('everyone', []);

describe('composeClients', () => {
  it('lists each recipient’s client once, in the recipients’ order', () => {
    const clients = composeClients(['a@globex.com', 'Jane <jane@acme.com>', 'b@globex.com'], [acme, globex], {
      defaultProfileId: null,
    });
    expect(clients.map((c) => c.id)).toEqual(['globex', 'acme']);
  });

  it('gives unclaimed recipients the "Everyone else" profile, and skips half-typed text', () => {
    const profiles = [acme, fallback];
    expect(composeClients(['x@other.org', 'jan'], profiles, { defaultProfileId: 'everyone' }).map((c) => c.id)).toEqual(
      ['everyone'],
    );
    expect(composeClients(['x@other.org'], profiles, { defaultProfileId: null })).toEqual([]);
  });
});
