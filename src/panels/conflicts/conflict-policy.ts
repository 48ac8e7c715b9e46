/**
 * The conflict-of-interest policy (issue 12): which facts about a candidate and the proposal's
 * drafters raise a flag, how serious it is, and over how many years a past fact still counts.
 * `block` keeps the candidate off a panel unless staff override it with a reason; `warn` is shown.
 */
export const CONFLICT_SEVERITIES = ['block', 'warn'] as const;
export type ConflictSeverity = (typeof CONFLICT_SEVERITIES)[number];

export const CONFLICT_RULES = [
  'drafter',
  'current_employer',
  'past_employer',
  'co_authorship',
  'shared_project',
  'close_relation',
  'colleague_relation',
  'declared_conflict',
] as const;
export type ConflictRule = (typeof CONFLICT_RULES)[number];

export interface ConflictRulePolicy {
  rule: ConflictRule;
  severity: ConflictSeverity;
  /**
   * How far back a dated fact counts, in calendar years: a fact of year Y counts while
   * currentYear − Y ≤ withinYears (ongoing facts always). null: at any time, or undated.
   */
  withinYears: number | null;
  /** co_authorship: this many shared works or more block instead of warn. */
  blockFrom: number | null;
  en: string;
  vi: string;
}

export type ConflictPolicy = Readonly<Record<ConflictRule, ConflictRulePolicy>>;

export const DEFAULT_CONFLICT_POLICY: ConflictPolicy = {
  drafter: {
    rule: 'drafter',
    severity: 'block',
    withinYears: null,
    blockFrom: null,
    en: 'The candidate drafted the proposal',
    vi: 'Ứng viên là người soạn thảo đề án',
  },
  current_employer: {
    rule: 'current_employer',
    severity: 'block',
    withinYears: null,
    blockFrom: null,
    en: "The candidate works now at the requesting organization or at a drafter's organization",
    vi: 'Ứng viên đang công tác tại cơ quan đặt hàng hoặc cơ quan của người soạn thảo',
  },
  past_employer: {
    rule: 'past_employer',
    severity: 'warn',
    withinYears: 3,
    blockFrom: null,
    en: "The candidate worked at the requesting organization or at a drafter's organization (employment history)",
    vi: 'Ứng viên từng công tác tại cơ quan đặt hàng hoặc cơ quan của người soạn thảo (quá trình công tác)',
  },
  co_authorship: {
    rule: 'co_authorship',
    severity: 'warn',
    withinYears: 5,
    blockFrom: 3,
    en: 'Co-authorship with a drafter: a shared DOI, or the same normalised title and year',
    vi: 'Đồng tác giả với người soạn thảo: trùng DOI, hoặc trùng tên công trình (đã chuẩn hóa) và năm',
  },
  shared_project: {
    rule: 'shared_project',
    severity: 'warn',
    withinYears: 5,
    blockFrom: null,
    en: 'A research project shared with a drafter (same code, or same normalised title)',
    vi: 'Cùng tham gia đề tài, dự án nghiên cứu với người soạn thảo (trùng mã hoặc trùng tên đã chuẩn hóa)',
  },
  close_relation: {
    rule: 'close_relation',
    severity: 'block',
    withinYears: null,
    blockFrom: null,
    en: 'A declared relation with a drafter: family, advisor/student or business partner',
    vi: 'Quan hệ đã khai với người soạn thảo: gia đình, thầy/trò hoặc đối tác kinh doanh',
  },
  colleague_relation: {
    rule: 'colleague_relation',
    severity: 'warn',
    withinYears: 3,
    blockFrom: null,
    en: 'A declared colleague relation with a drafter',
    vi: 'Quan hệ đồng nghiệp đã khai với người soạn thảo',
  },
  declared_conflict: {
    rule: 'declared_conflict',
    severity: 'block',
    withinYears: null,
    blockFrom: null,
    en: 'The candidate declared a conflict of interest when answering the invitation',
    vi: 'Ứng viên tự khai có xung đột lợi ích khi trả lời thư mời',
  },
};
