import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Allow } from '../../common/access/allow.decorator';
import { CurrentPrincipal } from '../../common/access/current-principal.decorator';
import { Permission } from '../../common/access/permissions';
import { Principal } from '../../common/access/principal';
import { Endpoint, JSON_BODY } from '../../common/openapi/api-docs';
import { UuidParamPipe } from '../../common/validation/uuid-param.pipe';
import { MeetingInvitationsService } from './meeting-invitations.service';
import {
  AddMeetingInviteeDto,
  AnswerMeetingRsvpDto,
  MeetingListQuery,
  MeetingRsvpTokenDto,
  MeetingSearchQuery,
  SendMeetingInvitationsDto,
} from './meeting-list.dto';
import { MeetingListService } from './meeting-list.service';
import {
  MeetingInviteeView,
  MeetingListPage,
  MeetingRsvpPeekView,
  MeetingRsvpView,
  MeetingSearchAddView,
  MeetingSendView,
} from './meeting-list.views';
import { MeetingRsvpService } from './meeting-rsvp.service';

/** The invitation list of an exemplary_scientist_meeting campaign, for association staff. */
@ApiTags('honor-campaigns')
@Controller('honor-campaigns/:id')
export class MeetingListController {
  constructor(
    private readonly list: MeetingListService,
    private readonly invitations: MeetingInvitationsService,
  ) {}

  @Get('meeting-invitees')
  @Allow(Permission.HonorsManage)
  @Endpoint({
    id: 'listMeetingInvitees',
    summary: 'The meeting’s invitation list by name, each person’s status, and the counts per status',
    problems: [400, 404, 422],
  })
  @ApiOkResponse({ type: MeetingListPage })
  get(
    @Param('id', UuidParamPipe) id: string,
    @Query() query: MeetingListQuery,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.list.list(id, query, principal);
  }

  @Post('meeting-invitees')
  @Allow(Permission.HonorsManage)
  @Endpoint({
    id: 'addMeetingInvitee',
    summary: 'Put one person on the meeting’s invitation list',
    problems: [...JSON_BODY, 404, 422],
  })
  @ApiCreatedResponse({ type: MeetingInviteeView })
  add(
    @Param('id', UuidParamPipe) id: string,
    @Body() input: AddMeetingInviteeDto,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.list.addOne(id, input, principal);
  }

  @Post('meeting-invitees/from-search')
  @HttpCode(200)
  @Allow(Permission.HonorsManage)
  @Endpoint({
    id: 'addMeetingInviteesFromSearch',
    summary:
      'Put the people a staff search finds on the list (the words and filters of GET /search/intellectuals, as query parameters; the 500 most relevant at most)',
    problems: [400, 404, 422],
  })
  @ApiOkResponse({ type: MeetingSearchAddView })
  addFromSearch(
    @Param('id', UuidParamPipe) id: string,
    @Query() query: MeetingSearchQuery,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.list.addFromSearch(id, query, principal);
  }

  @Delete('meeting-invitees/:intellectualId')
  @HttpCode(204)
  @Allow(Permission.HonorsManage)
  @Endpoint({
    id: 'removeMeetingInvitee',
    summary: 'Take a person off the list; a link mailed to them stops working',
    problems: [400, 404, 422],
  })
  @ApiNoContentResponse({ description: 'Taken off the list' })
  remove(
    @Param('id', UuidParamPipe) id: string,
    @Param('intellectualId', UuidParamPipe) intellectualId: string,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.list.remove(id, intellectualId, principal);
  }

  @Post('meeting-invitations')
  @HttpCode(200)
  @Allow(Permission.HonorsManage)
  @Endpoint({
    id: 'sendMeetingInvitations',
    summary:
      'Mail the invitations with RSVP links: to everyone listed with a mail address not yet sent one, or again to the people named',
    problems: [...JSON_BODY, 404, 422],
  })
  @ApiOkResponse({ type: MeetingSendView })
  send(
    @Param('id', UuidParamPipe) id: string,
    @Body() input: SendMeetingInvitationsDto,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.invitations.send(id, input, principal);
  }
}

/** The RSVP links in the invitation mail: no account needed, the token is the right to answer once. */
@ApiTags('honor-campaigns')
@Controller('meeting-rsvp')
export class MeetingRsvpController {
  constructor(private readonly rsvp: MeetingRsvpService) {}

  @Post('peek')
  @HttpCode(200)
  @Allow('public')
  @Endpoint({
    id: 'peekMeetingRsvp',
    summary: 'What an RSVP link is for (the meeting, its day and place, any answer given), without using it',
    problems: [...JSON_BODY, 404, 410],
  })
  @ApiOkResponse({ type: MeetingRsvpPeekView })
  peek(@Body() input: MeetingRsvpTokenDto) {
    return this.rsvp.peek(input);
  }

  @Post('answer')
  @HttpCode(200)
  @Allow('public')
  @Endpoint({
    id: 'answerMeetingRsvp',
    summary: 'Answer the invitation with the link’s token: will attend or not, with an optional note',
    problems: [...JSON_BODY, 404, 410],
  })
  @ApiOkResponse({ type: MeetingRsvpView })
  answer(@Body() input: AnswerMeetingRsvpDto) {
    return this.rsvp.answer(input);
  }
}
