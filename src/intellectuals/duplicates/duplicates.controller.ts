import { Body, Controller, Get, HttpCode, Param, Post, Query, UseInterceptors } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Allow } from '../../common/access/allow.decorator';
import { Permission } from '../../common/access/permissions';
import { CurrentPrincipal } from '../../common/access/current-principal.decorator';
import { Principal } from '../../common/access/principal';
import { ApiIfMatch, ApiTagged, Endpoint, JSON_BODY } from '../../common/openapi/api-docs';
import { PageQuery } from '../../common/pagination/page';
import { EtagInterceptor, IfMatch, Tagged } from '../../common/http/etag';
import { ProfileView } from '../profile-view';
import { IntellectualView } from '../profile-view.doc';
import { DuplicateCandidatesService } from './duplicate-candidates.service';
import { DuplicateGroupPage } from './duplicates.view';
import { MergeDto } from './merge.dto';
import { MergeService } from './merge.service';
import { UuidParamPipe } from '../../common/validation/uuid-param.pipe';

/**
 * Duplicate records and their merge. Shares the `intellectuals` path with the profile controller and
 * is registered before it, so that `duplicates` is not taken for a profile id.
 */
@ApiTags('intellectuals')
@Controller('intellectuals')
@Allow(Permission.ProfilesMerge)
export class DuplicatesController {
  constructor(
    private readonly candidates: DuplicateCandidatesService,
    private readonly merges: MergeService,
  ) {}

  @Get('duplicates')
  @Endpoint({
    id: 'listDuplicates',
    summary: 'Groups of records that may be one person, with the scored links between them',
    problems: [400],
  })
  @ApiOkResponse({ type: DuplicateGroupPage })
  list(@Query() query: PageQuery, @CurrentPrincipal() principal: Principal): Promise<DuplicateGroupPage> {
    return this.candidates.list(query, principal);
  }

  @Post(':id/merge')
  @HttpCode(200)
  @UseInterceptors(EtagInterceptor)
  @Endpoint({
    id: 'mergeIntellectuals',
    summary: 'Merge another record into this one (which survives)',
    problems: [...JSON_BODY, 404, 409],
  })
  @ApiIfMatch('ETag of the surviving profile')
  @ApiTagged(IntellectualView, 200, 'The surviving profile')
  merge(
    @Param('id', UuidParamPipe) id: string,
    @IfMatch() version: number,
    @Body() input: MergeDto,
    @CurrentPrincipal() actor: Principal,
  ): Promise<Tagged<ProfileView>> {
    return this.merges.merge(id, version, input, actor);
  }
}
