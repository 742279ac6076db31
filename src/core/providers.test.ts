import { describe, expect, it } from 'vitest';
import { hostPatterns, PROVIDER_NAMES, providerForHost } from './providers.ts';

describe('the providers table', () => {
  it('names the hosts of each provider', () => {
    expect(providerForHost('mail.google.com')).toBe('gmail');
    expect(providerForHost('Outlook.Live.com')).toBe('outlook');
    expect(providerForHost('outlook.office365.com')).toBe('outlook');
    expect(providerForHost('mail.google.com.evil.example')).toBeNull();
    expect(providerForHost('google.com')).toBeNull();
    expect(hostPatterns('gmail')).toEqual(['https://mail.google.com/*']);
    expect(PROVIDER_NAMES).toEqual(['gmail', 'outlook']);
  });
});
