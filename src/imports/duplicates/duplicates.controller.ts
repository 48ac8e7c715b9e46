import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  UseInterceptors,
} from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow } from '../../auth/allow.decorator';
import { CurrentPrincipal } from '../../auth/current-principal.decorator';
import { Principal } from '../../auth/principal';
import { PageQuery } from '../../common/pagination/page';
import { EtagInterceptor, IfMatch, Tagged } from '../../intellectuals/http/etag';
import { ProfileView } from '../../intellectuals/profile-view';
import { DuplicatePairPage, MergeDto } from './duplicates.view';
import { DuplicatesService } from './duplicates.service';
import { MergeService } from './merge.service';

/**
 * Duplicate records and their merge. Shares the `intellectuals` path with the profile controller:
 * its module is registered first so that `duplicates` is not taken for a profile id.
 */
@ApiTags('intellectuals')
@Controller('intellectuals')
@Allow('personnel_officer', 'admin')
export class DuplicatesController {
  constructor(
    private readonly duplicates: DuplicatesService,
    private readonly merges: MergeService,
  ) {}

  @Get('duplicates')
  @ApiOperation({ summary: 'Candidate duplicate pairs with a score and the reasons' })
  list(@Query() query: PageQuery): Promise<DuplicatePairPage> {
    return this.duplicates.list(query);
  }

  @Post(':id/merge')
  @HttpCode(200)
  @UseInterceptors(EtagInterceptor)
  @ApiHeader({ name: 'If-Match', required: true, description: 'ETag of the surviving profile' })
  @ApiOperation({ summary: 'Merge another record into this one (which survives)' })
  merge(
    @Param('id', ParseUUIDPipe) id: string,
    @IfMatch() version: number,
    @Body() input: MergeDto,
    @CurrentPrincipal() actor: Principal,
  ): Promise<Tagged<ProfileView>> {
    return this.merges.merge(id, version, input.otherId, actor);
  }
}
