import { Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { Allow } from '../common/access/allow.decorator';
import { Permission } from '../common/access/permissions';
import { CurrentPrincipal } from '../common/access/current-principal.decorator';
import type { Principal } from '../common/access/principal';
import { DirectoryQuery, StaffSearchQuery } from './query/search.dto';
import { SearchService } from './query/search.service';
import { SearchAdminService } from './search-admin.service';

@ApiTags('search')
@Controller('search')
export class SearchController {
  constructor(
    private readonly search: SearchService,
    private readonly admin: SearchAdminService,
  ) {}

  @Get('intellectuals')
  @Allow(Permission.SearchStaff)
  @ApiOkResponse({ description: '{ items, total, limit, offset, facets }; public and internal attributes' })
  @ApiServiceUnavailableResponse({ description: 'Meilisearch is unavailable' })
  intellectuals(@Query() query: StaffSearchQuery, @CurrentPrincipal() principal: Principal) {
    return this.search.staff(query, principal);
  }

  @Get('status')
  @Allow(Permission.SearchOperate)
  @ApiOkResponse({ description: 'Outbox backlog, oldest pending age, parked rows, index and document count' })
  status() {
    return this.admin.status();
  }

  @Post('reindex')
  @Allow(Permission.SearchOperate)
  @HttpCode(200)
  @ApiOkResponse({ description: 'Answers when the rebuilt index is live' })
  reindex() {
    return this.admin.reindex();
  }
}

@ApiTags('search')
@Controller('directory')
export class DirectoryController {
  constructor(private readonly search: SearchService) {}

  @Get()
  @Allow('public')
  @ApiOkResponse({ description: 'People who consented to a public profile; public attributes only' })
  @ApiServiceUnavailableResponse({ description: 'Meilisearch is unavailable' })
  list(@Query() query: DirectoryQuery) {
    return this.search.directory(query);
  }
}
