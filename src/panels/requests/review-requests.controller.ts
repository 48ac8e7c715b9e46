import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, UseInterceptors } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Allow } from '../../common/access/allow.decorator';
import { CurrentPrincipal } from '../../common/access/current-principal.decorator';
import { Permission } from '../../common/access/permissions';
import { Principal } from '../../common/access/principal';
import { EtagInterceptor, IfMatch } from '../../common/http/etag';
import { ApiIfMatch, ApiTagged, Endpoint, JSON_BODY } from '../../common/openapi/api-docs';
import {
  CreateReviewRequestDto,
  ReasonDto,
  ReviewRequestQuery,
  UpdateReviewRequestDto,
} from './review-request.dto';
import { ReviewRequestPage, ReviewRequestView, TimelineEventView } from './review-request.views';
import { ReviewRequestsService } from './review-requests.service';
import { UuidParamPipe } from '../../common/validation/uuid-param.pipe';

const IF_MATCH = ApiIfMatch('The ETag of the request as you read it');
/** A transition the state machine does not allow answers 409 INVALID_TRANSITION. */
const TRANSITION_PROBLEMS = [400, 404, 409] as const;

@ApiTags('review-requests')
@Controller('review-requests')
@UseInterceptors(EtagInterceptor)
export class ReviewRequestsController {
  constructor(private readonly requests: ReviewRequestsService) {}

  @Post()
  @Allow(Permission.RequestsSubmit)
  @Endpoint({
    id: 'createReviewRequest',
    summary: 'Draft a review request: an agency for its organization, staff on an agency’s behalf',
    problems: [...JSON_BODY, 422],
  })
  @ApiTagged(ReviewRequestView, 201, 'The new draft')
  create(@Body() input: CreateReviewRequestDto, @CurrentPrincipal() principal: Principal) {
    return this.requests.create(input, principal);
  }

  @Get()
  @Allow(Permission.RequestsRead)
  @Endpoint({
    id: 'listReviewRequests',
    summary: 'Review requests, newest first: an agency’s own organization’s, all for staff',
    problems: [400],
  })
  @ApiOkResponse({ type: ReviewRequestPage })
  list(@Query() query: ReviewRequestQuery, @CurrentPrincipal() principal: Principal) {
    return this.requests.list(query, principal);
  }

  @Get(':id')
  @Allow(Permission.RequestsRead)
  @Endpoint({ id: 'getReviewRequest', summary: 'One review request with its drafters', problems: [400, 404] })
  @ApiTagged(ReviewRequestView)
  get(@Param('id', UuidParamPipe) id: string, @CurrentPrincipal() principal: Principal) {
    return this.requests.get(id, principal);
  }

  @Patch(':id')
  @Allow(Permission.RequestsSubmit)
  @Endpoint({
    id: 'updateReviewRequest',
    summary: 'Change a draft or submitted request; absent fields stay',
    problems: [...JSON_BODY, 404, 409, 422],
  })
  @IF_MATCH
  @ApiTagged(ReviewRequestView)
  update(
    @Param('id', UuidParamPipe) id: string,
    @IfMatch() version: number,
    @Body() input: UpdateReviewRequestDto,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.requests.update(id, version, input, principal);
  }

  @Get(':id/timeline')
  @Allow(Permission.RequestsRead)
  @Endpoint({
    id: 'getReviewRequestTimeline',
    summary: 'The request’s steps, oldest first: who moved it to which state, and why',
    problems: [400, 404],
  })
  @ApiOkResponse({ type: [TimelineEventView] })
  timeline(@Param('id', UuidParamPipe) id: string, @CurrentPrincipal() principal: Principal) {
    return this.requests.timeline(id, principal);
  }

  @Post(':id/submit')
  @HttpCode(200)
  @Allow(Permission.RequestsSubmit)
  @Endpoint({
    id: 'submitReviewRequest',
    summary: 'Send a draft to the association',
    problems: [...TRANSITION_PROBLEMS],
  })
  @IF_MATCH
  @ApiTagged(ReviewRequestView)
  submit(
    @Param('id', UuidParamPipe) id: string,
    @IfMatch() version: number,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.requests.transition(id, version, 'submitted', principal);
  }

  @Post(':id/accept')
  @HttpCode(200)
  @Allow(Permission.RequestsManage)
  @Endpoint({
    id: 'acceptReviewRequest',
    summary: 'Accept a submitted request (staff)',
    problems: [...TRANSITION_PROBLEMS],
  })
  @IF_MATCH
  @ApiTagged(ReviewRequestView)
  accept(
    @Param('id', UuidParamPipe) id: string,
    @IfMatch() version: number,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.requests.transition(id, version, 'accepted', principal);
  }

  @Post(':id/decline')
  @HttpCode(200)
  @Allow(Permission.RequestsManage)
  @Endpoint({
    id: 'declineReviewRequest',
    summary: 'Decline a submitted request with a reason (staff)',
    problems: [...JSON_BODY, ...TRANSITION_PROBLEMS],
  })
  @IF_MATCH
  @ApiTagged(ReviewRequestView)
  decline(
    @Param('id', UuidParamPipe) id: string,
    @IfMatch() version: number,
    @Body() input: ReasonDto,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.requests.transition(id, version, 'declined', principal, input.reason);
  }

  @Post(':id/close')
  @HttpCode(200)
  @Allow(Permission.RequestsManage)
  @Endpoint({
    id: 'closeReviewRequest',
    summary: 'Close a request the agency has answered (staff)',
    problems: [...TRANSITION_PROBLEMS],
  })
  @IF_MATCH
  @ApiTagged(ReviewRequestView)
  close(
    @Param('id', UuidParamPipe) id: string,
    @IfMatch() version: number,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.requests.transition(id, version, 'closed', principal);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @Allow(Permission.RequestsSubmit)
  @Endpoint({
    id: 'cancelReviewRequest',
    summary: 'Cancel an open request with a reason',
    problems: [...JSON_BODY, ...TRANSITION_PROBLEMS],
  })
  @IF_MATCH
  @ApiTagged(ReviewRequestView)
  cancel(
    @Param('id', UuidParamPipe) id: string,
    @IfMatch() version: number,
    @Body() input: ReasonDto,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.requests.transition(id, version, 'cancelled', principal, input.reason);
  }
}
