import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Allow } from '../common/access/allow.decorator';
import { Permission } from '../common/access/permissions';
import { CurrentPrincipal } from '../common/access/current-principal.decorator';
import { Principal } from '../common/access/principal';
import { Endpoint, JSON_BODY } from '../common/openapi/api-docs';
import { PageQuery } from '../common/pagination/page';
import { AccountsService } from './accounts.service';
import { AccountPage, AccountView, CreateAccountDto, UpdateAccountDto } from './account.dto';
import { UuidParamPipe } from '../common/validation/uuid-param.pipe';

@ApiTags('accounts')
@Controller('accounts')
@Allow(Permission.AccountsManage)
export class AccountsController {
  constructor(private readonly accounts: AccountsService) {}

  @Get()
  @Endpoint({ id: 'listAccounts', summary: 'Accounts, newest first', problems: [400] })
  @ApiOkResponse({ type: AccountPage })
  list(@Query() query: PageQuery) {
    return this.accounts.list(query);
  }

  @Get(':id')
  @Endpoint({ id: 'getAccount', summary: 'One account', problems: [400, 404] })
  @ApiOkResponse({ type: AccountView })
  get(@Param('id', UuidParamPipe) id: string) {
    return this.accounts.get(id);
  }

  @Post()
  @Endpoint({
    id: 'createAccount',
    summary: 'Create an account with roles, optionally linked to an intellectual',
    problems: [...JSON_BODY, 404, 409],
  })
  @ApiCreatedResponse({ type: AccountView })
  create(@Body() input: CreateAccountDto, @CurrentPrincipal() actor: Principal) {
    return this.accounts.create(input, actor);
  }

  @Patch(':id')
  @Endpoint({
    id: 'updateAccount',
    summary: 'Change roles, name, password or link; disabling revokes its tokens',
    problems: [...JSON_BODY, 404, 409],
  })
  @ApiOkResponse({ type: AccountView })
  update(
    @Param('id', UuidParamPipe) id: string,
    @Body() input: UpdateAccountDto,
    @CurrentPrincipal() actor: Principal,
  ) {
    return this.accounts.update(id, input, actor);
  }
}
