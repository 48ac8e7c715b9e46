import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Allow } from '../../common/access/allow.decorator';
import { Permission } from '../../common/access/permissions';
import { Endpoint } from '../../common/openapi/api-docs';
import { PanelPolicyView } from './panel-policy.view';
import { PanelPolicyService } from './panel-policy.service';

@ApiTags('panels')
@Controller('panels')
export class PanelPolicyController {
  constructor(private readonly policy: PanelPolicyService) {}

  @Get('policy')
  @Allow(Permission.PanelsManage)
  @Endpoint({
    id: 'getPanelPolicy',
    summary: 'The conflict-of-interest rules (severity, window) and the panel composition limits in force',
  })
  @ApiOkResponse({ type: PanelPolicyView })
  get() {
    return this.policy.view();
  }
}
