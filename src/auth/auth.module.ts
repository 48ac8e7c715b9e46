import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { ThrottlerModule } from '@nestjs/throttler';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { AccountsModule } from '../accounts/accounts.module';
import { AccessGuard } from './access.guard';
import { LoginController } from './login.controller';
import { LoginService } from './login.service';
import { TokenService } from './token.service';

@Global()
@Module({
  imports: [
    AccountsModule,
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        secret: config.jwt.secret,
        signOptions: { expiresIn: config.jwt.ttlSeconds, algorithm: 'HS256' },
        verifyOptions: { algorithms: ['HS256'] },
      }),
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
  controllers: [LoginController],
  providers: [TokenService, LoginService, { provide: APP_GUARD, useClass: AccessGuard }],
  exports: [TokenService],
})
export class AuthModule {}
