/**
 * Helpers for the import and export tests: the fixture files in e2e/fixtures/import/, choosing
 * a file the way a user does (the "Import profiles…" button and the browser's file chooser),
 * and what the user and IndexedDB hold at a given moment.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ClientProfile } from '../../src/core/profile.ts';
import { callWorker, expect, readIdb, type Page, type Worker } from './extension.ts';

export const IMPORT_FIXTURES = fileURLToPath(new URL('../fixtures/import/', import.meta.url));

/** The absolute path of a fixture file, e.g. `two-clients.json`. */
export function fixturePath(name: string): string {
  return path.join(IMPORT_FIXTURES, name);
}

export interface ProfilesFile {
  format: 'red-cup-profiles';
  version: number;
  exportedAt: string;
  profiles: ClientProfile[];
}

/** A fixture file in the export format, parsed. */
export function readProfilesFile(name: string): ProfilesFile {
  return JSON.parse(readFileSync(fixturePath(name), 'utf8')) as ProfilesFile;
}

/** An in-memory file for the file chooser. */
export interface FileContent {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

export function jsonFile(name: string, value: unknown): FileContent {
  return { name, mimeType: 'application/json', buffer: Buffer.from(`${JSON.stringify(value, null, 2)}\n`) };
}

/** Presses "Import profiles…" and answers the file chooser with `file` (a path or content). */
export async function chooseImportFile(page: Page, file: string | FileContent): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import profiles…' }).click();
  await (await chooser).setFiles(file);
}

/** The import preview region ("Import preview"). */
export function importPreview(page: Page) {
  return page.getByRole('region', { name: 'Import preview' });
}

/** The refusal shown for a bad file. */
export function importRefusal(page: Page) {
  return page.getByRole('alert').filter({ hasText: 'This file was not imported' });
}

/**
 * A profile from a file as Red Cup stores it: a file written before delivery could be chosen
 * has no `sendLater.delivery`, and is read as delivery through the provider's scheduler; every
 * write gives the profile its next revision (which one depends on the profile's history here).
 */
export function asStored(profile: ClientProfile): ClientProfile {
  return {
    ...profile,
    // A matcher in place of the number: `toEqual` accepts any revision here.
    revision: expect.any(Number) as unknown as number,
    sendLater: { ...profile.sendLater, delivery: profile.sendLater.delivery ?? 'provider' },
  };
}

/** Every stored profile, read inside the worker, sorted by id (so two reads compare equal). */
export async function storedProfiles(worker: Worker): Promise<ClientProfile[]> {
  const all = await readIdb<ClientProfile>(worker, 'profiles');
  return all.sort((a, b) => a.id.localeCompare(b.id));
}

/** The client names the options page lists, in order. */
export async function listedClients(page: Page): Promise<string[]> {
  const names = page.getByRole('list', { name: 'Client profiles' }).locator('.rc-profile__name');
  return (await names.allTextContents()).map((n) => n.trim());
}

/** Waits until the options page lists exactly these clients. */
export async function expectListedClients(page: Page, names: readonly string[]): Promise<void> {
  await expect(page.getByRole('list', { name: 'Client profiles' }).locator('.rc-profile__name')).toHaveText([...names]);
}

/**
 * Stores `profiles` through the worker's own `profiles/save` (as the editor does) and reloads
 * the options page, so a test starts from clients that are already there.
 */
export async function seedProfiles(page: Page, profiles: readonly ClientProfile[]): Promise<void> {
  for (const profile of profiles) {
    const answer = await callWorker(page, 'profiles/save', profile);
    if (!answer.ok) throw new Error(`seeding "${profile.name}" failed: ${answer.error.message}`);
  }
  await page.reload();
  await expectListedClients(
    page,
    [...profiles].map((p) => p.name).sort((a, b) => a.localeCompare(b)),
  );
}
