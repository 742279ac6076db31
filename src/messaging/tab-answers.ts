/**
 * The shape of every answer a mail tab gives (tab-protocol.ts), checked where it arrives (the
 * worker, the popup) before it is used. The schemas are built on first use inside a function,
 * so this module has no top-level work: the content script imports tab-protocol.ts, and this
 * module (and valibot) is dropped from its start-up bundle because it never sends.
 *
 * Objects the tab reports from the worker's own answers (the guard check) are checked loosely
 * (`looseObject`): what the popup shows is checked, and fields added later are kept.
 */
import { PROVIDER_NAMES } from '../core/providers.ts';
import * as v from 'valibot';
import type { TabAnswer, TabMessageName } from './tab-protocol.ts';

type Schemas = { readonly [K in TabMessageName]: v.GenericSchema };

function build() {
  const text = v.string();
  const texts = v.array(v.string());
  const provider = v.picklist(PROVIDER_NAMES);
  const problem = v.object({ path: text, message: text });
  const failure = v.object({
    ok: v.literal(false),
    error: v.object({ message: text, problems: v.optional(v.array(problem)) }),
  });
  const result = <S extends v.GenericSchema>(value: S) =>
    v.variant('ok', [v.object({ ok: v.literal(true), value }), failure]);

  const profileRef = v.looseObject({ id: text, name: text, color: text, timeZone: text });
  const verdict = v.variant('kind', [
    v.looseObject({ kind: v.literal('inside'), profiles: v.array(profileRef), until: text }),
    v.looseObject({
      kind: v.literal('outside'),
      profiles: v.array(profileRef),
      nextWindow: v.nullable(text),
      promiseKept: v.boolean(),
    }),
    v.looseObject({ kind: v.literal('unguarded'), why: text }),
  ]);
  const view = v.looseObject({
    tone: v.picklist(['inside', 'outside', 'unguarded']),
    pill: text,
    rules: texts,
    next: v.nullable(v.looseObject({ at: text, sendAt: text, button: text, inClientZones: texts, inUserZone: text })),
    promise: v.nullable(text),
    promiseKept: v.boolean(),
  });
  const check = v.looseObject({
    verdict,
    view,
    emergency: v.array(
      v.looseObject({
        profile: profileRef,
        policy: v.looseObject({ situations: texts, keywords: texts, channel: text }),
      }),
    ),
    clock: v.picklist(['12h', '24h']),
    delivery: v.picklist(['provider', 'local']),
  });
  const composeState = v.variant('kind', [
    v.object({ kind: v.literal('unsupported'), provider }),
    v.object({ kind: v.literal('no-compose'), provider }),
    v.object({
      kind: v.literal('compose'),
      compose: v.object({ id: text, provider, recipients: texts, subject: text, check: v.nullable(check) }),
    }),
  ]);
  const report = v.variant('outcome', [
    v.object({ outcome: v.literal('sent'), sentAt: text }),
    v.object({ outcome: v.literal('not-sent'), reason: text }),
    v.object({ outcome: v.literal('unknown'), reason: text }),
  ]);
  return {
    'tab/compose-state': result(composeState),
    'tab/compose-act': result(v.object({ message: text })),
    'tab/compose-insert': result(v.object({ message: text })),
    'tab/guard-refresh': v.unknown(), // nothing is read from it
    'tab/identity': v.object({ provider, account: v.nullable(text), supported: v.boolean() }),
    'tab/deliver': result(report),
    'tab/find-sent': result(v.object({ found: v.picklist(['yes', 'no', 'unknown']) })),
    'tab/open-compose': result(v.null()),
    'tab/cancel-scheduled': result(v.object({ done: v.picklist(['cancelled', 'manual']), message: text })),
  } satisfies Schemas;
}

/**
 * Fails to compile when a correct answer (TabAnswers) would not pass its check: the schemas and
 * the declared answer types cannot drift apart. Not for `tab/compose-state`: its guard check is
 * checked loosely (`looseObject`, whose type has an index signature the core's interfaces lack).
 */
type Tied = Exclude<TabMessageName, 'tab/compose-state'>;
type Accepted = { [K in Tied]: TabAnswer<K> extends v.InferInput<ReturnType<typeof build>[K]> ? true : false };
const _answersPass: Accepted = {
  'tab/compose-act': true,
  'tab/compose-insert': true,
  'tab/guard-refresh': true,
  'tab/identity': true,
  'tab/deliver': true,
  'tab/find-sent': true,
  'tab/open-compose': true,
  'tab/cancel-scheduled': true,
};

let schemas: ReturnType<typeof build> | null = null;

/** True when `answer` has the shape of `name`'s answer. */
export function isTabAnswer<K extends TabMessageName>(name: K, answer: unknown): answer is TabAnswer<K> {
  schemas ??= build();
  return v.is(schemas[name], answer);
}
