export { ReviewRequestsModule } from './review-requests.module';
export { ReviewRequest, REQUEST_KINDS, REQUEST_KIND_NAMES_VI } from './review-request.entity';
export type { RequestKind } from './review-request.entity';
export { ReviewRequestDrafter } from './review-request-drafter.entity';
export { ReviewRequestEvent } from './review-request-event.entity';
export { ReviewRequestsService } from './review-requests.service';
export type { LoadedRequest } from './review-requests.service';
export { RequestStateMachine } from './request-state-machine';
export {
  REQUEST_STATES,
  REQUEST_STATE_NAMES_VI,
  OPEN_STATES,
  mayTransition,
  nextStates,
} from './request-states';
export type { RequestState } from './request-states';
export { toConflictRequest } from './conflict-request';
export { CreateReviewRequestDto } from './review-request.dto';
export { deadlineEnd } from './request-deadline';
