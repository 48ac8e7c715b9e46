import { Module } from '@nestjs/common';
import { ConflictsModule } from '../conflicts';
import { PanelPolicyController } from './panel-policy.controller';
import { PanelPolicyService } from './panel-policy.service';

/** Expert panels of review requests: members and roles, the rules checked on every change, suggestions, load. */
@Module({
  imports: [ConflictsModule],
  controllers: [PanelPolicyController],
  providers: [PanelPolicyService],
})
export class PanelModule {}
