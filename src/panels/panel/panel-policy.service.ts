import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { CONFLICT_RULES, ConflictRuleView, ConflictsService } from '../conflicts';
import { PanelPolicyView } from './panel-policy.view';
import { PanelLimits, REFUSING_VIOLATIONS } from './panel-rules';

/** The policy in force: conflict rules from ConflictsService, composition limits from the configuration. */
@Injectable()
export class PanelPolicyService {
  constructor(
    private readonly conflicts: ConflictsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get limits(): PanelLimits {
    return this.config.panels;
  }

  view(): PanelPolicyView {
    return {
      conflictRules: CONFLICT_RULES.map((rule) => ConflictRuleView.of(this.conflicts.policy[rule])),
      limits: { ...this.limits },
      alwaysRefused: [...REFUSING_VIOLATIONS],
    };
  }
}
