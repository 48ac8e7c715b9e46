import { createSecretKey } from 'node:crypto';
import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { ThrottlerModule } from '@nestjs/throttler';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { AccountsModule } from '../accounts';
import { AccessGuard } from './access.guard';
import { LoginController } from './login.controller';
import { LoginService } from './login.service';
import { TokenService } from './token.service';
import { SessionController } from './sessions/session.controller';
import { SessionService } from './sessions/session.service';

@Global()
@Module({
  imports: [
    AccountsModule,
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => {
        // A KeyObject, not the string: given a string, jsonwebtoken first tries to parse it as a PEM
        // public key on every verify and throws, which cost ~1.5 ms per request (BENCHMARKS.md).
        const key = createSecretKey(Buffer.from(config.jwt.secret, 'utf8'));
        return {
          // A per-call `secret` option (used by tests to forge foreign tokens) still wins, as with `secret`.
          secretOrKeyProvider: (_type, _token, options) =>
            (options as { secret?: string | Buffer } | undefined)?.secret ?? key,
          signOptions: { expiresIn: config.jwt.ttlSeconds, algorithm: 'HS256' as const },
          verifyOptions: { algorithms: ['HS256' as const] },
        };
      },
    }),
    ThrottlerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => [
        {
          name: 'login',
          limit: config.loginRateLimit.limit,
          ttl: config.loginRateLimit.windowSeconds * 1000,
        },
      ],
    }),
  ],
  controllers: [LoginController, SessionController],
  providers: [TokenService, LoginService, SessionService, { provide: APP_GUARD, useClass: AccessGuard }],
  exports: [TokenService],
})
export class AuthModule {}
