import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Put,
  Query,
  UseInterceptors,
} from '@nestjs/common';
import { ApiHeader, ApiTags } from '@nestjs/swagger';
import { Allow } from '../common/access/allow.decorator';
import { Permission } from '../common/access/permissions';
import { CurrentPrincipal } from '../common/access/current-principal.decorator';
import { Principal } from '../common/access/principal';
import { PageQuery } from '../common/pagination/page';
import { CorrectionsService } from './corrections.service';
import { SelfUpdateDto } from './dto/profile.dto';
import { ConsentDto, CorrectionRequestDto } from './dto/requests.dto';
import { EtagInterceptor, IfMatch } from '../common/http/etag';
import { SelfService } from './self-service.service';

const IF_MATCH = ApiHeader({
  name: 'If-Match',
  required: true,
  description: 'The ETag of your profile as read',
});

/** The linked intellectual's own record, consent and requests. */
@ApiTags('me')
@Controller('me')
@UseInterceptors(EtagInterceptor)
@Allow(Permission.OwnProfileEdit)
export class MeController {
  constructor(
    private readonly self: SelfService,
    private readonly corrections: CorrectionsService,
  ) {}

  @Get()
  get(@CurrentPrincipal() principal: Principal) {
    return this.self.get(principal);
  }

  @Patch()
  @IF_MATCH
  update(@IfMatch() version: number, @Body() input: SelfUpdateDto, @CurrentPrincipal() principal: Principal) {
    return this.self.update(principal, version, input);
  }

  @Put('public-profile')
  @IF_MATCH
  consent(@IfMatch() version: number, @Body() input: ConsentDto, @CurrentPrincipal() principal: Principal) {
    return this.self.consent(principal, version, input.consent);
  }

  @Post('correction-requests')
  fileCorrection(@Body() input: CorrectionRequestDto, @CurrentPrincipal() principal: Principal) {
    return this.corrections.file(principal, input);
  }

  @Get('correction-requests')
  myCorrections(@Query() query: PageQuery, @CurrentPrincipal() principal: Principal) {
    return this.corrections.mine(principal, query);
  }

  @Post('correction-requests/:requestId/withdraw')
  @HttpCode(200)
  withdrawCorrection(
    @Param('requestId', ParseUUIDPipe) requestId: string,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.corrections.withdraw(requestId, principal);
  }
}
