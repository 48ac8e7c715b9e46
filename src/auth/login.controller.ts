import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiOkResponse, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import { Allow } from '../common/access/allow.decorator';
import { AccessTokenView, LoginDto } from './login.dto';
import { LoginService } from './login.service';

@ApiTags('auth')
@Controller('auth')
export class LoginController {
  constructor(private readonly login: LoginService) {}

  @Post('login')
  @HttpCode(200)
  @Allow('public')
  @UseGuards(ThrottlerGuard)
  @ApiOkResponse({ type: AccessTokenView })
  @ApiTooManyRequestsResponse({ description: 'Too many attempts from this address' })
  signIn(@Body() input: LoginDto) {
    return this.login.login(input.email, input.password);
  }
}
