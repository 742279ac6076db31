/**
 * Triage (DESIGN §2.4): before a boundary is broken, three honest questions and a suggestion —
 * "real emergency" or "red cup" — with its reasons in plain sentences. The user decides; this
 * only suggests, and leans to red cup whenever it is unsure: only an agreed situation that
 * really cannot wait justifies an exception.
 *
 * Pure and deterministic: the wording takes its names and times from a `TriageContext`.
 */
import type { GuardCheck } from './guard-types.ts';
import type { TriageAnswer, TriageAnswers } from './ledger-types.ts';
import type { EmergencyPolicy } from './profile.ts';
import { STRONG_SITUATION_WEIGHT } from './emergency-signals.ts';
import type { Signal, TriageQuestion, TriageSuggestionWithReasons } from './triage-types.ts';

/** The questions in the order the panel asks them. */
export const TRIAGE_KEYS: readonly (keyof TriageAnswers)[] = ['agreedSituation', 'realHarm', 'emergencyToClient'];

export interface TriageContext {
  /** The matched clients' names, in the verdict's order. */
  clientNames: readonly string[];
  /** Every situation the matched clients agreed count as an emergency. */
  situations: readonly string[];
  /** How the client should reach the user in a real emergency ("call 555-0100"); '' = none agreed. */
  channel: string;
  /** When the next window opens, as the panel's button says it ("Tue 08:00"); null = none within a year. */
  nextWindowLabel: string | null;
}

/** The context from the matched clients' names and emergency policies (as `GuardCheck.emergency` holds them). */
export function triageContext(
  clients: readonly { name: string; policy: EmergencyPolicy }[],
  nextWindowLabel: string | null,
): TriageContext {
  const unique = (list: readonly string[]) => [...new Set(list.map((s) => s.trim()).filter((s) => s !== ''))];
  return {
    clientNames: unique(clients.map((c) => c.name)),
    situations: unique(clients.flatMap((c) => c.policy.situations)),
    channel: unique(clients.map((c) => c.policy.channel)).join(' or '),
    nextWindowLabel,
  };
}

/**
 * The context for a compose's guard check: its clients, their policies, and the next window as
 * the panel's button says it (`Send Tue 08:00` → `Tue 08:00`, in the first client's zone).
 */
export function triageContextOf(check: GuardCheck): TriageContext {
  const label = check.view.next === null ? null : check.view.next.button.replace(/^Send /, '');
  return triageContext(
    check.emergency.map((e) => ({ name: e.profile.name, policy: e.policy })),
    label,
  );
}

/** "Acme", "Acme and Globex", "Acme, Globex and Initech"; "the client" when there is none. */
export function clientList(names: readonly string[], conjunction = 'and'): string {
  if (names.length === 0) return 'the client';
  if (names.length === 1) return names[0]!;
  return `${names.slice(0, -1).join(', ')} ${conjunction} ${names[names.length - 1]!}`;
}

function possessiveBusiness(names: readonly string[]): string {
  if (names.length === 0) return "the client's business";
  if (names.length > 1) return `the business of ${clientList(names, 'or')}`;
  const name = names[0]!;
  return /s$/i.test(name) ? `${name}' business` : `${name}'s business`;
}

const until = (ctx: TriageContext) => ctx.nextWindowLabel ?? 'the next window';

const channelClause = (ctx: TriageContext) =>
  ctx.channel.trim() === ''
    ? 'answer on schedule'
    : `answer on schedule or by the agreed channel (${ctx.channel.trim()})`;

const quote = (text: string) => `“${text}”`;

/** The three questions of DESIGN §2.4, worded for these clients. */
export function triageQuestions(ctx: TriageContext): TriageQuestion[] {
  const clients = clientList(ctx.clientNames);
  const agreed =
    ctx.situations.length === 0
      ? `No emergency situations were agreed with ${clients}.`
      : `Agreed with ${clients}: ${ctx.situations.join('; ')}.`;
  return [
    {
      key: 'agreedSituation',
      text: `Is it one of the situations ${clients} agreed counts as an emergency?`,
      hint: agreed,
    },
    {
      key: 'realHarm',
      text: `Will waiting until ${until(ctx)} cause real harm to ${possessiveBusiness(ctx.clientNames)}?`,
      hint: 'Real harm is lost business, a growing public problem or a missed legal deadline — not impatience.',
    },
    {
      key: 'emergencyToClient',
      text: `Is it an emergency to ${clients}, even if not to you?`,
      hint: `If so, acknowledge it with empathy, then ${channelClause(ctx)}.`,
    },
  ];
}

/** The strongest client-situation signals: the whole phrase, or all its words, found in the request. */
function strongSituations(signals: readonly Signal[]): string[] {
  const strong = signals
    .filter((s) => s.source === 'client-situation' && s.weight >= STRONG_SITUATION_WEIGHT)
    .map((s) => s.keyword);
  return [...new Set(strong)];
}

function agreedReason(answer: TriageAnswer | undefined, clients: string): string {
  const situations = `the situations ${clients} agreed count as emergencies`;
  switch (answer) {
    case 'yes':
      return `It is one of ${situations}.`;
    case 'no':
      return `It is not one of ${situations}.`;
    case 'unsure':
      return `You are not sure it is one of ${situations}.`;
    case undefined:
      return `You have not said whether it is one of ${situations}.`;
  }
}

function harmReason(answer: TriageAnswer | undefined, ctx: TriageContext, agreed: boolean, strong: string[]): string {
  const waiting = `waiting until ${until(ctx)}`;
  switch (answer) {
    case 'yes':
      return agreed
        ? `Waiting until ${until(ctx)} would cause real harm to ${possessiveBusiness(ctx.clientNames)}.`
        : `Waiting until ${until(ctx)} may cost something, but only the situations agreed in advance justify breaking the boundary.`;
    case 'no':
      return `Waiting until ${until(ctx)} does no real harm.`;
    case 'unsure':
      if (agreed && strong.length > 0) {
        return `You are not sure ${waiting} does real harm, but the request names ${quote(strong[0]!)}, which ${clientList(ctx.clientNames)} agreed counts as an emergency.`;
      }
      return `You are not sure ${waiting} does real harm.`;
    case undefined:
      return `You have not said whether ${waiting} does real harm.`;
  }
}

/**
 * Real emergency only when it is an agreed situation AND waiting does real harm — or when it is
 * agreed, the harm is unsure, and the request itself names an agreed situation. Anything else,
 * unanswered questions included, is a red cup.
 */
export function suggestTriage(
  answers: Partial<TriageAnswers>,
  signals: readonly Signal[],
  ctx: TriageContext = { clientNames: [], situations: [], channel: '', nextWindowLabel: null },
): TriageSuggestionWithReasons {
  const clients = clientList(ctx.clientNames);
  const strong = strongSituations(signals);
  const agreed = answers.agreedSituation === 'yes';
  const real = agreed && (answers.realHarm === 'yes' || (answers.realHarm === 'unsure' && strong.length > 0));

  const reasons = [agreedReason(answers.agreedSituation, clients), harmReason(answers.realHarm, ctx, agreed, strong)];
  if (real) return { suggestion: 'real-emergency', reasons };

  if (!agreed && strong.length > 0) {
    reasons.push(
      `The request names ${quote(strong[0]!)}, which ${clients} agreed counts as an emergency: check the first answer.`,
    );
  }
  if (answers.emergencyToClient === 'yes') {
    reasons.push(`It feels urgent to ${clients}: acknowledge it with empathy and ${channelClause(ctx)}.`);
  }
  return { suggestion: 'red-cup', reasons };
}
