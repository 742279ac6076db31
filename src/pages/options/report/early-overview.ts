/**
 * The overview asked for as the options page starts, when it opens on the report (`#report`: a
 * bookmark, the popup's "How consistent was I this week?", the weekly summary): the question
 * goes to the worker alongside the page's own first questions and the report's code, instead
 * of after them (DESIGN §6: the 12-week overview on screen ≤ 300 ms). Taken once; any later
 * overview is asked afresh. In the page's first chunk, so it is small: one map and `call`.
 */
import type { ReportOverview, ReportPeriod } from '../../../core/report-types.ts';
import type { Result } from '../../../messaging/protocol.ts';
import { call } from '../../ui/rpc.ts';

const early = new Map<string, Promise<Result<ReportOverview>>>();
const keyOf = (period: ReportPeriod) => JSON.stringify(period);

export function askOverviewEarly(period: ReportPeriod): void {
  early.set(keyOf(period), call('report/overview', { period }));
}

/** The answer asked for early for this period, once; undefined when none was (then ask now). */
export function takeEarlyOverview(period: ReportPeriod): Promise<Result<ReportOverview>> | undefined {
  const key = keyOf(period);
  const answer = early.get(key);
  early.delete(key);
  return answer;
}
