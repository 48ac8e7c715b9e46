export { ReviewRecommendationAnswer } from './entities/review-recommendation-answer.entity';
export { ReviewRecommendation } from './entities/review-recommendation.entity';
export { ReviewReport } from './entities/review-report.entity';
export type { ReportConflict, ReportContent, ReportOpinion } from './report-content';
export { renderBlocksDocx, renderReportDocx } from './report-docx';
export { renderBlocksPdf, renderReportPdf } from './report-pdf';
export { nfcBlock } from './report-blocks';
export type { ReportBlock } from './report-blocks';
export { ReportModule } from './report.module';
