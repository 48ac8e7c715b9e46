import { FieldProblem } from '../../common/errors/domain-error';
import { ProfileFactsDto } from '../dto/profile.dto';
import { birthYear } from '../summary/age-bands';
import { PartKind } from '../profile-parts';
import { MIN_AGE } from '../../common/validation/fields';

/**
 * Rules that span several fields, checked on the state a write would produce (a PATCH merged into
 * the stored record), so the same rules hold for creation, edits, self-service and corrections.
 */

type Facts = Partial<Record<keyof ProfileFactsDto, unknown>>;

const problem = (field: string, message: string, messageVi: string): FieldProblem => ({
  field,
  message,
  messageVi,
});

const given = (value: unknown) => value !== null && value !== undefined && value !== '';

export function factProblems(facts: Facts): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!given(facts.fullName)) {
    problems.push(problem('fullName', 'fullName is required', 'fullName là bắt buộc'));
  }
  const abroad = given(facts.countryCode) && facts.countryCode !== 'VN';
  const residences = [given(facts.communeCode), given(facts.provinceName), abroad].filter(Boolean).length;
  if (residences !== 1) {
    problems.push(
      problem(
        'communeCode',
        'Give the residence as exactly one of: communeCode (in Khánh Hòa), provinceName (elsewhere in Viet Nam) or a countryCode other than VN',
        'Nơi ở phải là đúng một trong: communeCode (tại Khánh Hòa), provinceName (tỉnh khác) hoặc countryCode khác VN',
      ),
    );
  }
  const hometown = facts.hometown as { communeCode?: unknown; text?: unknown } | null | undefined;
  if (hometown && given(hometown.communeCode) === given(hometown.text)) {
    problems.push(
      problem(
        'hometown',
        'hometown must have exactly one of communeCode or text',
        'hometown phải có đúng một trong communeCode hoặc text',
      ),
    );
  }
  if (given(facts.organizationId) && given(facts.organizationName)) {
    problems.push(
      problem(
        'organizationName',
        'Give organizationId or organizationName, not both',
        'Chỉ nhập organizationId hoặc organizationName, không nhập cả hai',
      ),
    );
  }
  const title = facts.academicTitle as { year?: number } | null | undefined;
  const born = birthYear(facts.birthDate as string | null | undefined);
  if (title?.year && born && title.year < born + 20) {
    problems.push(
      problem(
        'academicTitle.year',
        'academicTitle.year is too early for the birth date',
        'academicTitle.year quá sớm so với ngày sinh',
      ),
    );
  }
  return problems;
}

/**
 * Rules of one part item. `path` names it in problems (educations.0); `birthDate` is the profile's,
 * `selfId` the profile's own id (a relation cannot point at oneself).
 */
export function partProblems(
  kind: PartKind,
  item: Record<string, unknown>,
  path: string,
  context: { birthDate: string | null | undefined; selfId?: string },
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const order = (from: string, to: string) => {
    const start = item[from];
    const end = item[to];
    if (typeof start === 'number' && typeof end === 'number' && start > end) {
      problems.push(
        problem(`${path}.${to}`, `${to} must not be before ${from}`, `${to} không được trước ${from}`),
      );
    }
  };
  const oneOf = (a: string, b: string) => {
    if (!given(item[a]) && !given(item[b])) {
      problems.push(problem(`${path}.${b}`, `Give ${a} or ${b}`, `Cần nhập ${a} hoặc ${b}`));
    }
  };
  switch (kind) {
    case 'educations': {
      const born = birthYear(context.birthDate);
      if (born && typeof item.year === 'number' && item.year < born + MIN_AGE) {
        problems.push(
          problem(
            `${path}.year`,
            `year must be at least ${MIN_AGE} years after the birth year (${born + MIN_AGE} or later)`,
            `year phải sau năm sinh ít nhất ${MIN_AGE} năm (từ ${born + MIN_AGE} trở đi)`,
          ),
        );
      }
      break;
    }
    case 'employments':
      oneOf('organizationId', 'organizationName');
      order('fromYear', 'toYear');
      break;
    case 'memberships':
      oneOf('organizationId', 'associationName');
      order('fromYear', 'toYear');
      break;
    case 'relations':
      order('fromYear', 'toYear');
      if (context.selfId && item.relatedIntellectualId === context.selfId) {
        problems.push(
          problem(
            `${path}.relatedIntellectualId`,
            'A relation must point to another intellectual',
            'Quan hệ phải là với một trí thức khác',
          ),
        );
      }
      break;
    case 'researchProjects':
      order('startYear', 'endYear');
      break;
    case 'publications':
    case 'intellectualProperties':
    case 'awards':
    case 'supervisions':
      break;
  }
  return problems;
}
