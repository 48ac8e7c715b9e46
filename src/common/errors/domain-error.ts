/** A problem with one input field, in English and Vietnamese. */
export interface FieldProblem {
  field: string;
  message: string;
  messageVi: string;
}

/**
 * Every error the service reports on purpose. `code` is stable for clients; `status` is the HTTP
 * status the one exception filter answers with; the titles are for people.
 */
export const ERROR_CODES = {
  VALIDATION_FAILED: { status: 400, title: 'Invalid input', titleVi: 'Dữ liệu không hợp lệ' },
  MALFORMED_JSON: { status: 400, title: 'Malformed JSON body', titleVi: 'Nội dung JSON không đúng cú pháp' },
  UNPROCESSABLE: {
    status: 422,
    title: 'The request cannot be applied',
    titleVi: 'Không thể thực hiện yêu cầu',
  },
  IDEMPOTENCY_KEY_REUSED: {
    status: 422,
    title: 'This Idempotency-Key was used for another request',
    titleVi: 'Idempotency-Key này đã được dùng cho một yêu cầu khác',
  },
  UNAUTHENTICATED: { status: 401, title: 'Authentication required', titleVi: 'Cần đăng nhập' },
  INVALID_CREDENTIALS: { status: 401, title: 'Wrong email or password', titleVi: 'Sai email hoặc mật khẩu' },
  SESSION_EXPIRED: {
    status: 401,
    title: 'The session has expired, please sign in again',
    titleVi: 'Phiên đăng nhập đã hết hạn, vui lòng đăng nhập lại',
  },
  CSRF_TOKEN_INVALID: {
    status: 403,
    title: 'The X-CSRF-Token header is missing or wrong',
    titleVi: 'Thiếu tiêu đề X-CSRF-Token hoặc giá trị không đúng',
  },
  FORBIDDEN: { status: 403, title: 'Not allowed', titleVi: 'Không có quyền' },
  RECUSED: {
    status: 403,
    title: 'You are recused from this nominee',
    titleVi: 'Bạn không tham gia chấm hồ sơ này do xung đột lợi ích',
  },
  NOT_FOUND: { status: 404, title: 'Not found', titleVi: 'Không tìm thấy' },
  PROFILE_NOT_LINKED: {
    status: 404,
    title: 'No profile is linked to this account',
    titleVi: 'Tài khoản chưa liên kết với hồ sơ',
  },
  ACTION_TOKEN_INVALID: {
    status: 404,
    title: 'This link is not valid',
    titleVi: 'Liên kết không hợp lệ',
  },
  METHOD_NOT_ALLOWED: { status: 405, title: 'Method not allowed', titleVi: 'Phương thức không được hỗ trợ' },
  NATIONAL_ID_TAKEN: {
    status: 409,
    title: 'The national ID belongs to another profile',
    titleVi: 'Số định danh đã thuộc về hồ sơ khác',
  },
  EMAIL_TAKEN: { status: 409, title: 'The email has an account', titleVi: 'Email đã có tài khoản' },
  ORGANIZATION_NAME_TAKEN: {
    status: 409,
    title: 'An organization with this name exists',
    titleVi: 'Tên tổ chức đã có',
  },
  ACCOUNT_ALREADY_LINKED: {
    status: 409,
    title: 'An account is already linked to this profile',
    titleVi: 'Hồ sơ đã được liên kết với một tài khoản',
  },
  FACTS_PROTECTED: {
    status: 409,
    title: 'These facts change only through a correction request',
    titleVi: 'Thông tin này chỉ thay đổi qua yêu cầu đính chính',
  },
  MERGE_BOTH_LINKED: {
    status: 409,
    title: 'Both records have a linked account',
    titleVi: 'Cả hai hồ sơ đều đã gắn tài khoản',
  },
  MERGE_CHOICE_REQUIRED: {
    status: 409,
    title: 'The records disagree; choose whose values to keep',
    titleVi: 'Hai hồ sơ có thông tin khác nhau; hãy chọn giá trị giữ lại',
  },
  IMPORT_ROW_ALREADY_RESOLVED: {
    status: 409,
    title: 'This import row was already resolved otherwise',
    titleVi: 'Dòng nhập này đã được xử lý theo cách khác',
  },
  IMPORT_ROW_NOT_RESOLVABLE: {
    status: 409,
    title: 'This import row cannot be resolved this way',
    titleVi: 'Không thể xử lý dòng nhập này theo cách đó',
  },
  CORRECTION_ALREADY_DECIDED: {
    status: 409,
    title: 'The correction request is already decided',
    titleVi: 'Yêu cầu đính chính đã được xử lý',
  },
  CORRECTION_TARGET_GONE: {
    status: 409,
    title: 'The item the correction request is about no longer exists',
    titleVi: 'Mục mà yêu cầu đính chính đề cập không còn tồn tại',
  },
  REBUILD_RUNNING: {
    status: 409,
    title: 'The search index is being rebuilt',
    titleVi: 'Chỉ mục tìm kiếm đang được xây dựng lại',
  },
  ACTION_TOKEN_USED: {
    status: 410,
    title: 'This link was already used',
    titleVi: 'Liên kết này đã được sử dụng',
  },
  ACTION_TOKEN_EXPIRED: {
    status: 410,
    title: 'This link has expired',
    titleVi: 'Liên kết này đã hết hạn',
  },
  INVALID_TRANSITION: {
    status: 409,
    title: 'The request cannot move to that state from its current one',
    titleVi: 'Yêu cầu không thể chuyển sang trạng thái đó từ trạng thái hiện tại',
  },
  REQUEST_NOT_EDITABLE: {
    status: 409,
    title: 'The request can no longer be edited',
    titleVi: 'Yêu cầu không còn được chỉnh sửa',
  },
  CAMPAIGN_NOT_EDITABLE: {
    status: 409,
    title: 'The campaign’s setup can no longer be changed',
    titleVi: 'Không còn sửa được thiết lập của đợt xét chọn',
  },
  NOMINATIONS_CLOSED: {
    status: 409,
    title: 'The campaign does not take nominations now',
    titleVi: 'Đợt xét chọn hiện không nhận đề cử',
  },
  DUPLICATE_NOMINATION: {
    status: 409,
    title: 'This person or work is already nominated in the campaign',
    titleVi: 'Người hoặc công trình này đã được đề cử trong đợt xét chọn',
  },
  NOMINEE_DECLINED: {
    status: 409,
    title: 'The person declined a nomination in this campaign',
    titleVi: 'Người này đã từ chối đề cử trong đợt xét chọn',
  },
  NOMINATION_NOT_EDITABLE: {
    status: 409,
    title: 'The nomination can no longer be changed this way',
    titleVi: 'Hồ sơ đề cử không còn thay đổi được theo cách này',
  },
  SCORING_NOT_OPEN: {
    status: 409,
    title: 'Scoring is not open for this round',
    titleVi: 'Vòng này chưa mở hoặc đã đóng việc chấm điểm',
  },
  SHEET_LOCKED: {
    status: 409,
    title: 'The scoring sheet is submitted and locked',
    titleVi: 'Phiếu chấm đã nộp và đã khóa',
  },
  SHEETS_MISSING: {
    status: 409,
    title: 'Some expected scoring sheets are not submitted yet',
    titleVi: 'Còn phiếu chấm chưa nộp',
  },
  QUOTA_TIE: {
    status: 409,
    title: 'A tie over a prize level’s quota must be resolved by the council first',
    titleVi: 'Hội đồng cần phân định trường hợp đồng điểm vượt số lượng giải trước',
  },
  ROUND_ALREADY_CONFIRMED: {
    status: 409,
    title: 'This confirmation of the round’s result is already given',
    titleVi: 'Kết quả vòng này đã được xác nhận với vai trò này',
  },
  ROUND_RESULT_CHANGED: {
    status: 409,
    title: 'The round’s result no longer equals the one first confirmed',
    titleVi: 'Kết quả vòng không còn khớp với kết quả đã xác nhận trước',
  },
  ROUND_NOT_CURRENT: {
    status: 409,
    title: 'This is not the campaign’s current review round',
    titleVi: 'Đây không phải vòng xét chọn hiện tại của đợt',
  },
  SELF_NOMINATION_NOT_ALLOWED: {
    status: 422,
    title: 'The campaign does not take self-nominations',
    titleVi: 'Đợt xét chọn không nhận tự đề cử',
  },
  USE_RESULT_ROUTE: {
    status: 409,
    title: 'The campaign is decided and published through its own routes',
    titleVi: 'Quyết định và công bố kết quả đợt xét chọn qua các chức năng riêng',
  },
  ROUND_NOT_CONFIRMED: {
    status: 409,
    title: 'The round’s result is not confirmed by its secretary and chair',
    titleVi: 'Kết quả của vòng chưa được thư ký và chủ tịch hội đồng xác nhận',
  },
  QUOTA_EXCEEDED: {
    status: 409,
    title: 'A prize level has more honorees than its quota',
    titleVi: 'Số người đạt một mức giải vượt quá số lượng quy định',
  },
  COUNCIL_NOT_EDITABLE: {
    status: 409,
    title: 'The round’s council can no longer change',
    titleVi: 'Không còn thay đổi được hội đồng của vòng xét chọn',
  },
  RECUSAL_ALREADY_LIFTED: {
    status: 409,
    title: 'This recusal was already lifted',
    titleVi: 'Việc không tham gia chấm này đã được bỏ trước đó',
  },
  NOMINEE_ON_COUNCIL: {
    status: 422,
    title: 'A nominee of the round cannot sit on its council',
    titleVi: 'Người được đề cử trong vòng xét chọn không thể là thành viên hội đồng của vòng đó',
  },
  PANEL_NOT_LOCKED: {
    status: 409,
    title: 'The report is compiled once the secretary has locked the panel',
    titleVi: 'Chỉ lập báo cáo sau khi thư ký đã khóa hội đồng',
  },
  REPORT_ALREADY_SENT: {
    status: 409,
    title: 'The report has been sent to the agency and no longer changes',
    titleVi: 'Báo cáo đã gửi cơ quan đặt hàng, không còn thay đổi được',
  },
  REPORT_DRAFT_MISSING: {
    status: 409,
    title: 'Save the report’s conclusion and recommendations first',
    titleVi: 'Hãy lưu kết luận và kiến nghị của báo cáo trước',
  },
  REPORT_NOT_GENERATED: {
    status: 409,
    title: 'Generate the report files from the current draft first',
    titleVi: 'Hãy tạo tệp báo cáo từ bản dự thảo hiện tại trước',
  },
  INVITATION_NOT_OPEN: {
    status: 409,
    title: 'This invitation is not awaiting an answer',
    titleVi: 'Thư mời này không còn chờ trả lời',
  },
  REQUEST_DEADLINE_PASSED: {
    status: 409,
    title: 'The request’s deadline has passed',
    titleVi: 'Đã quá hạn của yêu cầu',
  },
  REVIEW_NOT_IN_PROGRESS: {
    status: 409,
    title: 'The panel’s review is not in progress',
    titleVi: 'Hội đồng không trong thời gian tư vấn, phản biện',
  },
  PANEL_LOCKED: {
    status: 409,
    title: 'The panel is locked; opinions are closed',
    titleVi: 'Hội đồng đã khóa; không nhận thêm ý kiến',
  },
  OPINION_NOT_WRITTEN: {
    status: 409,
    title: 'Save the opinion’s text first',
    titleVi: 'Hãy lưu nội dung ý kiến trước',
  },
  REQUEST_NOT_FORMING_PANEL: {
    status: 409,
    title: 'Panels form only for accepted requests whose panel is not locked',
    titleVi: 'Chỉ lập hội đồng cho yêu cầu đã được chấp nhận và hội đồng chưa khóa',
  },
  NOT_A_TASK_ORDER: {
    status: 409,
    title: 'Only task orders are on the needs board',
    titleVi: 'Chỉ yêu cầu đặt hàng nhiệm vụ mới có trên bảng nhu cầu',
  },
  NEED_NOT_OPEN: {
    status: 409,
    title: 'The task order does not take interest now',
    titleVi: 'Đặt hàng hiện không nhận bày tỏ quan tâm',
  },
  NOT_PROPOSABLE: {
    status: 409,
    title: 'The profile is not proposed for panels',
    titleVi: 'Hồ sơ không thuộc diện được đề xuất tham gia hội đồng',
  },
  PRECONDITION_FAILED: {
    status: 412,
    title: 'The record changed since you read it',
    titleVi: 'Dữ liệu đã bị thay đổi kể từ lần bạn đọc',
  },
  WEAK_ETAG: {
    status: 412,
    title: 'If-Match needs a strong ETag',
    titleVi: 'If-Match cần ETag dạng mạnh',
  },
  PAYLOAD_TOO_LARGE: { status: 413, title: 'Request body too large', titleVi: 'Dữ liệu gửi lên quá lớn' },
  UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    title: 'Unsupported media type',
    titleVi: 'Kiểu dữ liệu không được hỗ trợ',
  },
  UNSUPPORTED_FILE: {
    status: 415,
    title: 'The file is not one of the accepted types',
    titleVi: 'Tệp không thuộc loại được chấp nhận',
  },
  PANEL_RULES_VIOLATED: {
    status: 422,
    title: 'The panel breaks a composition rule',
    titleVi: 'Hội đồng vi phạm quy tắc thành lập',
  },
  PANEL_NOT_READY: {
    status: 422,
    title: 'The panel cannot start its review yet',
    titleVi: 'Hội đồng chưa thể bắt đầu tư vấn, phản biện',
  },
  CONFLICT_OVERRIDE_REQUIRED: {
    status: 422,
    title: 'A member with a blocking conflict of interest needs an override reason',
    titleVi: 'Thành viên có xung đột lợi ích ở mức chặn cần có lý do chấp nhận ngoại lệ',
  },
  QUERY_TOO_BROAD: {
    status: 422,
    title: 'The search matches too many people',
    titleVi: 'Từ khóa tìm kiếm khớp với quá nhiều người',
  },
  PRECONDITION_REQUIRED: {
    status: 428,
    title: 'If-Match header required',
    titleVi: 'Cần gửi kèm tiêu đề If-Match',
  },
  TOO_MANY_REQUESTS: {
    status: 429,
    title: 'Too many requests',
    titleVi: 'Quá nhiều yêu cầu, vui lòng thử lại sau',
  },
  INTERNAL: { status: 500, title: 'Internal error', titleVi: 'Lỗi hệ thống' },
  SERVICE_UNAVAILABLE: {
    status: 503,
    title: 'Service unavailable',
    titleVi: 'Dịch vụ tạm thời không khả dụng',
  },
  DATABASE_UNAVAILABLE: {
    status: 503,
    title: 'The database is unavailable',
    titleVi: 'Cơ sở dữ liệu tạm thời không khả dụng',
  },
  OUTCOME_UNKNOWN: {
    status: 503,
    title: 'The change may or may not have been saved',
    titleVi: 'Không rõ thay đổi đã được lưu hay chưa',
  },
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export class DomainError extends Error {
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    /** What went wrong, for a person, in English and Vietnamese. */
    readonly detail?: { en: string; vi: string },
    readonly errors: FieldProblem[] = [],
  ) {
    super(detail?.en ?? ERROR_CODES[code].title);
    this.status = ERROR_CODES[code].status;
  }

  static notFound(what: string, whatVi: string): DomainError {
    return new DomainError('NOT_FOUND', { en: `${what} not found`, vi: `Không tìm thấy ${whatVi}` });
  }

  /** A conflict (409) naming the field whose value must be unique. */
  static conflictOn(code: ErrorCode, field: string, message: string, messageVi: string): DomainError {
    return new DomainError(code, { en: message, vi: messageVi }, [{ field, message, messageVi }]);
  }

  static invalidField(field: string, message: string, messageVi: string): DomainError {
    return new DomainError('VALIDATION_FAILED', { en: message, vi: messageVi }, [
      { field, message, messageVi },
    ]);
  }
}
