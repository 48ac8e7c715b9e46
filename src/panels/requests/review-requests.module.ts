import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogModule } from '../../catalog';
import { RequestStateMachine } from './request-state-machine';
import { ReviewRequestDrafter } from './review-request-drafter.entity';
import { ReviewRequestEvent } from './review-request-event.entity';
import { ReviewRequest } from './review-request.entity';
import { ReviewRequestsController } from './review-requests.controller';
import { ReviewRequestsService } from './review-requests.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([ReviewRequest, ReviewRequestDrafter, ReviewRequestEvent]),
    CatalogModule,
  ],
  controllers: [ReviewRequestsController],
  providers: [ReviewRequestsService, RequestStateMachine],
  exports: [ReviewRequestsService, RequestStateMachine],
})
export class ReviewRequestsModule {}
