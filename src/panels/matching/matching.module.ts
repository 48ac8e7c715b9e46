import { Module } from '@nestjs/common';
import { MatchingCatalog } from './matching-catalog';
import { MatchingService } from './matching.service';
import { PhraseRetrieval } from './phrase-retrieval';
import { TermStatistics } from './term-statistics.service';

/** Expert matching for review requests (DESIGN.md section 6). SearchIndex comes from the global SearchModule. */
@Module({
  providers: [MatchingCatalog, TermStatistics, PhraseRetrieval, MatchingService],
  exports: [MatchingService, TermStatistics],
})
export class MatchingModule {}
