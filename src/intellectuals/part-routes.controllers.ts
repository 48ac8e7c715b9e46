import {
  applyDecorators,
  Body,
  Controller,
  Delete,
  HttpCode,
  Param,
  Patch,
  Post,
  Type,
  UseInterceptors,
} from '@nestjs/common';
import { ApiBody, ApiTags, PartialType } from '@nestjs/swagger';
import { Allow } from '../common/access/allow.decorator';
import { Permission } from '../common/access/permissions';
import { CurrentPrincipal } from '../common/access/current-principal.decorator';
import { Principal } from '../common/access/principal';
import { ApiIfMatch, ApiNoContent, ApiTagged, Endpoint, JSON_BODY } from '../common/openapi/api-docs';
import { PART_VIEWS } from './dto/part-item.view';
import { EtagInterceptor, IfMatch } from '../common/http/etag';
import { PART_KINDS, PartKind, PARTS } from './profile-parts';
import { PartRoutesService } from './profile-parts-routes.service';
import { OWN_PROFILE, profileById } from './profile-target';
import { UuidParamPipe } from '../common/validation/uuid-param.pipe';

/** The body of a PATCH: any of the kind's facts (the item as changed must still be complete). */
const CHANGE_BODIES = Object.fromEntries(
  PART_KINDS.map((kind) => [kind, PartialType(PARTS[kind].dto)]),
) as Record<PartKind, Type<object>>;

/**
 * Concrete routes for each part kind, generated from the part registry: `/intellectuals/{id}/{segment}`
 * for officers and `/me/{segment}` for the person. Every path is fixed, so no route takes the place of
 * a sibling (`/me/data-requests`, `/intellectuals/{id}/nominations`) whatever the registration order.
 */
export const PART_CONTROLLERS: Type[] = PART_KINDS.flatMap((kind) => [officerRoutes(kind), ownRoutes(kind)]);

function officerRoutes(kind: PartKind): Type {
  const docs = partDocs(kind, 'officer');

  @ApiTags('intellectuals')
  @Controller(`intellectuals/:id/${PARTS[kind].segment}`)
  @UseInterceptors(EtagInterceptor)
  @Allow(Permission.ProfilesEdit)
  class OfficerPartRoutes {
    constructor(private readonly parts: PartRoutesService) {}

    @Post()
    @docs.add
    add(
      @Param('id', UuidParamPipe) id: string,
      @IfMatch() version: number,
      @Body() body: unknown,
      @CurrentPrincipal() principal: Principal,
    ) {
      return this.parts.add(principal, profileById(id), kind, version, body);
    }

    @Patch(':partId')
    @docs.update
    update(
      @Param('id', UuidParamPipe) id: string,
      @Param('partId', UuidParamPipe) partId: string,
      @IfMatch() version: number,
      @Body() body: unknown,
      @CurrentPrincipal() principal: Principal,
    ) {
      return this.parts.update(principal, profileById(id), kind, partId, version, body);
    }

    @Delete(':partId')
    @HttpCode(204)
    @docs.remove
    remove(
      @Param('id', UuidParamPipe) id: string,
      @Param('partId', UuidParamPipe) partId: string,
      @IfMatch() version: number,
      @CurrentPrincipal() principal: Principal,
    ) {
      return this.parts.remove(principal, profileById(id), kind, partId, version);
    }
  }
  return named(OfficerPartRoutes, `Intellectual${pascal(kind)}Controller`);
}

function ownRoutes(kind: PartKind): Type {
  const docs = partDocs(kind, 'own');

  @ApiTags('me')
  @Controller(`me/${PARTS[kind].segment}`)
  @UseInterceptors(EtagInterceptor)
  @Allow(Permission.OwnProfileEdit)
  class OwnPartRoutes {
    constructor(private readonly parts: PartRoutesService) {}

    @Post()
    @docs.add
    add(@IfMatch() version: number, @Body() body: unknown, @CurrentPrincipal() principal: Principal) {
      return this.parts.add(principal, OWN_PROFILE, kind, version, body);
    }

    @Patch(':partId')
    @docs.update
    update(
      @Param('partId', UuidParamPipe) partId: string,
      @IfMatch() version: number,
      @Body() body: unknown,
      @CurrentPrincipal() principal: Principal,
    ) {
      return this.parts.update(principal, OWN_PROFILE, kind, partId, version, body);
    }

    @Delete(':partId')
    @HttpCode(204)
    @docs.remove
    remove(
      @Param('partId', UuidParamPipe) partId: string,
      @IfMatch() version: number,
      @CurrentPrincipal() principal: Principal,
    ) {
      return this.parts.remove(principal, OWN_PROFILE, kind, partId, version);
    }
  }
  return named(OwnPartRoutes, `My${pascal(kind)}Controller`);
}

/** The OpenAPI description of one kind's operations: its own body and item schemas, named per kind. */
function partDocs(kind: PartKind, whose: 'officer' | 'own') {
  const { label, dto } = PARTS[kind];
  const view = PART_VIEWS[kind];
  const noun = pascal(label.en);
  const item = `${/^[aeiou]/.test(label.en) ? 'an' : 'a'} ${label.en} item`;
  const prefix = whose === 'officer' ? 'Intellectual' : 'My';
  const profile = whose === 'officer' ? 'the profile' : 'your profile';
  const ifMatch = ApiIfMatch(`The ETag of ${profile} as you read it`);
  return {
    add: applyDecorators(
      Endpoint({
        id: `add${prefix}${noun}`,
        summary: `Add ${item} to ${profile}`,
        problems: [...JSON_BODY, 404, 409],
      }),
      ifMatch,
      ApiBody({ type: dto }),
      ApiTagged(view, 201, 'The new item'),
    ),
    update: applyDecorators(
      Endpoint({
        id: `update${prefix}${noun}`,
        summary: `Change facts of ${item} of ${profile}`,
        problems: [...JSON_BODY, 404, 409],
      }),
      ifMatch,
      ApiBody({ type: CHANGE_BODIES[kind] }),
      ApiTagged(view, 200, 'The item as changed'),
    ),
    remove: applyDecorators(
      Endpoint({
        id: `delete${prefix}${noun}`,
        summary: `Remove ${item} from ${profile}`,
        problems: [400, 404, 409],
      }),
      ifMatch,
      ApiNoContent('Removed', true),
    ),
  };
}

/** `intellectual property` → `IntellectualProperty`, `educations` → `Educations`. */
function pascal(words: string): string {
  return words.replace(/(?:^|[\s-])(\w)/g, (_, letter: string) => letter.toUpperCase());
}

/** Names a generated class (Nest logs it; OpenAPI tags operations with it). */
function named(controller: Type, name: string): Type {
  Object.defineProperty(controller, 'name', { value: name });
  return controller;
}
