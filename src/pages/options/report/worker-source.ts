/** The report's real source: the worker, through the typed protocol. */
import { call } from '../../ui/rpc.ts';
import type { ReportSource } from './report-source.ts';

export const workerReportSource: ReportSource = {
  overview: (request) => call('report/overview', request),
  client: (request) => call('report/client', request),
  csvRows: (request) => call('report/csv-rows', request),
};
