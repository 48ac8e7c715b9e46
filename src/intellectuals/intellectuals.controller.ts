import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
  UseInterceptors,
} from '@nestjs/common';
import { ApiHeader, ApiTags } from '@nestjs/swagger';
import { Allow } from '../common/access/allow.decorator';
import { Permission } from '../common/access/permissions';
import { CurrentPrincipal } from '../common/access/current-principal.decorator';
import { Principal } from '../common/access/principal';
import { Idempotent } from '../common/idempotency/idempotency.interceptor';
import { PageQuery } from '../common/pagination/page';
import { CreateIntellectualDto, UpdateIntellectualDto } from './dto/profile.dto';
import { IntellectualQuery, InvitationDto, VerifyDto } from './dto/requests.dto';
import { EtagInterceptor, IfMatch } from '../common/http/etag';
import { IntellectualsService } from './intellectuals.service';
import { InvitationsService } from './invitations.service';

const IF_MATCH = ApiHeader({
  name: 'If-Match',
  required: true,
  description: 'The ETag of the profile you read',
});

@ApiTags('intellectuals')
@Controller('intellectuals')
@UseInterceptors(EtagInterceptor)
export class IntellectualsController {
  constructor(
    private readonly intellectuals: IntellectualsService,
    private readonly invitations: InvitationsService,
  ) {}

  @Get()
  @Allow(Permission.ProfilesList)
  list(@Query() query: IntellectualQuery, @CurrentPrincipal() principal: Principal) {
    return this.intellectuals.list(query, principal);
  }

  @Post()
  @Allow(Permission.ProfilesEdit)
  @Idempotent()
  create(@Body() input: CreateIntellectualDto, @CurrentPrincipal() principal: Principal) {
    return this.intellectuals.create(input, principal);
  }

  @Get(':id')
  @Allow(Permission.ProfilesRead)
  get(@Param('id', ParseUUIDPipe) id: string, @CurrentPrincipal() principal: Principal) {
    return this.intellectuals.get(id, principal);
  }

  @Patch(':id')
  @Allow(Permission.ProfilesEdit)
  @IF_MATCH
  update(
    @Param('id', ParseUUIDPipe) id: string,
    @IfMatch() version: number,
    @Body() input: UpdateIntellectualDto,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.intellectuals.update(id, version, input, principal);
  }

  @Delete(':id')
  @HttpCode(204)
  @Allow(Permission.ProfilesEdit)
  @IF_MATCH
  remove(
    @Param('id', ParseUUIDPipe) id: string,
    @IfMatch() version: number,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.intellectuals.remove(id, version, principal);
  }

  @Post(':id/restore')
  @HttpCode(200)
  @Allow(Permission.ProfilesEdit)
  @IF_MATCH
  restore(
    @Param('id', ParseUUIDPipe) id: string,
    @IfMatch() version: number,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.intellectuals.restore(id, version, principal);
  }

  @Post(':id/verify')
  @HttpCode(200)
  @Allow(Permission.ProfilesEdit)
  @IF_MATCH
  verify(
    @Param('id', ParseUUIDPipe) id: string,
    @IfMatch() version: number,
    @Body() input: VerifyDto,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.intellectuals.verify(id, version, input, principal);
  }

  @Get(':id/history')
  @Allow(Permission.ProfilesRead)
  history(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: PageQuery,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.intellectuals.history(id, query, principal);
  }

  @Post(':id/invitations')
  @Allow(Permission.ProfilesEdit)
  invite(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() input: InvitationDto,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.invitations.issue(id, input, principal);
  }
}
