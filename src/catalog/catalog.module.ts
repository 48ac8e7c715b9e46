import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogEntry } from './catalog-entry.entity';
import { CatalogController, OrganizationsController } from './catalog.controller';
import { CatalogService } from './catalog.service';
import { Organization } from './organization.entity';
import { OrganizationsService } from './organizations.service';

@Module({
  imports: [TypeOrmModule.forFeature([CatalogEntry, Organization])],
  // organizations first: its routes must win over catalog/:name
  controllers: [OrganizationsController, CatalogController],
  providers: [CatalogService, OrganizationsService],
  exports: [CatalogService, OrganizationsService],
})
export class CatalogModule {}
