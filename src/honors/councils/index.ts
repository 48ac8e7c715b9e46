export { HonorCouncil } from './honor-council.entity';
export { HonorCouncilMember } from './council-member.entity';
export { HonorRecusal } from './recusal.entity';
