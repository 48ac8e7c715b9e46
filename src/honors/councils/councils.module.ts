import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ConflictsModule, PanelModule } from '../../panels';
import { HonorCouncilMember } from './council-member.entity';
import { CouncilSeatsService } from './council-seats.service';
import { CouncilsController, MyCouncilRoundsController } from './councils.controller';
import { CouncilsService } from './councils.service';
import { HonorCouncil } from './honor-council.entity';
import { HonorRecusal } from './recusal.entity';

/** The councils of honor campaigns' review rounds, built with the panels' roles, rules and conflicts. */
@Module({
  imports: [
    TypeOrmModule.forFeature([HonorCouncil, HonorCouncilMember, HonorRecusal]),
    ConflictsModule,
    PanelModule,
  ],
  controllers: [CouncilsController, MyCouncilRoundsController],
  providers: [CouncilsService, CouncilSeatsService],
  exports: [CouncilSeatsService],
})
export class CouncilsModule {}
