import { Controller, Get, HttpCode, Param, Post, Res, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Allow } from '../../common/access/allow.decorator';
import { CurrentPrincipal } from '../../common/access/current-principal.decorator';
import { Permission } from '../../common/access/permissions';
import { Principal } from '../../common/access/principal';
import { Endpoint } from '../../common/openapi/api-docs';
import { ApiStoredFile } from '../../common/openapi/stored-file-docs';
import { fileResponse } from '../../common/http/file-response';
import { OpinionFilesService } from './opinion-files.service';
import { OpinionsService } from './opinions.service';
import { RequestOpinionsView, ReviewStatusView } from './opinions.views';
import { ReviewConductService } from './review-conduct.service';
import { UuidParamPipe } from '../../common/validation/uuid-param.pipe';

/**
 * A request's review as staff and the panel's secretary run it: start it, read the opinions, lock
 * the panel. Other accepted members read the opinions only when the request lets them.
 */
@ApiTags('panels')
@Controller('review-requests/:id')
@Allow(Permission.PanelConduct)
export class OpinionsController {
  constructor(
    private readonly opinions: OpinionsService,
    private readonly files: OpinionFilesService,
    private readonly conduct: ReviewConductService,
  ) {}

  @Get('opinions')
  @Endpoint({
    id: 'listReviewRequestOpinions',
    summary: 'Every accepted member with their opinion, in role order (staff and the secretary)',
    description:
      'Other accepted members get them only when the request has opinionsVisibleToMembers (403 otherwise); anyone else 404',
    problems: [400, 404],
  })
  @ApiOkResponse({ type: RequestOpinionsView })
  list(@Param('id', UuidParamPipe) id: string, @CurrentPrincipal() principal: Principal) {
    return this.opinions.list(id, { principal });
  }

  @Get('opinions/files/:fileId/content')
  @Endpoint({
    id: 'downloadReviewRequestOpinionFile',
    summary: 'A file of a member’s opinion, for those who may read the opinions',
    problems: [400, 404],
  })
  @ApiStoredFile('The file, served as the media type its bytes show, with its name and SHA-256')
  async fileContent(
    @Param('id', UuidParamPipe) id: string,
    @Param('fileId', UuidParamPipe) fileId: string,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const { file, stream } = await this.files.content(id, fileId, { principal });
    return fileResponse(response, file, stream);
  }

  @Post('start-review')
  @HttpCode(200)
  @Endpoint({
    id: 'startReviewRequestReview',
    summary: 'Start the panel’s review (panel_forming → in_review), which opens opinions',
    description:
      '422 PANEL_NOT_READY until the chair and the secretary have accepted; 409 from any other state',
    problems: [400, 404, 409, 422],
  })
  @ApiOkResponse({ type: ReviewStatusView })
  startReview(@Param('id', UuidParamPipe) id: string, @CurrentPrincipal() principal: Principal) {
    return this.conduct.startReview(id, principal);
  }

  @Post('panel/lock')
  @HttpCode(200)
  @Endpoint({
    id: 'lockReviewRequestPanel',
    summary: 'Lock the panel during its review: opinions close for good',
    description: '409 PANEL_LOCKED when locked already, REVIEW_NOT_IN_PROGRESS outside in_review',
    problems: [400, 404, 409],
  })
  @ApiOkResponse({ type: ReviewStatusView })
  lock(@Param('id', UuidParamPipe) id: string, @CurrentPrincipal() principal: Principal) {
    return this.conduct.lock(id, principal);
  }
}
