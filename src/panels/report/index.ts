export { ReviewRecommendationAnswer } from './entities/review-recommendation-answer.entity';
export { ReviewRecommendation } from './entities/review-recommendation.entity';
export { ReviewReport } from './entities/review-report.entity';
export type { ReportConflict, ReportContent, ReportOpinion } from './report-content';
export { renderReportDocx } from './report-docx';
export { renderReportPdf } from './report-pdf';
export { ReportModule } from './report.module';
