/**
 * The one typed message protocol between the content script, the background worker and the
 * extension pages (DESIGN §4). Each message's request and response types are declared here
 * once. Errors cross as values (`Result`), never as silence or a bare rejection.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ClientProfile, IsoInstant, Settings } from '../core/profile.ts';
import type { Problem } from '../core/problem.ts';
import type { Verdict } from '../core/verdict-types.ts';
import type { ProfileStatus } from '../core/status-types.ts';
import type { ImportPreview } from '../core/import-types.ts';
import type { GuardCheck } from '../core/guard-types.ts';
import type { LedgerEventInput } from '../core/ledger-types.ts';
import type { HandoffRequest, QueueEntry } from '../core/queue-types.ts';

export type Result<T> =
  | { ok: true; value: T }
  | { ok: false; error: { message: string; problems?: Problem[] } };

/** A stored record that failed validation: reported to the user, never silently dropped. */
export interface InvalidRecord {
  store: string;
  key: string;
  problems: Problem[];
}

export interface ProfilesListing {
  profiles: ClientProfile[];
  invalid: InvalidRecord[];
}

/** The send-later queue by due time, and the stored entries that failed validation. */
export interface QueueListing {
  entries: QueueEntry[];
  invalid: InvalidRecord[];
}

export interface VerdictRequest {
  recipients: string[];
  /** When the request being answered arrived; defaults to now. */
  requestAt?: IsoInstant;
}

export interface ProtocolMap {
  'profiles/list'(): Result<ProfilesListing>;
  'profiles/save'(profile: ClientProfile): Result<ClientProfile>;
  'profiles/delete'(id: string): Result<null>;
  /** `skipped`: stored records that failed validation and so are not in the file (see `profiles/list`). */
  'profiles/export'(): Result<{ fileName: string; json: string; skipped?: InvalidRecord[] }>;
  'profiles/import'(request: { text: string; apply: boolean }): Result<ImportPreview>;
  'settings/get'(): Result<Settings>;
  'settings/set'(patch: Partial<Settings>): Result<Settings>;
  'verdict/get'(request: VerdictRequest): Result<Verdict>;
  'status/profiles'(): Result<ProfileStatus[]>;
  /** The compose guard's verdict with everything the pill and panel show (content script). */
  'guard/check'(request: VerdictRequest): Result<GuardCheck>;
  /** One decision of the guard or triage, written to the ledger (never a body or subject). */
  'ledger/record'(event: LedgerEventInput): Result<{ id: string }>;
  /** A reply the provider's own scheduler took: a `handed-off` queue entry (no body). */
  'queue/handoff'(request: HandoffRequest): Result<QueueEntry>;
  'queue/list'(): Result<QueueListing>;
}

export type MessageName = keyof ProtocolMap;

/** What a message carries (`undefined` for messages without data). */
export type MessageData<K extends MessageName> = Parameters<ProtocolMap[K]>[0];

/** The value inside a message's successful `Result`. */
export type MessageValue<K extends MessageName> = ReturnType<ProtocolMap[K]> extends Result<infer T> ? T : never;

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
