import i18n from '../../i18n';
import { ApiProblem } from '../../api/client';
import { closedNotice, notReadyRoles, opinionPageOpen, reviewActions, submittedCount } from './opinion-rules';

const t = i18n.getFixedT('vi', 'opinions');
const open = { deadline: '2099-01-31', lockedAt: null, closedReason: null } as const;

function problem(code: string, status: number, fields: string[]) {
  return ApiProblem.fromResponse(new Response(null, { status }), {
    type: 'about:blank',
    title: 'Refused',
    titleVi: 'Bị từ chối',
    status,
    detail: 'd',
    detailVi: 'd',
    code: code as 'PANEL_NOT_READY',
    instance: '/api/v1/review-requests/x/start-review',
    requestId: 'r-1',
    errors: fields.map((field) => ({ field, message: 'm', messageVi: 'm' })),
  });
}

describe('why opinions are closed', () => {
  it('says nothing while they are open', () => {
    expect(closedNotice(open, t)).toBeNull();
  });

  it('names the lock with its time, the deadline with its day, and a review not in progress', () => {
    const locked = closedNotice({ ...open, lockedAt: '2099-01-10T03:00:00Z', closedReason: 'locked' }, t);
    expect(locked).toContain('Thư ký đã khóa hội đồng');
    expect(locked).toContain('10/01/2099');
    const late = closedNotice({ ...open, closedReason: 'deadline_passed' }, t);
    expect(late).toContain('Đã hết hạn gửi ý kiến');
    expect(late).toContain('31/01/2099');
    expect(closedNotice({ ...open, closedReason: 'not_in_review' }, t)).toContain('chưa bắt đầu');
  });
});

describe('the review’s moves on the staff page', () => {
  it('offers start only while the panel forms, lock only during an unlocked review', () => {
    expect(reviewActions('panel_forming', open, true)).toEqual({ start: true, lock: false });
    expect(reviewActions('in_review', open, true)).toEqual({ start: false, lock: true });
    expect(reviewActions('in_review', { lockedAt: '2099-01-10T03:00:00Z' }, true)).toEqual({
      start: false,
      lock: false,
    });
    expect(reviewActions('report_sent', open, true)).toEqual({ start: false, lock: false });
    // the lock waits for the window to be known
    expect(reviewActions('in_review', undefined, true).lock).toBe(false);
  });

  it('offers nothing to whom may not conduct the review', () => {
    expect(reviewActions('panel_forming', open, false)).toEqual({ start: false, lock: false });
    expect(reviewActions('in_review', open, false)).toEqual({ start: false, lock: false });
  });

  it('reads the roles not yet accepted from PANEL_NOT_READY, and none from other refusals', () => {
    expect(notReadyRoles(problem('PANEL_NOT_READY', 422, ['chair', 'secretary']))).toEqual([
      'chair',
      'secretary',
    ]);
    expect(notReadyRoles(problem('INVALID_TRANSITION', 409, ['state']))).toEqual([]);
    expect(notReadyRoles(new Error('network'))).toEqual([]);
  });

  it('counts the submitted opinions', () => {
    expect(submittedCount([{ opinion: null }, { opinion: {} as never }, { opinion: null }])).toBe(1);
  });
});

describe('the link from an invitation to the opinion page', () => {
  it('is there for an accepted invitation whose request is in review, not before nor for others', () => {
    expect(opinionPageOpen({ status: 'accepted', requestState: 'in_review' })).toBe(true);
    expect(opinionPageOpen({ status: 'accepted', requestState: 'panel_forming' })).toBe(false);
    expect(opinionPageOpen({ status: 'invited', requestState: 'in_review' })).toBe(false);
    expect(opinionPageOpen({ status: 'declined', requestState: 'in_review' })).toBe(false);
  });
});
