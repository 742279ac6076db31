import { describe, expect, it } from 'vitest';
import source from './manifest.json' with { type: 'json' };
import { manifestFor, manifestHostProblem } from './manifest.config.ts';

// manifest.json is JSON and cannot import the providers table, so the build checks that the
// hosts it asks for are exactly the table's: a provider added in one place only fails here.
describe('manifest.json and the providers table', () => {
  it('agree today', () => {
    expect(manifestHostProblem(source)).toBeNull();
    expect(() => manifestFor('chrome')).not.toThrow();
  });

  it('a host the table does not name is refused, naming where it is', () => {
    const extra = { ...source, host_permissions: [...source.host_permissions, 'https://mail.yahoo.com/*'] };
    expect(manifestHostProblem(extra)).toMatch(/host_permissions.*mail\.yahoo\.com/);
    const missing = {
      ...source,
      content_scripts: [{ ...source.content_scripts[0]!, matches: ['https://mail.google.com/*'] }],
    };
    expect(manifestHostProblem(missing)).toMatch(/content_scripts\[0\]\.matches/);
  });
});
