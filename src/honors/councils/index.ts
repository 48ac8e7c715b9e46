export { HonorCouncil } from './honor-council.entity';
export { HonorCouncilMember } from './council-member.entity';
export { HonorRecusal } from './recusal.entity';
export { CouncilsModule } from './councils.module';
export { CouncilSeatsService, councilTargetOf } from './council-seats.service';
export { COUNCIL_REQUIREMENTS } from './councils.service';
export { findRound, roundNominations } from './council-round';
export type { RoundLock } from './council-round';
