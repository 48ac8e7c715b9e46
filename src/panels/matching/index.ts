export { MatchingModule } from './matching.module';
export { MatchingService } from './matching.service';
export type { MatchInput, MatchResult } from './matching.service';
export { TermStatistics } from './term-statistics.service';
export { mayBeProposedForPanels } from './eligibility';
export type { EligibilityFacts, EligibilityOptions } from './eligibility';
