import { describe, expect, it } from 'vitest';
import { freshDatabase } from '../test-support/db.ts';
import { CONTENT_SENDER, makeDeps, PAGE_SENDER, sampleProfile } from '../test-support/fixtures.ts';
import { checkGuard } from './guard.ts';
import { saveProfile } from './profiles.ts';
import { exportProfilesFile, importProfilesFile } from './profiles-file.ts';

const acme = sampleProfile();
const globex = sampleProfile({ id: 'globex', name: 'Globex', match: ['globex.com'] });

/** A real file, as the export writes it. */
async function exportedFile(profiles = [acme, globex]): Promise<string> {
  const deps = makeDeps(freshDatabase());
  await deps.profiles.putMany(profiles);
  const answer = await exportProfilesFile(undefined, PAGE_SENDER, deps);
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value.json;
}

describe('profiles/export', () => {
  it('exports every valid profile and names the records it had to skip', async () => {
    const database = freshDatabase();
    const deps = makeDeps(database);
    await deps.profiles.putMany([acme, globex]);
    await (await database()).put('profiles', { id: 'broken' });

    const answer = await exportProfilesFile(undefined, PAGE_SENDER, deps);
    expect(answer.ok).toBe(true);
    if (!answer.ok) return;
    expect(answer.value.fileName).toMatch(/\.json$/);
    expect(answer.value.json).toContain('"Globex"');
    expect(answer.value.skipped?.map((r) => r.key)).toEqual(['broken']);
  });

  it('is refused for our content script', async () => {
    expect((await exportProfilesFile(undefined, CONTENT_SENDER, makeDeps(freshDatabase()))).ok).toBe(false);
  });
});

