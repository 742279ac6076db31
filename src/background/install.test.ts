import { describe, expect, it, vi } from 'vitest';
import { ONBOARDING_HASH, onInstalledEvent } from './install.ts';

describe('onInstalledEvent', () => {
  it('opens the onboarding on a first install', async () => {
    const open = vi.fn(async () => undefined);
    await onInstalledEvent({ reason: 'install' }, open);
    expect(open).toHaveBeenCalledWith(ONBOARDING_HASH);
    expect(ONBOARDING_HASH).toBe('onboarding');
  });

  it.each(['update', 'browser_update', 'chrome_update', 'shared_module_update'])(
    'does nothing on %s',
    async (reason) => {
      const open = vi.fn(async () => undefined);
      await onInstalledEvent({ reason }, open);
      expect(open).not.toHaveBeenCalled();
    },
  );

  it('does not let a failure to open a tab escape the event', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await expect(
      onInstalledEvent({ reason: 'install' }, () => Promise.reject(new Error('no tabs'))),
    ).resolves.toBeUndefined();
    expect(error).toHaveBeenCalled();
    error.mockRestore();
  });
});
