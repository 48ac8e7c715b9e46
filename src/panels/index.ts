export { PanelModule } from './panel';
export { MatchingModule, MatchingService, TermStatistics, mayBeProposedForPanels } from './matching';
export type { EligibilityFacts, EligibilityOptions, MatchInput, MatchResult } from './matching';
