import { opinionsClosedReason } from '../../../src/panels/opinions/opinion-window';

/** When members may write opinions: in review, not locked, until the deadline day ends in Vietnam (UTC+7). */
describe('opinion window', () => {
  const open = { state: 'in_review' as const, deadline: '2026-12-31' };

  it('stays open to the last second of the deadline day, Vietnam time, and closes at midnight there', () => {
    expect(opinionsClosedReason(open, null, new Date('2026-12-31T16:59:59.999Z'))).toBeNull();
    expect(opinionsClosedReason(open, null, new Date('2026-12-31T17:00:00.000Z'))).toBe('deadline_passed');
  });

  it('is closed outside the review, and by the lock whatever the date', () => {
    const early = new Date('2026-06-01T00:00:00Z');
    expect(opinionsClosedReason({ ...open, state: 'panel_forming' }, null, early)).toBe('not_in_review');
    expect(opinionsClosedReason({ ...open, state: 'report_sent' }, null, early)).toBe('not_in_review');
    expect(opinionsClosedReason(open, { lockedAt: new Date() }, early)).toBe('locked');
    expect(opinionsClosedReason(open, { lockedAt: null }, early)).toBeNull();
  });
});
