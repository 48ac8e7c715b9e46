import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Allow } from '../common/access/allow.decorator';
import { ApiProblem, Endpoint, JSON_BODY } from '../common/openapi/api-docs';
import { AccessTokenView, LoginDto } from './login.dto';
import { LoginService } from './login.service';
import { PasswordAttempts } from './password-attempts';

@ApiTags('auth')
@Controller('auth')
export class LoginController {
  constructor(private readonly login: LoginService) {}

  @Post('login')
  @HttpCode(200)
  @Allow('public')
  @PasswordAttempts()
  @Endpoint({
    id: 'login',
    summary: 'Sign in with email and password: a bearer token',
    problems: [...JSON_BODY, 429],
  })
  @ApiOkResponse({ type: AccessTokenView })
  @ApiProblem(401, 'Wrong email or password, or the account is disabled')
  signIn(@Body() input: LoginDto) {
    return this.login.login(input.email, input.password);
  }
}
