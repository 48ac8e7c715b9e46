import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import { Allow } from '../common/access/allow.decorator';
import { Permission } from '../common/access/permissions';
import { CurrentPrincipal } from '../common/access/current-principal.decorator';
import { Principal } from '../common/access/principal';
import { CATALOG_NAMES } from './catalog-entry.entity';
import { CatalogQuery, CreateOrganizationDto, UpdateOrganizationDto } from './catalog.dto';
import { CatalogService } from './catalog.service';
import { OrganizationsService } from './organizations.service';

@ApiTags('catalog')
@Controller('catalog/organizations')
export class OrganizationsController {
  constructor(private readonly organizations: OrganizationsService) {}

  @Get()
  @Allow('public')
  list(@Query() query: CatalogQuery) {
    return this.organizations.list(query);
  }

  @Post()
  @Allow(Permission.CatalogEdit)
  create(@Body() input: CreateOrganizationDto, @CurrentPrincipal() actor: Principal) {
    return this.organizations.create(input, actor);
  }

  @Patch(':id')
  @Allow(Permission.CatalogEdit)
  update(
    @Param('id', ParseUUIDPipe) id: string,
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
  list(@Param('name') name: string, @Query() query: CatalogQuery) {
    return this.catalog.list(name, query);
  }
}
