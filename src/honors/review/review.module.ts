import { Module } from '@nestjs/common';
import { ReviewController } from './review.controller';
import { RoundResultsService } from './round-results.service';
import { SheetsService } from './sheets.service';

/** Scoring sheets, progress, results and their confirmation for the honor councils' rounds. */
@Module({
  controllers: [ReviewController],
  providers: [SheetsService, RoundResultsService],
})
export class ReviewModule {}
