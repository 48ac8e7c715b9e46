import { DynamicModule, Module, ValidationPipe } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { AccountsModule } from './accounts';
import { APP_SCHEMA } from './app-schema';
import { AuditModule } from './audit';
import { AuthModule } from './auth';
import { CatalogModule } from './catalog';
import { ProblemDetailsFilter } from './common/errors/problem-details.filter';
import { IdempotencyInterceptor } from './common/idempotency/idempotency.interceptor';
import { MediaTypeInterceptor } from './common/http/media-type';
import { IdempotencyModule } from './common/idempotency/idempotency.module';
import { NfcPipe } from './common/text/nfc.pipe';
import { validationFailed } from './common/validation/validation-problems';
import { AppConfig } from './config/app-config';
import { AppConfigModule } from './config/app-config.module';
import { ExportsModule } from './exports';
import { ImportsModule } from './imports';
import { IntellectualsModule } from './intellectuals';
import { DatabaseModule } from './platform/database/database.module';
import { HealthModule } from './health';
import {
  CampaignsModule,
  CouncilsModule,
  HonorResultsModule,
  MeetingsModule,
  NominationsModule,
  ReviewModule,
} from './honors';
import { MailModule } from './platform/mail';
import { ActionTokensModule } from './common/action-tokens';
import { MeilisearchModule } from './platform/meilisearch/meilisearch.module';
import {
  InvitationsModule,
  MatchingModule,
  NeedsModule,
  OpinionsModule,
  PanelModule,
  ReportModule,
  RequestDocumentsModule,
  ReviewRequestsModule,
} from './panels';
import { SearchModule } from './search';
import { SeedModule } from './seed';
import { StatsModule } from './stats';
import { WebAppModule } from './web';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, extraModules: DynamicModule['imports'] = []): DynamicModule {
    return {
      module: AppModule,
      imports: [
        AppConfigModule.forRoot(config),
        DatabaseModule.forRoot(APP_SCHEMA),
        IdempotencyModule,
        MeilisearchModule,
        MailModule,
        ActionTokensModule,
        AuditModule,
        AuthModule,
        AccountsModule,
        CatalogModule,
        ImportsModule,
        ExportsModule,
        IntellectualsModule,
        PanelModule,
        InvitationsModule,
        NeedsModule,
        ReportModule,
        OpinionsModule,
        ReviewRequestsModule,
        RequestDocumentsModule,
        CampaignsModule,
        MeetingsModule,
        NominationsModule,
        ReviewModule,
        HonorResultsModule,
        CouncilsModule,
        HealthModule,
        SearchModule,
        MatchingModule,
        StatsModule,
        SeedModule,
        WebAppModule,
        ...extraModules,
      ],
      providers: [
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
        { provide: APP_INTERCEPTOR, useClass: MediaTypeInterceptor },
        { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
        // NFC first, then validation: both see every body and query.
        { provide: APP_PIPE, useClass: NfcPipe },
        {
          provide: APP_PIPE,
          useValue: new ValidationPipe({
            whitelist: true,
            forbidNonWhitelisted: true,
            transform: true,
            exceptionFactory: validationFailed,
          }),
        },
      ],
    };
  }
}
