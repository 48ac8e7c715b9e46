import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '../accounts';
import { Organization } from '../catalog';
import { Intellectual, IntellectualsModule } from '../intellectuals';
import { ReviewRequestsModule } from '../panels';
import { DemoSeedService } from './demo-seed.service';

/** Demo data (SEED_DEMO): fictional profiles from the deterministic generator and the demo agency's requests. */
@Module({
  imports: [
    TypeOrmModule.forFeature([Intellectual, Organization]),
    IntellectualsModule,
    AccountsModule,
    ReviewRequestsModule,
  ],
  providers: [DemoSeedService],
  exports: [DemoSeedService],
})
export class SeedModule {}
