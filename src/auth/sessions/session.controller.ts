import { Body, Controller, Delete, Get, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { CookieOptions, Response } from 'express';
import { Allow } from '../../common/access/allow.decorator';
import { DomainError } from '../../common/errors/domain-error';
import { ApiNoContent, ApiProblem, Endpoint, JSON_BODY } from '../../common/openapi/api-docs';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { LoginDto } from '../login.dto';
import { LoginService } from '../login.service';
import { PasswordAttempts } from '../password-attempts';
import { AuthenticatedRequest, SESSION_COOKIE } from './session-request';
import { SessionView } from './session.dto';
import { SessionService } from './session.service';

/** Browser sessions of the web app: an httpOnly cookie plus a CSRF token (API clients use bearer tokens). */
@ApiTags('auth')
@Controller('auth/session')
export class SessionController {
  constructor(
    private readonly login: LoginService,
    private readonly sessions: SessionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post()
  @HttpCode(200)
  @Allow('public')
  @PasswordAttempts()
  @Endpoint({
    id: 'signIn',
    summary: 'Sign in with email and password: a session cookie (tkh_session) for the web app',
    problems: [...JSON_BODY, 429],
  })
  @ApiOkResponse({ type: SessionView, description: 'Signed in; Set-Cookie carries the session' })
  @ApiProblem(401, 'Wrong email or password, or the account is disabled')
  async signIn(
    @Body() input: LoginDto,
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SessionView> {
    const account = await this.login.verify(input.email, input.password);
    const started = await this.sessions.start(account, request.headers['user-agent']);
    response.cookie(SESSION_COOKIE, started.token, {
      ...cookieOptions(request),
      maxAge: this.config.session.maxSeconds * 1000,
    });
    return SessionView.of(started, this.config.session.idleSeconds);
  }

  @Get()
  @Allow('public')
  @Endpoint({
    id: 'getSession',
    summary: 'The signed-in account of this browser, its permissions and CSRF token',
  })
  @ApiOkResponse({ type: SessionView })
  @ApiProblem(
    401,
    'No session cookie (UNAUTHENTICATED), or it names a session that expired or was ended (SESSION_EXPIRED)',
  )
  getSession(@Req() request: AuthenticatedRequest): SessionView {
    if (request.session) return SessionView.of(request.session, this.config.session.idleSeconds);
    throw (
      request.sessionRefusal ??
      new DomainError('UNAUTHENTICATED', {
        en: 'Not signed in: there is no session cookie',
        vi: 'Chưa đăng nhập: không có cookie phiên đăng nhập',
      })
    );
  }

  @Delete()
  @HttpCode(204)
  @Allow('authenticated')
  @Endpoint({
    id: 'signOut',
    summary: 'Sign out: ends the session on the server and clears its cookie (needs X-CSRF-Token)',
  })
  @ApiNoContent('Signed out')
  async signOut(
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) response: Response,
  ): Promise<void> {
    if (request.session) await this.sessions.end(request.session);
    response.clearCookie(SESSION_COOKIE, cookieOptions(request));
  }
}

/** Secure only over HTTPS (req.secure, which believes X-Forwarded-Proto only with TRUST_PROXY). */
function cookieOptions(request: AuthenticatedRequest): CookieOptions {
  return { httpOnly: true, sameSite: 'lax', path: '/', secure: request.secure };
}
