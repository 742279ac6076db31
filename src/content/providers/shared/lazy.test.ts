// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { lazyDelivery, notLoaded } from './lazy.ts';

const reply = { to: ['jane@acme.com'], cc: [], bcc: [], html: '<p>Hi</p>', thread: null };
const query = { subject: 'Hi', recipients: ['jane@acme.com'], since: '2026-12-03T14:05:00.000Z' };

describe('lazyDelivery and notLoaded', () => {
  it('passes the calls to the loaded delivery code', async () => {
    const calls: unknown[] = [];
    const facade = lazyDelivery({
      open: async () => ({
        openFilledCompose: async (...args: unknown[]) => {
          calls.push(args.length);
          return { ok: false as const, reason: 'no Compose button' };
        },
      }),
      lists: async () => ({ findSent: async () => 'yes' as const }),
    });
    expect(await facade.openCompose(document, 'Hi', reply)).toEqual({ ok: false, reason: 'no Compose button' });
    expect(calls).toEqual([3]); // the provider's own default timings
    expect(await facade.findSent(document, query)).toBe('yes');
  });

  it('fails with a reason, or unknown, when the chunk cannot be loaded', async () => {
    const broken = () => Promise.reject(new Error('offline'));
    const facade = lazyDelivery({ open: broken, lists: broken });
    expect(await facade.openCompose(document, 'Hi', reply)).toEqual({
      ok: false,
      reason: 'the delivery code could not be loaded (Error: offline)',
    });
    expect(await facade.findSent(document, query)).toBe('unknown');
    expect(notLoaded('the scheduler')(new Error('x'))).toEqual({
      ok: false,
      reason: 'the scheduler could not be loaded (Error: x)',
    });
  });
});
