/** The report chunk's entry: what App.tsx gets from its dynamic import of the #report route. */
export { ReportPage } from './ReportPage.tsx';
export { workerReportSource } from './worker-source.ts';
