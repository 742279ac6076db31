import { describe, expect, it } from 'vitest';
import { statementFor } from '../../core/statement.ts';
import { freshDatabase } from '../test-support/db.ts';
import { CONTENT_SENDER, makeDeps, PAGE_SENDER, sampleProfile } from '../test-support/fixtures.ts';
import { statementForCompose } from './statement.ts';

const monday = new Date('2026-11-23T15:00:00Z');
const acme = sampleProfile();
const globex = sampleProfile({ id: 'globex', name: 'Globex', match: ['globex.com'], timeZone: 'Australia/Sydney' });

async function depsWith(...profiles: ReturnType<typeof sampleProfile>[]) {
  const deps = makeDeps(freshDatabase(), monday);
  for (const p of profiles) await deps.profiles.put(p);
  return deps;
}

describe('statement/for-compose', () => {
  it('answers the one client’s statement in the user’s clock and the browser’s language (from a content script)', async () => {
    const deps = await depsWith(acme, globex);
    await deps.settings.patch({ clock: '12h' });
    const answer = await statementForCompose(
      { recipients: ['Jane <jane@acme.com>', 'bob@acme.com'], kind: 'signature' },
      CONTENT_SENDER,
      deps,
    );
    const expected = statementFor(acme, {
      kind: 'signature',
      tone: 'friendly',
      language: 'en',
      clock: '12h',
      now: monday,
    });
    expect(answer).toEqual({
      ok: true,
      value: {
        kind: 'text',
        text: expected,
        client: { id: 'acme', name: 'Acme', color: '#cc3333', timeZone: 'America/New_York' },
        language: 'en',
      },
    });
    expect(expected).toContain('Mon–Fri');
  });

  it('writes German for a German browser, like the options preview', async () => {
    const deps = { ...(await depsWith(acme)), browserLanguage: () => 'de-AT' };
    const answer = await statementForCompose({ recipients: ['jane@acme.com'], kind: 'paragraph' }, PAGE_SENDER, deps);
    if (!answer.ok || answer.value.kind !== 'text') throw new Error('expected a text');
    expect(answer.value.language).toBe('de');
    expect(answer.value.text).toBe(
      statementFor(acme, { kind: 'paragraph', tone: 'friendly', language: 'de', clock: '24h', now: monday }),
    );
  });

  it('asks which client when several are among the recipients, and answers the chosen one', async () => {
    const deps = await depsWith(acme, globex);
    const recipients = ['ops@globex.com', 'jane@acme.com'];
    const choose = await statementForCompose({ recipients, kind: 'paragraph' }, CONTENT_SENDER, deps);
    expect(choose.ok && choose.value.kind === 'choose' && choose.value.clients.map((c) => c.id)).toEqual([
      'globex',
      'acme',
    ]);
    const chosen = await statementForCompose(
      { recipients, kind: 'paragraph', profileId: 'acme' },
      CONTENT_SENDER,
      deps,
    );
    expect(chosen.ok && chosen.value.kind === 'text' && chosen.value.client.id).toBe('acme');
  });

  it('uses the "Everyone else" profile for recipients no client claims, and ignores a pause', async () => {
    const deps = await depsWith(acme);
    await deps.settings.patch({ defaultProfileId: 'acme', pausedUntil: '2026-11-23T18:00:00.000Z' });
    const answer = await statementForCompose(
      { recipients: ['x@unknown.org'], kind: 'paragraph' },
      CONTENT_SENDER,
      deps,
    );
    expect(answer.ok && answer.value.kind === 'text' && answer.value.client.id).toBe('acme');
  });

  it('refuses without a client among the recipients, and a client that is not among them', async () => {
    const deps = await depsWith(acme, globex);
    expect(
      await statementForCompose({ recipients: ['x@unknown.org'], kind: 'paragraph' }, CONTENT_SENDER, deps),
    ).toEqual({
      ok: false,
      error: { message: 'No client is among the recipients: add a client’s address first.' },
    });
    expect(
      await statementForCompose(
        { recipients: ['jane@acme.com'], kind: 'paragraph', profileId: 'globex' },
        CONTENT_SENDER,
        deps,
      ),
    ).toEqual({ ok: false, error: { message: 'That client is not among the recipients of this compose.' } });
  });

  it('refuses a malformed request, naming the problem', async () => {
    const deps = await depsWith(acme);
    const answer = await statementForCompose({ recipients: ['jane@acme.com'], kind: 'poem' }, CONTENT_SENDER, deps);
    expect(answer.ok).toBe(false);
    if (!answer.ok) {
      expect(answer.error.message).toBe('Refused: the statement request is not well-formed.');
      expect(answer.error.problems).toEqual([{ path: 'kind', message: '"kind" must be "paragraph" or "signature".' }]);
    }
  });

  it('refuses another extension before reading anything', async () => {
    const deps = await depsWith(acme);
    const answer = await statementForCompose(
      { recipients: ['jane@acme.com'], kind: 'paragraph' },
      { id: 'other', url: 'chrome-extension://other/x.html' },
      deps,
    );
    expect(answer).toEqual({
      ok: false,
      error: { message: 'Refused: the request came from another extension (other).' },
    });
  });
});

describe('statement/for-compose with public holidays', () => {
  it('names the client’s public holidays of the next 30 days (Thanksgiving, a US profile)', async () => {
    const deps = await depsWith({ ...acme, holidays: { country: 'US', region: 'NY', workAnyway: [] } });
    const answer = await statementForCompose({ recipients: ['jane@acme.com'], kind: 'paragraph' }, CONTENT_SENDER, {
      ...deps,
      now: () => new Date('2026-11-16T15:00:00Z'),
    });
    expect(answer.ok && answer.value.kind === 'text' ? answer.value.text : '').toContain('Thanksgiving');
  });
});

describe('statement/for-compose with the user’s own wording', () => {
  it('fills it for the paragraph, keeps the generated signature line', async () => {
    const deps = await depsWith({ ...acme, statementTemplate: 'Hello! I reply {hours}.\n{promise}' });
    const paragraph = await statementForCompose(
      { recipients: ['jane@acme.com'], kind: 'paragraph' },
      CONTENT_SENDER,
      deps,
    );
    expect(paragraph.ok && paragraph.value.kind === 'text' ? paragraph.value.text : '').toMatch(
      /^Hello! I reply Monday to Friday, .* Eastern Time\.\n/,
    );
    const signature = await statementForCompose(
      { recipients: ['jane@acme.com'], kind: 'signature' },
      CONTENT_SENDER,
      deps,
    );
    expect(signature.ok && signature.value.kind === 'text' ? signature.value.text : '').toMatch(/^Replies /);
  });

  it('refuses a wording that gives nothing for this client, saying which placeholder was empty', async () => {
    const deps = await depsWith({ ...acme, statementTemplate: '{timeOff}' });
    const answer = await statementForCompose(
      { recipients: ['jane@acme.com'], kind: 'paragraph' },
      CONTENT_SENDER,
      deps,
    );
    expect(answer).toEqual({
      ok: false,
      error: {
        message:
          'The statement for Acme cannot be written: The template gives an empty text: {timeOff} is empty for this client.',
      },
    });
  });
});
