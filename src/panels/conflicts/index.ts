export { CONFLICT_RULES, CONFLICT_SEVERITIES, DEFAULT_CONFLICT_POLICY } from './conflict-policy';
export type { ConflictPolicy, ConflictRule, ConflictRulePolicy, ConflictSeverity } from './conflict-policy';
export { worstSeverity } from './conflict-rules';
export type { ConflictEvidence, ConflictFlag } from './conflict-rules';
export { ConflictFlagView, ConflictRuleView } from './conflict.views';
export { ConflictsModule } from './conflicts.module';
export { ConflictsService } from './conflicts.service';
export type { ConflictRequest, DeclaredConflicts } from './conflicts.service';
