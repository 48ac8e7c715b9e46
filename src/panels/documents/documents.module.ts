import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { StorageModule } from '../../platform/storage/storage.module';
import { ReviewRequestsModule } from '../requests';
import { RequestDocumentsController } from './request-documents.controller';
import { RequestDocumentsService } from './request-documents.service';
import { ReviewRequestDocument } from './review-request-document.entity';

/** Documents attached to review requests: stored files and the text read from them. */
@Module({
  imports: [TypeOrmModule.forFeature([ReviewRequestDocument]), StorageModule, ReviewRequestsModule],
  controllers: [RequestDocumentsController],
  providers: [RequestDocumentsService],
  exports: [RequestDocumentsService],
})
export class RequestDocumentsModule {}
