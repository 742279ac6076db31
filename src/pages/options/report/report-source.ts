/**
 * What the report asks the worker, as one small interface: the page's components take it as a
 * prop, so tests hand them answers built from the contract (src/core/report-types.ts) and the
 * real page hands them the typed protocol (worker-source.ts).
 */
import type {
  ClientReport,
  ClientReportRequest,
  CsvRowsPage,
  CsvRowsRequest,
  ReportOverview,
  ReportOverviewRequest,
} from '../../../core/report-types.ts';
import type { Result } from '../../../messaging/protocol.ts';

export interface ReportSource {
  overview(request: ReportOverviewRequest): Promise<Result<ReportOverview>>;
  client(request: ClientReportRequest): Promise<Result<ClientReport>>;
  csvRows(request: CsvRowsRequest): Promise<Result<CsvRowsPage>>;
}

export type Failure = Extract<Result<unknown>, { ok: false }>['error'];
