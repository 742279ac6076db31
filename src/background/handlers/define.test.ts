import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import type { Result } from '../../messaging/protocol.ts';
import { registerHandlers, type Listen } from '../register.ts';
import type { SenderInfo } from '../sender-check.ts';
import { freshDatabase } from '../test-support/db.ts';
import { CONTENT_SENDER, makeDeps, PAGE_SENDER, sampleProfile, SELF } from '../test-support/fixtures.ts';
import { CONTENT_MESSAGES, defineHandler } from './define.ts';
import { ok } from '../../messaging/result.ts';
import { saveProfile } from './profiles.ts';

describe('defineHandler', () => {
  it('checks the sender before doing anything', async () => {
    const run = vi.fn(async () => ok(null));
    const handler = defineHandler('profiles/delete', { failure: 'Could not delete', run });
    const deps = makeDeps(freshDatabase());

    const answer = await handler(
      'acme',
      { id: 'other-extension', url: 'chrome-extension://other-extension/x.html' },
      deps,
    );
    expect(answer).toEqual({
      ok: false,
      error: { message: 'Refused: the request came from another extension (other-extension).' },
    });
    expect(run).not.toHaveBeenCalled();
  });

  it('refuses a content script a message meant for our pages', async () => {
    const run = vi.fn(async () => ok(null));
    const handler = defineHandler('profiles/delete', { failure: 'Could not delete', run });
    const answer = await handler('acme', CONTENT_SENDER, makeDeps(freshDatabase()));
    expect(answer.ok).toBe(false);
    expect(answer.ok ? '' : answer.error.message).toMatch(
      /^Refused: "profiles\/delete" is only answered for Red Cup's own pages/,
    );
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
    const handler = defineHandler('profiles/list', {
      failure: 'Could not read the client profiles',
      run: () => {
        throw new TypeError('x is undefined');
      },
    });
    expect(await handler(undefined, PAGE_SENDER, makeDeps(freshDatabase()))).toEqual({
      ok: false,
      error: {
        message: 'Could not read the client profiles: something unexpected went wrong (TypeError: x is undefined).',
      },
    });
  });

  it('reports a database that cannot be opened', async () => {
    const deps = makeDeps(() =>
      Promise.reject(
        new DOMException('The requested version (1) is less than the existing version (2).', 'VersionError'),
      ),
    );
    const answer = await saveProfile(sampleProfile(), PAGE_SENDER, deps);
    expect(answer.ok ? '' : answer.error.message).toMatch(
      /^Could not save the profile: the stored data belongs to a newer version of Red Cup/,
    );
  });
});

type Reply = (message: { data: unknown; sender: SenderInfo }) => Promise<unknown>;

/** Every handler as the worker wires it, by message name. */
function wiredHandlers(): Map<string, Reply> {
  const wired = new Map<string, Reply>();
  const record = (name: string, reply: Reply) => {
    wired.set(name, reply);
    return () => undefined;
  };
  const deps = makeDeps(freshDatabase());
  registerHandlers(record as unknown as Listen, () => deps);
  return wired;
}

/** The messages src/content sends with `call('…')`, read from the source itself. */
function messagesTheContentScriptCalls(): string[] {
  const root = fileURLToPath(new URL('../../content', import.meta.url));
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter(
    (f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f),
  );
  // `call(…)`, and the guard's writes that survive a lost answer (guard/worker-writes.ts: `ask(…)`, `writeQueueOnce(ask, …)`).
  const names = new Set<string>();
  for (const file of files) {
    for (const match of readFileSync(path.join(root, file), 'utf8').matchAll(
      /\b(?:call\(|ask\(|writeQueueOnce\(\s*[\w.]+,)\s*'([a-z-]+\/[a-z-]+)'/g,
    ))
      names.add(match[1] ?? '');
  }
  return [...names].sort();
}

const OUR_PAGES_ONLY = /^Refused: "[a-z/-]+" is only answered for Red Cup's own pages, not for a mail page\.$/;

const FOREIGN_SENDERS: [label: string, sender: SenderInfo][] = [
  ['another extension', { id: 'other-extension', url: 'chrome-extension://other-extension/x.html' }],
  ['a web page', { url: 'https://evil.example/', origin: 'https://evil.example' }],
  [
    'our id on a page that is not a mail page',
    { id: SELF.id, url: 'https://evil.example/', tab: { url: 'https://evil.example/' } },
  ],
];

describe('who may send each message', () => {
  it('the content script is answered exactly the messages it calls', () => {
    expect([...CONTENT_MESSAGES].sort()).toEqual([
      'guard/check',
      'ledger/record',
      'queue/enqueue',
      'queue/handoff',
      'queue/is-stored',
      'statement/for-compose',
    ]);
    expect(messagesTheContentScriptCalls()).toEqual([...CONTENT_MESSAGES].sort());
  });

  it('every other message is refused for a content script before it does anything', async () => {
    const wired = wiredHandlers();
    const contentAllowed: string[] = [];
    for (const [name, reply] of wired) {
      const answer = (await reply({ data: undefined, sender: CONTENT_SENDER })) as Result<unknown>;
      if (answer.ok || !OUR_PAGES_ONLY.test(answer.error.message)) contentAllowed.push(name);
    }
    expect(contentAllowed.sort()).toEqual([...CONTENT_MESSAGES].sort());
  });

  it('no message is refused for our pages by the sender check', async () => {
    for (const [name, reply] of wiredHandlers()) {
      const answer = (await reply({ data: undefined, sender: PAGE_SENDER })) as Result<unknown>;
      expect(answer.ok ? '' : answer.error.message, name).not.toMatch(
        /^Refused: ("[a-z/-]+" is only answered|the request came from|the request did not come)/,
      );
    }
  });

  it.each(FOREIGN_SENDERS)('every message is refused for %s, saying who asked', async (_label, sender) => {
    for (const [name, reply] of wiredHandlers()) {
      const answer = (await reply({ data: undefined, sender })) as Result<unknown>;
      expect(answer.ok ? '' : answer.error.message, name).toMatch(
        /^Refused: the request (came from|did not come from) /,
      );
    }
  });
});
