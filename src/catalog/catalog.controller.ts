import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import { Allow } from '../common/access/allow.decorator';
import { Permission } from '../common/access/permissions';
import { CurrentPrincipal } from '../common/access/current-principal.decorator';
import { Principal } from '../common/access/principal';
import { Endpoint, JSON_BODY } from '../common/openapi/api-docs';
import { CATALOG_NAMES } from './catalog-entry.entity';
import {
  CatalogEntryPage,
  CatalogQuery,
  CreateOrganizationDto,
  OrganizationPage,
  OrganizationView,
  UpdateOrganizationDto,
} from './catalog.dto';
import { CatalogService } from './catalog.service';
import { OrganizationsService } from './organizations.service';
import { UuidParamPipe } from '../common/validation/uuid-param.pipe';

@ApiTags('catalog')
@Controller('catalog/organizations')
export class OrganizationsController {
  constructor(private readonly organizations: OrganizationsService) {}

  @Get()
  @Allow('public')
  @Endpoint({ id: 'listOrganizations', summary: 'Organizations, filtered by name', problems: [400] })
  @ApiOkResponse({ type: OrganizationPage })
  list(@Query() query: CatalogQuery) {
    return this.organizations.list(query);
  }

  @Post()
  @Allow(Permission.CatalogEdit)
  @Endpoint({
    id: 'createOrganization',
    summary: 'Add an organization to the catalog',
    problems: [...JSON_BODY, 409],
  })
  @ApiCreatedResponse({ type: OrganizationView })
  create(@Body() input: CreateOrganizationDto, @CurrentPrincipal() actor: Principal) {
    return this.organizations.create(input, actor);
  }

  @Patch(':id')
  @Allow(Permission.CatalogEdit)
  @Endpoint({
    id: 'updateOrganization',
    summary: 'Rename or reclassify an organization; its people are re-indexed',
    problems: [...JSON_BODY, 404, 409],
  })
  @ApiOkResponse({ type: OrganizationView })
  update(
    @Param('id', UuidParamPipe) id: string,
    @Body() input: UpdateOrganizationDto,
    @CurrentPrincipal() actor: Principal,
  ) {
    return this.organizations.update(id, input, actor);
  }
}

@ApiTags('catalog')
@Controller('catalog')
export class CatalogController {
  constructor(private readonly catalog: CatalogService) {}

  @Get(':name')
  @Allow('public')
  @ApiParam({ name: 'name', enum: CATALOG_NAMES })
  @Endpoint({
    id: 'listCatalog',
    summary: 'Entries of a reference catalog (fields, communes…)',
    problems: [400, 404],
  })
  @ApiOkResponse({ type: CatalogEntryPage })
  list(@Param('name') name: string, @Query() query: CatalogQuery) {
    return this.catalog.list(name, query);
  }
}
