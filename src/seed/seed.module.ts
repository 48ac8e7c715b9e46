import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '../accounts';
import { Organization } from '../catalog';
import { Intellectual, IntellectualsModule } from '../intellectuals';
import { CampaignsModule, NominationsModule } from '../honors';
import { ReviewRequestsModule } from '../panels';
import { DemoSeedService } from './demo-seed.service';

/** Demo data (SEED_DEMO): fictional profiles from the deterministic generator, the demo agency's requests and honor campaigns. */
@Module({
  imports: [
    TypeOrmModule.forFeature([Intellectual, Organization]),
    IntellectualsModule,
    AccountsModule,
    ReviewRequestsModule,
    CampaignsModule,
    NominationsModule,
  ],
  providers: [DemoSeedService],
  exports: [DemoSeedService],
})
export class SeedModule {}
