import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  UseGuards,
  UseInterceptors,
} from '@nestjs/common';
import { ApiHeader, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import { Allow } from '../common/access/allow.decorator';
import { Permission } from '../common/access/permissions';
import { CurrentPrincipal } from '../common/access/current-principal.decorator';
import { Principal } from '../common/access/principal';
import { CorrectionsService } from './corrections.service';
import { AcceptInvitationDto, CorrectionQuery, RejectDto } from './dto/requests.dto';
import { EtagInterceptor, IfMatch } from '../common/http/etag';
import { InvitationsService } from './invitations.service';

/** Officers' side of correction requests. */
@ApiTags('correction-requests')
@Controller('correction-requests')
@UseInterceptors(EtagInterceptor)
@Allow(Permission.CorrectionsDecide)
export class CorrectionRequestsController {
  constructor(private readonly corrections: CorrectionsService) {}

  @Get()
  list(@Query() query: CorrectionQuery) {
    return this.corrections.list(query);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @ApiHeader({
    name: 'If-Match',
    required: true,
    description: 'The ETag of the profile as the officer read it',
  })
  approve(
    @Param('id', ParseUUIDPipe) id: string,
    @IfMatch() version: number,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.corrections.approve(id, version, principal);
  }

  @Post(':id/reject')
  @HttpCode(200)
  reject(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() input: RejectDto,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.corrections.reject(id, input, principal);
  }
}

/** A person turns an officer's one-time code into their own account linked to the profile. */
@ApiTags('auth')
@Controller('invitations')
export class InvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @Post('accept')
  @Allow('public')
  @UseGuards(ThrottlerGuard)
  @ApiTooManyRequestsResponse({ description: 'Too many attempts from this address' })
  accept(@Body() input: AcceptInvitationDto) {
    return this.invitations.accept(input);
  }
}
