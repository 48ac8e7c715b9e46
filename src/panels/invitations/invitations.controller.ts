import { Body, Controller, Get, HttpCode, Param, Post, Query, UseInterceptors } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Allow } from '../../common/access/allow.decorator';
import { CurrentPrincipal } from '../../common/access/current-principal.decorator';
import { Permission } from '../../common/access/permissions';
import { Principal } from '../../common/access/principal';
import { EtagInterceptor, IfMatch } from '../../common/http/etag';
import { ApiIfMatch, ApiTagged, Endpoint, JSON_BODY } from '../../common/openapi/api-docs';
import { PageQuery } from '../../common/pagination/page';
import { ExpertInvitations } from './expert-invitations';
import { InvitationAnswers } from './invitation-answers.service';
import { InvitationSender } from './invitation-sender.service';
import { InvitationStatusService } from './invitation-status.service';
import {
  AcceptPanelInvitationByTokenDto,
  AcceptPanelInvitationDto,
  DeclinePanelInvitationByTokenDto,
  DeclinePanelInvitationDto,
  PanelInvitationTokenDto,
  SendInvitationsDto,
} from './invitations.dto';
import {
  ExpertInvitationPage,
  ExpertInvitationView,
  InvitationsView,
  TokenInvitationView,
} from './invitations.views';
import { UuidParamPipe } from '../../common/validation/uuid-param.pipe';

@ApiTags('panels')
@Controller('review-requests/:id/panel/invitations')
@UseInterceptors(EtagInterceptor)
export class PanelInvitationsController {
  constructor(
    private readonly status: InvitationStatusService,
    private readonly sender: InvitationSender,
  ) {}

  @Get()
  @Allow(Permission.PanelsManage)
  @Endpoint({
    id: 'getReviewRequestInvitations',
    summary:
      'Each member’s invitation: sent and answered, the declaration or declared conflict, the reminder; what blocks sending; replacements for those who declined',
    problems: [400, 404],
  })
  @ApiTagged(InvitationsView)
  get(@Param('id', UuidParamPipe) id: string, @CurrentPrincipal() principal: Principal) {
    return this.status.view(id, principal);
  }

  @Post()
  @HttpCode(200)
  @Allow(Permission.PanelsManage)
  @Endpoint({
    id: 'sendReviewRequestInvitations',
    summary:
      'Invite the proposed members (all, or those named) by mail with accept and decline links; refused whole when the panel breaks a rule or a member has no mail address',
    problems: [...JSON_BODY, 404, 409, 422],
  })
  @ApiIfMatch('The ETag of the panel as you read it')
  @ApiTagged(InvitationsView)
  send(
    @Param('id', UuidParamPipe) id: string,
    @IfMatch() version: number,
    @Body() input: SendInvitationsDto,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.sender.send(id, version, input, principal);
  }
}

/** The links in the invitation mail: no account needed, the token is the right to answer once. */
@ApiTags('panels')
@Controller('panel-invitations')
export class InvitationLinksController {
  constructor(private readonly answers: InvitationAnswers) {}

  @Post('peek')
  @HttpCode(200)
  @Allow('public')
  @Endpoint({
    id: 'peekPanelInvitation',
    summary:
      'What an invitation link stands for, without using it (the page shown before the expert confirms)',
    problems: [...JSON_BODY, 404, 410],
  })
  @ApiOkResponse({ type: TokenInvitationView })
  peek(@Body() input: PanelInvitationTokenDto) {
    return this.answers.peek(input);
  }

  @Post('accept')
  @HttpCode(200)
  @Allow('public')
  @Endpoint({
    id: 'acceptPanelInvitationByLink',
    summary:
      'Accept with the link’s token, confirming the no-conflict declaration as shown, or declare a conflict (the member then declines)',
    problems: [...JSON_BODY, 404, 409, 410],
  })
  @ApiOkResponse({ type: ExpertInvitationView })
  accept(@Body() input: AcceptPanelInvitationByTokenDto) {
    return this.answers.acceptByToken(input);
  }

  @Post('decline')
  @HttpCode(200)
  @Allow('public')
  @Endpoint({
    id: 'declinePanelInvitationByLink',
    summary:
      'Decline with the token of either link (the accept page offers declining too), with an optional reason',
    problems: [...JSON_BODY, 404, 409, 410],
  })
  @ApiOkResponse({ type: ExpertInvitationView })
  decline(@Body() input: DeclinePanelInvitationByTokenDto) {
    return this.answers.declineByToken(input);
  }
}

/** A signed-in expert's own invitations, answered by the same rules as the links. */
@ApiTags('panels')
@Controller('me/panel-invitations')
export class MyInvitationsController {
  constructor(
    private readonly invitations: ExpertInvitations,
    private readonly answers: InvitationAnswers,
  ) {}

  @Get()
  @Allow(Permission.OwnPanelInvitations)
  @Endpoint({ id: 'listMyPanelInvitations', summary: 'My panel invitations, newest first', problems: [400] })
  @ApiOkResponse({ type: ExpertInvitationPage })
  list(@Query() query: PageQuery, @CurrentPrincipal() principal: Principal) {
    return this.invitations.mine(query, principal);
  }

  @Post(':invitationId/accept')
  @HttpCode(200)
  @Allow(Permission.OwnPanelInvitations)
  @Endpoint({
    id: 'acceptMyPanelInvitation',
    summary: 'Accept my invitation, confirming the no-conflict declaration as shown, or declare a conflict',
    problems: [...JSON_BODY, 404, 409],
  })
  @ApiOkResponse({ type: ExpertInvitationView })
  accept(
    @Param('invitationId', UuidParamPipe) invitationId: string,
    @Body() input: AcceptPanelInvitationDto,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.answers.acceptMine(invitationId, input, principal);
  }

  @Post(':invitationId/decline')
  @HttpCode(200)
  @Allow(Permission.OwnPanelInvitations)
  @Endpoint({
    id: 'declineMyPanelInvitation',
    summary: 'Decline my invitation, with an optional reason',
    problems: [...JSON_BODY, 404, 409],
  })
  @ApiOkResponse({ type: ExpertInvitationView })
  decline(
    @Param('invitationId', UuidParamPipe) invitationId: string,
    @Body() input: DeclinePanelInvitationDto,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.answers.declineMine(invitationId, input, principal);
  }
}
