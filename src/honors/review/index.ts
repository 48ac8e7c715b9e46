export * from './aggregation';
export * from './prize-allocation';
export * from './ranking';
export * from './scoring-sheet';
export { HonorScoreSheet } from './score-sheet.entity';
export { ReviewModule } from './review.module';
