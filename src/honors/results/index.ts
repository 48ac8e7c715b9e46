export { HonorResultsModule } from './results.module';
