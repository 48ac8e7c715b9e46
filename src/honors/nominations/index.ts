export { NominationsModule } from './nominations.module';
export { HonorNomination } from './nomination.entity';
