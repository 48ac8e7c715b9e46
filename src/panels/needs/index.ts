export { NeedCandidate } from './need-candidate.entity';
export { NeedsModule } from './needs.module';
