export { NominationsModule } from './nominations.module';
export { HonorNomination } from './nomination.entity';
export { HonorNominationFile } from './nomination-file.entity';
export { NominationsService } from './nominations.service';
