import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ActionTokensModule } from '../../common/action-tokens';
import { ConflictsModule, PanelModule } from '../../panels';
import { MailModule } from '../../platform/mail';
import { HonorCouncilMember } from './council-member.entity';
import { CouncilSeatsService } from './council-seats.service';
import { CouncilsController, MyCouncilRoundsController } from './councils.controller';
import { CouncilsService } from './councils.service';
import { HonorCouncil } from './honor-council.entity';
import { HonorRecusal } from './recusal.entity';
import { ScoringLinkMail } from './scoring-link-mail';
import { ScoringLinks } from './scoring-links';

/** The councils of honor campaigns' review rounds, built with the panels' roles, rules and conflicts. */
@Module({
  imports: [
    TypeOrmModule.forFeature([HonorCouncil, HonorCouncilMember, HonorRecusal]),
    ConflictsModule,
    PanelModule,
    MailModule,
    ActionTokensModule,
  ],
  controllers: [CouncilsController, MyCouncilRoundsController],
  providers: [CouncilsService, CouncilSeatsService, ScoringLinks, ScoringLinkMail],
  exports: [CouncilSeatsService, ScoringLinks],
})
export class CouncilsModule {}
