/**
 * The answers' value types of the worker messages (messages.ts names each message's), kept
 * apart from the table so the pages and the content script read them without its schemas.
 */
import type { ClientProfile } from '../core/profile.ts';
import type { Problem } from '../core/problem.ts';
import type { QueueEntry } from '../core/queue-types.ts';
import type { ProfileRef } from '../core/profile.ts';
import type { Language } from '../core/statement-types.ts';
import type { HolidayPlace } from '../core/holiday-choice.ts';

/** A stored record that failed validation: reported to the user, never silently dropped. */
export interface InvalidRecord {
  store: string;
  key: string;
  problems: Problem[];
  /** Queue records only: the reply (recipients and body) can still be read, so it can be opened in a compose window. */
  replyKept?: boolean;
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

/** The popup's view of the queue: cheap to answer with 10,000 entries stored. */
export interface QueueSummary {
  /** The next five waiting entries by due time (without their reply bodies). */
  next: QueueEntry[];
  /** Waiting entries per client (an entry for several clients counts for each). */
  perProfile: { profileId: string; waiting: number }[];
  /** All waiting entries (the badge's number). */
  waiting: number;
  /** Entries that need the user: `needs-attention` (held ones included). */
  attention: number;
}

/** What cancelling did: `manual` when the provider's scheduled message must be cancelled by hand (`how` says where). */
export interface CancelOutcome {
  entry: QueueEntry;
  done: 'cancelled' | 'manual';
  message: string;
}

/**
 * The text for the compose's one client (or the chosen one); `choose` when several clients are
 * among the recipients and none was chosen: the user picks one of `clients`.
 */
export type ComposeStatement =
  { kind: 'text'; text: string; client: ProfileRef; language: Language } | { kind: 'choose'; clients: ProfileRef[] };
/** The holiday picker's lists: every country, and the regions of the one asked about. */
export interface HolidayPlaces {
  countries: HolidayPlace[];
  /** Empty without a country, or for a country without regions of its own. */
  regions: HolidayPlace[];
}
