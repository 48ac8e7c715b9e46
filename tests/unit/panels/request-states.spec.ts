import {
  mayTransition,
  needsReason,
  nextStates,
  REQUEST_STATES,
  RequestState,
} from '../../../src/panels/requests/request-states';

describe('review request states', () => {
  it('moves forward one step at a time, and cancels from every open state', () => {
    const table = Object.fromEntries(REQUEST_STATES.map((state) => [state, nextStates(state)]));
    expect(table).toEqual({
      draft: ['submitted', 'cancelled'],
      submitted: ['accepted', 'declined', 'cancelled'],
      accepted: ['panel_forming', 'cancelled'],
      declined: [],
      panel_forming: ['in_review', 'cancelled'],
      in_review: ['report_sent', 'cancelled'],
      report_sent: ['answered', 'cancelled'],
      answered: ['closed'],
      closed: [],
      cancelled: [],
    });
  });

  it.each<[RequestState, RequestState]>([
    ['draft', 'accepted'],
    ['submitted', 'submitted'],
    ['submitted', 'draft'],
    ['declined', 'accepted'],
    ['answered', 'cancelled'],
    ['closed', 'cancelled'],
    ['cancelled', 'draft'],
  ])('refuses %s → %s', (from, to) => {
    expect(mayTransition(from, to)).toBe(false);
  });

  it('asks a reason for declining and cancelling only', () => {
    expect(REQUEST_STATES.filter(needsReason)).toEqual(['declined', 'cancelled']);
  });
});
