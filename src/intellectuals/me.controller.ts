import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Patch,
  Post,
  Put,
  Query,
  UseInterceptors,
} from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Allow } from '../common/access/allow.decorator';
import { Permission } from '../common/access/permissions';
import { CurrentPrincipal } from '../common/access/current-principal.decorator';
import { Principal } from '../common/access/principal';
import { ApiIfMatch, ApiTagged, Endpoint, JSON_BODY } from '../common/openapi/api-docs';
import { PageQuery } from '../common/pagination/page';
import { CorrectionRequestPage, CorrectionRequestView, CorrectionsService } from './corrections.service';
import { SelfUpdateDto } from './dto/profile.dto';
import { ConsentDto, CorrectionRequestDto } from './dto/requests.dto';
import { EtagInterceptor, IfMatch } from '../common/http/etag';
import { IntellectualView } from './profile-view.doc';
import { SelfService } from './self-service.service';
import { UuidParamPipe } from '../common/validation/uuid-param.pipe';

const IF_MATCH = ApiIfMatch('The ETag of your profile as you read it');

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
  @Endpoint({ id: 'getMyProfile', summary: 'Your own profile, every attribute' })
  @ApiTagged(IntellectualView)
  get(@CurrentPrincipal() principal: Principal) {
    return this.self.get(principal);
  }

  @Patch()
  @Endpoint({
    id: 'updateMyProfile',
    summary: 'Change your own facts (not those an officer owns: file a correction request)',
    problems: [...JSON_BODY, 409],
  })
  @IF_MATCH
  @ApiTagged(IntellectualView)
  update(@IfMatch() version: number, @Body() input: SelfUpdateDto, @CurrentPrincipal() principal: Principal) {
    return this.self.update(principal, version, input);
  }

  @Put('public-profile')
  @Endpoint({
    id: 'setMyPublicProfile',
    summary: 'Consent to a public profile in the directory, or withdraw it (at once)',
    problems: [...JSON_BODY],
  })
  @IF_MATCH
  @ApiTagged(IntellectualView)
  consent(@IfMatch() version: number, @Body() input: ConsentDto, @CurrentPrincipal() principal: Principal) {
    return this.self.consent(principal, version, input.consent);
  }

  @Post('correction-requests')
  @Endpoint({
    id: 'fileCorrectionRequest',
    summary: 'Ask an officer to correct facts you cannot change yourself',
    problems: [...JSON_BODY, 404],
  })
  @ApiCreatedResponse({ type: CorrectionRequestView })
  fileCorrection(@Body() input: CorrectionRequestDto, @CurrentPrincipal() principal: Principal) {
    return this.corrections.file(principal, input);
  }

  @Get('correction-requests')
  @Endpoint({
    id: 'listMyCorrectionRequests',
    summary: 'Your correction requests, newest first',
    problems: [400],
  })
  @ApiOkResponse({ type: CorrectionRequestPage })
  myCorrections(@Query() query: PageQuery, @CurrentPrincipal() principal: Principal) {
    return this.corrections.mine(principal, query);
  }

  @Post('correction-requests/:requestId/withdraw')
  @HttpCode(200)
  @Endpoint({
    id: 'withdrawMyCorrectionRequest',
    summary: 'Withdraw one of your pending correction requests',
    problems: [400, 404, 409],
  })
  @ApiOkResponse({ type: CorrectionRequestView })
  withdrawCorrection(
    @Param('requestId', UuidParamPipe) requestId: string,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.corrections.withdraw(requestId, principal);
  }
}
