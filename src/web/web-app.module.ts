import { Module } from '@nestjs/common';
import { WebAppService } from './web-app.service';

@Module({ providers: [WebAppService], exports: [WebAppService] })
export class WebAppModule {}