describe('profiles/import', () => {
  it('previews without writing anything', async () => {
    const text = await exportedFile();
    const deps = makeDeps(freshDatabase());
    const answer = await importProfilesFile({ text, apply: false }, PAGE_SENDER, deps);
    expect(answer.ok).toBe(true);
    if (!answer.ok) return;
    expect(answer.value.applied).toBe(false);
    expect(answer.value.added.map((p) => p.id).sort()).toEqual(['acme', 'globex']);
    expect((await deps.profiles.list()).profiles).toEqual([]);
  });

  it('applies the merged set in one go and says so', async () => {
    const text = await exportedFile();
    const deps = makeDeps(freshDatabase());
    await deps.profiles.put({ ...acme, name: 'Acme (old name)' });

    const answer = await importProfilesFile({ text, apply: true }, PAGE_SENDER, deps);
    expect(answer.ok).toBe(true);
    if (!answer.ok) return;
    expect(answer.value.applied).toBe(true);
    expect(answer.value.added.map((p) => p.id)).toEqual(['globex']);
    expect(answer.value.changed.map((c) => c.profile.id)).toEqual(['acme']);
    const stored = (await deps.profiles.list()).profiles.sort((a, b) => a.id.localeCompare(b.id));
    // Each written one revision on: Acme (stored before revisions) and the new Globex both at 1.
    expect(stored).toEqual([
      { ...acme, revision: 1 },
      { ...globex, revision: 1 },
    ]);
  });

  it('keeps stored profiles that are not in the file', async () => {
    const text = await exportedFile([globex]);
    const deps = makeDeps(freshDatabase());
    await deps.profiles.put(acme);
    await importProfilesFile({ text, apply: true }, PAGE_SENDER, deps);
    expect((await deps.profiles.list()).profiles.map((p) => p.id).sort()).toEqual(['acme', 'globex']);
  });

  const badFiles: [string, string][] = [
    ['not JSON', '{"profiles": ['],
    ['the wrong shape', JSON.stringify({ hello: 'world' })],
  ];

  it.each(badFiles)('refuses a file that is %s, naming the problems, and changes nothing', async (_label, text) => {
    const deps = makeDeps(freshDatabase());
    await deps.profiles.put(acme);
    for (const apply of [false, true]) {
      const answer = await importProfilesFile({ text, apply }, PAGE_SENDER, deps);
      expect(answer.ok).toBe(false);
      if (answer.ok) return;
      expect(answer.error.message).toBe('This file was not imported and nothing was changed:');
      expect(answer.error.problems?.length).toBeGreaterThan(0);
    }
    expect((await deps.profiles.list()).profiles).toEqual([acme]);
  });

  // An exact address beats a domain, so only the identical entry is a conflict.
  it('refuses a file whose profile claims an entry another stored client has', async () => {
    const claimer = sampleProfile({ id: 'claimer', name: 'Claimer', match: ['acme.com'] });
    const text = await exportedFile([claimer]);
    const deps = makeDeps(freshDatabase());
    await deps.profiles.put(acme);
    const answer = await importProfilesFile({ text, apply: true }, PAGE_SENDER, deps);
    expect(answer.ok).toBe(false);
    expect((await deps.profiles.list()).profiles).toEqual([acme]);
  });

  it('refuses a malformed request', async () => {
    const deps = makeDeps(freshDatabase());
    for (const data of [undefined, 'text', { text: 1, apply: true }, { text: '{}' }]) {
      const answer = await importProfilesFile(data, PAGE_SENDER, deps);
      expect(answer.ok ? '' : answer.error.message).toBe('Refused: the import request is not well-formed.');
    }
  });

  it('is refused for our content script', async () => {
    const text = await exportedFile();
    const deps = makeDeps(freshDatabase());
    expect((await importProfilesFile({ text, apply: true }, CONTENT_SENDER, deps)).ok).toBe(false);
    expect((await deps.profiles.list()).profiles).toEqual([]);
  });

  it('writes each imported profile one revision on; an editor opened before the import is then out of date', async () => {
    const deps = makeDeps(freshDatabase());
    await deps.profiles.put({ ...acme, name: 'Acme (old name)', revision: 4 });
    const answer = await importProfilesFile({ text: await exportedFile(), apply: true }, PAGE_SENDER, deps);
    expect(answer.ok).toBe(true);
    const stored = (await deps.profiles.list()).profiles.map((p) => [p.id, p.revision]);
    expect(stored).toEqual([
      ['acme', 5],
      ['globex', 1],
    ]);
    const stale = await saveProfile({ ...acme, name: 'Acme edited before the import', revision: 4 }, PAGE_SENDER, deps);
    expect(stale.ok ? [] : stale.error.problems?.map((p) => p.path)).toEqual(['revision']);
  });

  it('refuses a file over 5 MB at once, naming the limit', async () => {
    const deps = makeDeps(freshDatabase());
    const text = JSON.stringify([{ ...acme, notes: 'n'.repeat(5_200_000) }]);
    const answer = await importProfilesFile({ text, apply: true }, PAGE_SENDER, deps);
    expect(answer.ok ? [] : answer.error.problems?.map((p) => p.message)).toEqual([
      `The file is ${Math.ceil(text.length / 10_000) / 100} MB; a profiles file may be at most 5 MB.`,
    ]);
  });

  it('answers guard/check while it checks a large file, before the import is done', async () => {
    const deps = makeDeps(freshDatabase());
    await deps.profiles.put(acme);
    const many = Array.from({ length: 600 }, (_, i) =>
      sampleProfile({ id: `c${i}`, name: `Client ${i}`, match: [`c${i}.example`, `a${i}@b${i}.example`] }),
    );
    const text = await exportedFile(many);
    await deps.profiles.snapshot(); // the worker has answered composes before
    const order: string[] = [];
    const importing = importProfilesFile({ text, apply: true }, PAGE_SENDER, deps).then((a) =>
      order.push(a.ok ? 'import' : 'import refused'),
    );
    // A compose asks right after the import began: its answer must not wait for the whole import.
    await new Promise((resolve) => setTimeout(resolve, 0));
    const guard = checkGuard({ recipients: ['jane@acme.com'] }, CONTENT_SENDER, deps).then((a) =>
      order.push(a.ok ? 'guard' : 'guard failed'),
    );
    await Promise.all([importing, guard]);
    expect(order).toEqual(['guard', 'import']);
    expect((await deps.profiles.list()).profiles).toHaveLength(601);
  });
});
