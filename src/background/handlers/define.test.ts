import { describe, expect, it, vi } from 'vitest';
import { freshDatabase } from '../test-support/db.ts';
import { CONTENT_SENDER, makeDeps, PAGE_SENDER, sampleProfile } from '../test-support/fixtures.ts';
import { defineHandler, PAGES_ONLY } from './define.ts';
import { ok } from './result.ts';
import { saveProfile } from './profiles.ts';

describe('defineHandler', () => {
  it('checks the sender before doing anything', async () => {
    const run = vi.fn(async () => ok(null));
    const handler = defineHandler({ name: 'profiles/delete', allow: PAGES_ONLY, failure: 'Could not delete', run });
    const deps = makeDeps(freshDatabase());

    const answer = await handler('acme', { id: 'other-extension', url: 'chrome-extension://other-extension/x.html' }, deps);
    expect(answer).toEqual({ ok: false, error: { message: 'Refused: the request came from another extension (other-extension).' } });
    expect(run).not.toHaveBeenCalled();
  });

  it('refuses a content script a message meant for our pages', async () => {
    const run = vi.fn(async () => ok(null));
    const handler = defineHandler({ name: 'profiles/delete', allow: PAGES_ONLY, failure: 'Could not delete', run });
    const answer = await handler('acme', CONTENT_SENDER, makeDeps(freshDatabase()));
    expect(answer.ok).toBe(false);
    expect(answer.ok ? '' : answer.error.message).toMatch(/^Refused: "profiles\/delete" is only answered for Red Cup's own pages/);
    expect(run).not.toHaveBeenCalled();
  });

  it('turns a storage error into a sentence, never a throw', async () => {
    const deps = makeDeps(freshDatabase());
    deps.profiles.update = () => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    const answer = await saveProfile(sampleProfile(), PAGE_SENDER, deps);
    expect(answer).toEqual({
      ok: false,
      error: {
        message:
          "Could not save the profile: the browser's storage refused the write because it is full (QuotaExceededError: The quota has been exceeded.). Free some disk space and try again.",
      },
    });
  });

  it('turns an unexpected error into a failure too', async () => {
    const handler = defineHandler({
      name: 'profiles/list',
      allow: PAGES_ONLY,
      failure: 'Could not read the client profiles',
      run: () => {
        throw new TypeError('x is undefined');
      },
    });
    expect(await handler(undefined, PAGE_SENDER, makeDeps(freshDatabase()))).toEqual({
      ok: false,
      error: { message: 'Could not read the client profiles: something unexpected went wrong (TypeError: x is undefined).' },
    });
  });

  it('reports a database that cannot be opened', async () => {
    const deps = makeDeps(() => Promise.reject(new DOMException('The requested version (1) is less than the existing version (2).', 'VersionError')));
    const answer = await saveProfile(sampleProfile(), PAGE_SENDER, deps);
    expect(answer.ok ? '' : answer.error.message).toMatch(/^Could not save the profile: the stored data belongs to a newer version of Red Cup/);
  });
});
