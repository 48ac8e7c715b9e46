import { Module } from '@nestjs/common';
import { CouncilsModule } from '../councils';
import { ReviewController } from './review.controller';
import { RoundResultsService } from './round-results.service';
import { ScoringLinkController } from './scoring-link.controller';
import { SheetsService } from './sheets.service';

/** Scoring sheets, progress, results and their confirmation for the honor councils' rounds. */
@Module({
  imports: [CouncilsModule],
  controllers: [ReviewController, ScoringLinkController],
  providers: [SheetsService, RoundResultsService],
})
export class ReviewModule {}
