import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Allow } from '../common/access/allow.decorator';
import { Permission } from '../common/access/permissions';
import { CurrentPrincipal } from '../common/access/current-principal.decorator';
import { Principal } from '../common/access/principal';
import { PageQuery } from '../common/pagination/page';
import { AccountsService } from './accounts.service';
import { CreateAccountDto, UpdateAccountDto } from './account.dto';

@ApiTags('accounts')
@Controller('accounts')
@Allow(Permission.AccountsManage)
export class AccountsController {
  constructor(private readonly accounts: AccountsService) {}

  @Get()
  list(@Query() query: PageQuery) {
    return this.accounts.list(query);
  }

  @Get(':id')
  get(@Param('id', ParseUUIDPipe) id: string) {
    return this.accounts.get(id);
  }

  @Post()
  create(@Body() input: CreateAccountDto, @CurrentPrincipal() actor: Principal) {
    return this.accounts.create(input, actor);
  }

  @Patch(':id')
  update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() input: UpdateAccountDto,
    @CurrentPrincipal() actor: Principal,
  ) {
    return this.accounts.update(id, input, actor);
  }
}
