import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts';
import { CatalogModule } from '../catalog';
import { CorrectionsService } from './corrections.service';
import { DuplicateCandidatesService } from './duplicates/duplicate-candidates.service';
import { DuplicatesController } from './duplicates/duplicates.controller';
import { MergeService } from './duplicates/merge.service';
import { IntellectualsController } from './intellectuals.controller';
import { IntellectualsService } from './intellectuals.service';
import { InvitationsService } from './invitations.service';
import { MeController } from './me.controller';
import { PART_CONTROLLERS } from './part-routes.controllers';
import { ProfileLoader } from './profile-loader';
import { PartRoutesService } from './profile-parts-routes.service';
import { ProfilePartsService } from './profile-parts.service';
import { ProfileWriter } from './profile-writer';
import { PublicProfiles } from './public-profiles.service';
import { SelfService } from './self-service.service';
import { ReferenceChecker } from './validation/reference-checker';
import { CorrectionRequestsController, InvitationsController } from './workflows.controller';

/**
 * Intellectual profiles: the record, provenance, privacy, self-service, corrections, invitations,
 * duplicate detection and merge.
 */
@Module({
  imports: [AccountsModule, CatalogModule],
  controllers: [
    // before IntellectualsController: /intellectuals/duplicates must not be taken for /intellectuals/:id
    DuplicatesController,
    IntellectualsController,
    MeController,
    CorrectionRequestsController,
    InvitationsController,
    ...PART_CONTROLLERS,
  ],
  providers: [
    IntellectualsService,
    SelfService,
    CorrectionsService,
    InvitationsService,
    DuplicateCandidatesService,
    MergeService,
    PartRoutesService,
    ProfilePartsService,
    ProfileWriter,
    ProfileLoader,
    ReferenceChecker,
    PublicProfiles,
  ],
  exports: [IntellectualsService, ProfileWriter, ProfileLoader, PublicProfiles, ProfilePartsService],
})
export class IntellectualsModule {}
