/**
 * One exception (a reply sent outside the boundary) in words for the exception list: when, in
 * the client's zone and the user's; what kind; the triage answers and the suggestion shown; the
 * promise. Never a subject, body or address — the worker sends none.
 */
import { formatWhen, zoneAbbreviation, type Clock } from '../../../core/format.ts';
import type { TriageAnswer } from '../../../core/ledger-types.ts';
import type { PromiseOutcome, ReportException } from '../../../core/report-types.ts';

export interface ExceptionText {
  /** `Tue 1 Dec 20:10 EST (client)`, or null for a deleted client whose zone is gone. */
  clientTime: string | null;
  /** `Wed 2 Dec 02:10 GMT+1 (you)`. */
  userTime: string;
  kind: string;
  /** `Agreed situation: no · Real harm if it waits: no · Emergency to the client: unsure`, or null without triage. */
  answers: string | null;
  /** `Red Cup suggested: red cup`, or null without triage. */
  suggestion: string | null;
  promise: string;
}

const ANSWER: Record<TriageAnswer, string> = { yes: 'yes', no: 'no', unsure: 'not sure' };
const KIND: Record<ReportException['kind'], string> = {
  'sent-emergency': 'Real emergency, sent at once',
  'sent-anyway': 'Red cup, sent anyway',
};
const PROMISE: Record<PromiseOutcome, string> = {
  kept: 'Promise kept',
  broken: 'Promise broken',
  unknown: 'Promise unknown (request time not known)',
};

function when(iso: string, zone: string, clock: Clock, now: string): string {
  return `${formatWhen(iso, zone, clock, now)} ${zoneAbbreviation(zone, iso)}`;
}

export function exceptionText(
  e: ReportException,
  clientZone: string | null,
  userZone: string,
  clock: Clock,
  now: string,
): ExceptionText {
  const deadline =
    e.promiseDeadline !== null && e.promise !== 'unknown'
      ? ` (deadline ${when(e.promiseDeadline, clientZone ?? userZone, clock, now)})`
      : '';
  return {
    clientTime: clientZone === null ? null : when(e.at, clientZone, clock, now),
    userTime: when(e.at, userZone, clock, now),
    kind: KIND[e.kind],
    answers:
      e.triage === null
        ? null
        : [
            `Agreed situation: ${ANSWER[e.triage.answers.agreedSituation]}`,
            `Real harm if it waits: ${ANSWER[e.triage.answers.realHarm]}`,
            `Emergency to the client: ${ANSWER[e.triage.answers.emergencyToClient]}`,
          ].join(' · '),
    suggestion:
      e.triage === null
        ? null
        : `Red Cup suggested: ${e.triage.suggestion === 'real-emergency' ? 'real emergency' : 'red cup'}`,
    promise: `${PROMISE[e.promise]}${deadline}`,
  };
}
