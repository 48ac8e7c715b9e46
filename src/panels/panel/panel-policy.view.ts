import { ApiProperty } from '@nestjs/swagger';
import { ConflictRuleView } from '../conflicts/conflict.views';
import { VIOLATION_CODES, ViolationCode } from './panel-rules';

export class PanelLimitsView {
  @ApiProperty({ description: 'N: members from one organization at most' }) maxPerOrganization: number;
  @ApiProperty({ description: 'M: active panels per expert in 12 months at most' }) maxActivePanels: number;
}

export class PanelPolicyView {
  @ApiProperty({ type: [ConflictRuleView] }) conflictRules: ConflictRuleView[];
  @ApiProperty({ type: PanelLimitsView }) limits: PanelLimitsView;
  @ApiProperty({
    enum: VIOLATION_CODES,
    isArray: true,
    description: 'Violations a saved panel may never have (a save answers 422)',
  })
  alwaysRefused: ViolationCode[];
}
