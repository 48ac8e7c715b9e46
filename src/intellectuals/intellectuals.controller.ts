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
import { ApiBody, ApiExtraModels, ApiHeader, ApiParam, ApiTags, getSchemaPath } from '@nestjs/swagger';
import { Allow } from '../auth/allow.decorator';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { Principal } from '../auth/principal';
import { PageQuery } from '../common/pagination/page';
import { CreateIntellectualDto, UpdateIntellectualDto } from './dto/profile.dto';
import { IntellectualQuery, InvitationDto, VerifyDto } from './dto/requests.dto';
import { EtagInterceptor, IfMatch } from './http/etag';
import { IntellectualsService } from './intellectuals.service';
import { InvitationsService } from './invitations.service';
import { PART_KINDS, PARTS } from './profile-parts';
import { PartRoutesService } from './profile-parts-routes.service';

const STAFF = ['admin', 'personnel_officer', 'association_staff'] as const;
const EDITORS = ['admin', 'personnel_officer'] as const;
const IF_MATCH = ApiHeader({
  name: 'If-Match',
  required: true,
  description: 'The ETag of the profile you read',
});
const PART_DTOS = PART_KINDS.map((kind) => PARTS[kind].dto);
const PART_PARAM = ApiParam({ name: 'part', enum: PART_KINDS.map((kind) => PARTS[kind].segment) });
const PART_BODY = ApiBody({ schema: { oneOf: PART_DTOS.map((dto) => ({ $ref: getSchemaPath(dto) })) } });

@ApiTags('intellectuals')
@Controller('intellectuals')
@UseInterceptors(EtagInterceptor)
export class IntellectualsController {
  constructor(
    private readonly intellectuals: IntellectualsService,
    private readonly invitations: InvitationsService,
  ) {}

  @Get()
  @Allow(...STAFF)
  list(@Query() query: IntellectualQuery, @CurrentPrincipal() principal: Principal) {
    return this.intellectuals.list(query, principal);
  }

  @Post()
  @Allow(...EDITORS)
  create(@Body() input: CreateIntellectualDto, @CurrentPrincipal() principal: Principal) {
    return this.intellectuals.create(input, principal);
  }

  @Get(':id')
  @Allow(...STAFF, 'intellectual')
  get(@Param('id', ParseUUIDPipe) id: string, @CurrentPrincipal() principal: Principal) {
    return this.intellectuals.get(id, principal);
  }

  @Patch(':id')
  @Allow(...EDITORS)
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
  @Allow(...EDITORS)
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
  @Allow(...EDITORS)
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
  @Allow(...EDITORS)
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
  @Allow(...STAFF, 'intellectual')
  history(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: PageQuery,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.intellectuals.history(id, query, principal);
  }

  @Post(':id/invitations')
  @Allow(...EDITORS)
  invite(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() input: InvitationDto,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.invitations.issue(id, input, principal);
  }
}

/** Part items of any profile, for officers; registered after IntellectualsController so its routes win. */
@ApiTags('intellectuals')
@ApiExtraModels(...PART_DTOS)
@Controller('intellectuals/:id/:part')
@UseInterceptors(EtagInterceptor)
@Allow(...EDITORS)
export class IntellectualPartsController {
  constructor(private readonly parts: PartRoutesService) {}

  @Post()
  @PART_PARAM
  @PART_BODY
  @IF_MATCH
  add(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('part') part: string,
    @IfMatch() version: number,
    @Body() body: unknown,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.parts.add(principal, id, part, version, body);
  }

  @Patch(':partId')
  @PART_PARAM
  @PART_BODY
  @IF_MATCH
  update(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('part') part: string,
    @Param('partId', ParseUUIDPipe) partId: string,
    @IfMatch() version: number,
    @Body() body: unknown,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.parts.update(principal, id, part, partId, version, body);
  }

  @Delete(':partId')
  @HttpCode(204)
  @PART_PARAM
  @IF_MATCH
  remove(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('part') part: string,
    @Param('partId', ParseUUIDPipe) partId: string,
    @IfMatch() version: number,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.parts.remove(principal, id, part, partId, version);
  }
}
