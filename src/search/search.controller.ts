import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Allow } from '../common/access/allow.decorator';
import { Permission } from '../common/access/permissions';
import { CurrentPrincipal } from '../common/access/current-principal.decorator';
import type { Principal } from '../common/access/principal';
import { Endpoint } from '../common/openapi/api-docs';
import { PublicProfiles, PublicProfileView } from '../intellectuals';
import { SearchPageView } from './query/search-results.view';
import { FacetValue } from './query/search.dto';
import { DirectoryProfileParams, DirectoryQuery, StaffSearchQuery } from './query/search.dto';
import { SearchService } from './query/search.service';
import { RebuildResultView, SearchAdminService, SearchStatusView } from './search-admin.service';

@ApiTags('search')
@Controller('search')
export class SearchController {
  constructor(
    private readonly search: SearchService,
    private readonly admin: SearchAdminService,
  ) {}

  @Get('intellectuals')
  @Allow(Permission.SearchStaff)
  @Endpoint({
    id: 'searchIntellectuals',
    summary: 'Staff search: full text with facets over public and internal attributes',
    problems: [400],
  })
  @ApiOkResponse({ type: SearchPageView })
  @ApiExtraModels(FacetValue)
  intellectuals(@Query() query: StaffSearchQuery, @CurrentPrincipal() principal: Principal) {
    return this.search.staff(query, principal);
  }

  @Get('status')
  @Allow(Permission.SearchOperate)
  @Endpoint({
    id: 'getSearchStatus',
    summary: 'Outbox backlog, oldest pending age, parked rows, index and document count',
  })
  @ApiOkResponse({ type: SearchStatusView })
  status() {
    return this.admin.status();
  }

  @Post('reindex')
  @Allow(Permission.SearchOperate)
  @HttpCode(200)
  @Endpoint({
    id: 'reindexSearch',
    summary: 'Rebuild the search index from PostgreSQL and swap it in; answers once it is live',
    problems: [409],
  })
  @ApiOkResponse({ type: RebuildResultView })
  reindex() {
    return this.admin.reindex();
  }
}

@ApiTags('search')
@Controller('directory')
export class DirectoryController {
  constructor(
    private readonly search: SearchService,
    private readonly profiles: PublicProfiles,
  ) {}

  @Get()
  @Allow('public')
  @Endpoint({
    id: 'searchDirectory',
    summary: 'The public directory: people who consented to a public profile, public attributes only',
    problems: [400],
  })
  @ApiOkResponse({ type: SearchPageView })
  @ApiExtraModels(FacetValue)
  list(@Query() query: DirectoryQuery) {
    return this.search.directory(query);
  }

  @Get(':id')
  @Allow('public')
  @Endpoint({
    id: 'getDirectoryProfile',
    summary: 'One public profile: a person who consented, public attributes only; 404 for anyone else',
    problems: [400, 404],
  })
  @ApiOkResponse({ type: PublicProfileView })
  get(@Param() { id }: DirectoryProfileParams) {
    return this.profiles.get(id);
  }
}
