import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Post,
  Query,
  UseGuards,
  UseInterceptors,
} from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import { Allow } from '../common/access/allow.decorator';
import { Permission } from '../common/access/permissions';
import { CurrentPrincipal } from '../common/access/current-principal.decorator';
import { Principal } from '../common/access/principal';
import { CorrectionRequestPage, CorrectionRequestView, CorrectionsService } from './corrections.service';
import { AccountView } from '../accounts';
import { ApiIfMatch, ApiTagged, Endpoint, JSON_BODY } from '../common/openapi/api-docs';
import { AcceptInvitationDto, CorrectionQuery, RejectDto } from './dto/requests.dto';
import { EtagInterceptor, IfMatch } from '../common/http/etag';
import { InvitationsService } from './invitations.service';
import { IntellectualView } from './profile-view.doc';
import { UuidParamPipe } from '../common/validation/uuid-param.pipe';

/** Officers' side of correction requests. */
@ApiTags('correction-requests')
@Controller('correction-requests')
@UseInterceptors(EtagInterceptor)
@Allow(Permission.CorrectionsDecide)
export class CorrectionRequestsController {
  constructor(private readonly corrections: CorrectionsService) {}

  @Get()
  @Endpoint({
    id: 'listCorrectionRequests',
    summary: 'Correction requests to decide, filtered by status or person',
    problems: [400],
  })
  @ApiOkResponse({ type: CorrectionRequestPage })
  list(@Query() query: CorrectionQuery) {
    return this.corrections.list(query);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @Endpoint({
    id: 'approveCorrectionRequest',
    summary: 'Apply a pending correction request to the profile, atomically',
    problems: [400, 404, 409],
  })
  @ApiIfMatch('The ETag of the profile as the officer read it')
  @ApiTagged(IntellectualView, 200, 'The corrected profile')
  approve(
    @Param('id', UuidParamPipe) id: string,
    @IfMatch() version: number,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.corrections.approve(id, version, principal);
  }

  @Post(':id/reject')
  @HttpCode(200)
  @Endpoint({
    id: 'rejectCorrectionRequest',
    summary: 'Reject a pending correction request with a reason shown to the person',
    problems: [...JSON_BODY, 404, 409],
  })
  @ApiOkResponse({ type: CorrectionRequestView })
  reject(
    @Param('id', UuidParamPipe) id: string,
    @Body() input: RejectDto,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.corrections.reject(id, input, principal);
  }
}

/** A person turns an officer's one-time code into their own account linked to the profile. */
@ApiTags('auth')
@Controller('invitations')
export class InvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @Post('accept')
  @Allow('public')
  @UseGuards(ThrottlerGuard)
  @Endpoint({
    id: 'acceptInvitation',
    summary: 'Create your account from an invitation code; it is linked to your profile',
    problems: [...JSON_BODY, 409, 422, 429],
  })
  @ApiCreatedResponse({ type: AccountView })
  accept(@Body() input: AcceptInvitationDto) {
    return this.invitations.accept(input);
  }
}
