export type { ReportConflict, ReportContent, ReportOpinion } from './report-content';
export { renderReportDocx } from './report-docx';
export { renderReportPdf } from './report-pdf';
