import { DomainError } from '../../common/errors/domain-error';
import { scoringNotDefined } from '../campaigns';
import type { QuotaTie } from './prize-allocation';

/** The problems of the review's sheets, progress and confirmations, in English and Vietnamese. */

export const NOT_IN_ROUND = () =>
  DomainError.notFound('Nomination in this review round', 'hồ sơ đề cử trong vòng xét chọn này');

export function scoringNotOpen(round: number, why: 'not_opened' | 'not_current' | 'confirmed' | 'undefined') {
  if (why === 'undefined') return scoringNotDefined();
  const reasons = {
    not_opened: {
      en: `Scoring has not been opened for round ${round} yet`,
      vi: `Vòng ${round} chưa được mở để chấm điểm`,
    },
    not_current: {
      en: `Round ${round} is not the campaign’s current review round; its sheets no longer change`,
      vi: `Vòng ${round} không phải vòng xét chọn hiện tại của đợt; phiếu chấm của vòng không còn thay đổi`,
    },
    confirmed: {
      en: `The result of round ${round} is being confirmed; its sheets no longer change`,
      vi: `Kết quả vòng ${round} đã được xác nhận; phiếu chấm của vòng không còn thay đổi`,
    },
  } as const;
  return new DomainError('SCORING_NOT_OPEN', reasons[why]);
}

export function recused(nomineeName: string, rules: readonly string[]) {
  const because = rules.length ? ` (${rules.join(', ')})` : '';
  return new DomainError('RECUSED', {
    en: `You are recused from scoring ${nomineeName} because of a conflict of interest${because}; the recusal is recorded and only staff can lift it`,
    vi: `Bạn không chấm hồ sơ của ${nomineeName} do có xung đột lợi ích${because}; việc không tham gia đã được ghi nhận và chỉ cán bộ Liên hiệp hội mới gỡ được`,
  });
}

export function staffDoNotScore() {
  return new DomainError('FORBIDDEN', {
    en: 'Only the council’s members score; staff have no scoring sheets',
    vi: 'Chỉ thành viên hội đồng chấm điểm; cán bộ Liên hiệp hội không có phiếu chấm',
  });
}

export function sheetLocked(submittedAt: Date) {
  return new DomainError('SHEET_LOCKED', {
    en: `This scoring sheet was submitted at ${submittedAt.toISOString()} and is locked: it can no longer be changed or submitted again`,
    vi: `Phiếu chấm này đã nộp lúc ${submittedAt.toISOString()} và đã khóa: không thể sửa hoặc nộp lại`,
  });
}

export function notAnOfficerSeat() {
  return new DomainError('FORBIDDEN', {
    en: 'The round’s result is confirmed by the council’s secretary and its chair, each with their own account; staff cannot confirm for them',
    vi: 'Kết quả vòng do thư ký và chủ tịch hội đồng xác nhận, mỗi người bằng tài khoản của mình; cán bộ Liên hiệp hội không xác nhận thay',
  });
}

export function alreadyConfirmed(role: 'secretary' | 'chair', at: Date) {
  const who = role === 'secretary' ? { en: 'secretary', vi: 'thư ký' } : { en: 'chair', vi: 'chủ tịch' };
  return new DomainError('ROUND_ALREADY_CONFIRMED', {
    en: `The ${who.en} already confirmed this round’s result at ${at.toISOString()}`,
    vi: `Vai trò ${who.vi} đã xác nhận kết quả vòng này lúc ${at.toISOString()}`,
  });
}

export function sheetsMissing(missing: number, expected: number) {
  return new DomainError('SHEETS_MISSING', {
    en: `${missing} of the ${expected} expected scoring sheets are not submitted yet; the result is confirmed once every one is`,
    vi: `Còn ${missing} trong số ${expected} phiếu chấm chưa nộp; chỉ xác nhận kết quả khi đã nộp đủ`,
  });
}

export function quotaTie(tie: QuotaTie, names: readonly string[]) {
  return new DomainError('QUOTA_TIE', {
    en: `${names.join(', ')} are tied for the ${tie.placesLeft} place(s) left at prize level ${tie.levelCode}, and no tie-break rule separates them: the council must resolve it before confirming`,
    vi: `${names.join(', ')} đồng điểm khi giải ${tie.levelCode} chỉ còn ${tie.placesLeft} suất và không quy tắc phân định nào tách được: hội đồng cần giải quyết trước khi xác nhận`,
  });
}

export function resultChanged() {
  return new DomainError('ROUND_RESULT_CHANGED', {
    en: 'Computed again from the stored sheets, the round’s result differs from the one first confirmed; it cannot be confirmed as it is — tell the association’s staff',
    vi: 'Tính lại từ các phiếu chấm đã lưu, kết quả vòng khác với kết quả đã xác nhận trước; không thể xác nhận — vui lòng báo cán bộ Liên hiệp hội',
  });
}

export function roundNotCurrent(round: number, current: number | null) {
  return new DomainError('ROUND_NOT_CURRENT', {
    en: `Round ${round} is not under review now (the campaign’s current round: ${current ?? 'none'})`,
    vi: `Vòng ${round} hiện không trong thời gian xét chọn (vòng hiện tại của đợt: ${current ?? 'chưa có'})`,
  });
}
