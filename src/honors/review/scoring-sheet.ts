import { FieldProblem } from '../../common/errors/domain-error';
import type { ScoringDefinition } from '../campaigns';

/** One council member's sheet for one nomination; a recused member has none. */
export interface ScoringSheet {
  memberId: string;
  nominationId: string;
  /** By criterion code. */
  scores: Record<string, number>;
  /** Only submitted (locked) sheets count in the results. */
  submitted: boolean;
}

/**
 * The problems of a sheet against the campaign's definition, each naming `scores.<code>`: an unknown
 * criterion, a score that is not a number inside the scale, and, once submitted, a criterion left blank.
 */
export function validateSheet(definition: ScoringDefinition, sheet: ScoringSheet): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const { min, max } = definition.scale;
  const codes = definition.criteria.map((criterion) => criterion.code);
  for (const [code, score] of Object.entries(sheet.scores)) {
    const field = `scores.${code}`;
    if (!codes.includes(code)) {
      problems.push({
        field,
        message: `The campaign has no scoring criterion ${code}`,
        messageVi: `Đợt xét chọn không có tiêu chí chấm điểm ${code}`,
      });
    } else if (typeof score !== 'number' || !Number.isFinite(score) || score < min || score > max) {
      problems.push({
        field,
        message: `The score must be a number from ${min} to ${max}`,
        messageVi: `Điểm phải là số từ ${min} đến ${max}`,
      });
    }
  }
  if (sheet.submitted) {
    for (const code of codes) {
      if (!(code in sheet.scores)) {
        problems.push({
          field: `scores.${code}`,
          message: 'A submitted sheet scores every criterion',
          messageVi: 'Phiếu đã nộp phải chấm đủ mọi tiêu chí',
        });
      }
    }
  }
  return problems;
}
