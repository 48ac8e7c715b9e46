import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '../accounts/accounts.module';
import { Organization } from '../catalog/organization.entity';
import { Intellectual } from '../intellectuals/entities/intellectual.entity';
import { IntellectualsModule } from '../intellectuals/intellectuals.module';
import { DemoSeedService } from './demo-seed.service';

/** Demo data (SEED_DEMO): fictional profiles from the deterministic generator. */
@Module({
  imports: [TypeOrmModule.forFeature([Intellectual, Organization]), IntellectualsModule, AccountsModule],
  providers: [DemoSeedService],
  exports: [DemoSeedService],
})
export class SeedModule {}
