import { DomainError, FieldProblem } from '../../common/errors/domain-error';
import {
  ACADEMIC_TITLES,
  AcademicTitleCode,
  DEGREE_LEVELS,
  DegreeLevel,
  INDEX_CLASSES,
  IndexClass,
  PROJECT_LEVELS,
  ProjectLevel,
} from '../../intellectuals';

/**
 * A campaign's criteria as data (issue 13): each kind is either checked automatically from the
 * registry or declared (the person or nominator signs its text). The levels and index classes are the
 * registry's own enums, so every stored criterion can be evaluated.
 */
export const AUTOMATIC_CRITERION_KINDS = [
  'resides_or_works_in_province',
  'active',
  'min_degree_or_title',
  'publications',
  'patents_or_utility_solutions',
  'research_projects',
  'not_previously_honored',
] as const;
/** A signed declaration (for example: not serving a sentence, no criminal record); only the signature is ever recorded. */
export const DECLARED_CRITERION_KINDS = ['declaration'] as const;
export const CRITERION_KINDS = [...AUTOMATIC_CRITERION_KINDS, ...DECLARED_CRITERION_KINDS] as const;
export type CriterionKind = (typeof CRITERION_KINDS)[number];
export type CriterionMode = 'automatic' | 'declared';

export const QUALIFICATION_LEVELS = [...DEGREE_LEVELS, ...ACADEMIC_TITLES] as const;
export type QualificationLevel = DegreeLevel | AcademicTitleCode;

export const WITHIN_YEARS_MAX = 50;
export const MIN_COUNT_MAX = 1_000;

export type Criterion =
  | { kind: 'resides_or_works_in_province' }
  | { kind: 'active' }
  | { kind: 'min_degree_or_title'; level: QualificationLevel }
  | { kind: 'publications'; indexClasses: IndexClass[]; withinYears: number; minCount: number }
  | { kind: 'patents_or_utility_solutions'; minCount: number }
  | { kind: 'research_projects'; level: ProjectLevel; minCount: number }
  | { kind: 'not_previously_honored' }
  | { kind: 'declaration'; declarationText: string };

/** The parameters a criterion input may carry (the DTO's optional fields). */
export interface CriterionParams {
  kind: string;
  level?: string;
  indexClasses?: string[];
  withinYears?: number;
  minCount?: number;
  declarationText?: string;
}
type Param = Exclude<keyof CriterionParams, 'kind'>;
const PARAMS: readonly Param[] = ['level', 'indexClasses', 'withinYears', 'minCount', 'declarationText'];

/** Which parameters each kind needs; any other parameter given is refused, not ignored. */
const NEEDS: Readonly<Record<CriterionKind, readonly Param[]>> = {
  resides_or_works_in_province: [],
  active: [],
  min_degree_or_title: ['level'],
  publications: ['indexClasses', 'withinYears', 'minCount'],
  patents_or_utility_solutions: ['minCount'],
  research_projects: ['level', 'minCount'],
  not_previously_honored: [],
  declaration: ['declarationText'],
};

export function modeOf(kind: CriterionKind): CriterionMode {
  return (DECLARED_CRITERION_KINDS as readonly string[]).includes(kind) ? 'declared' : 'automatic';
}

/**
 * Checks criterion definitions and returns them typed; a definition that cannot be evaluated (unknown
 * kind, missing or foreign parameter, unknown level or index class) is one 400 naming every field.
 */
export function parseCriteria(inputs: readonly CriterionParams[]): Criterion[] {
  const problems: FieldProblem[] = [];
  const criteria = inputs.map((input, index) => {
    const at = (param: string) => `criteria[${index}].${param}`;
    const problem = (param: string, message: string, messageVi: string) =>
      problems.push({ field: at(param), message, messageVi });
    if (!(CRITERION_KINDS as readonly string[]).includes(input.kind)) {
      problem(
        'kind',
        `kind must be one of: ${CRITERION_KINDS.join(', ')}`,
        `kind phải là một trong: ${CRITERION_KINDS.join(', ')}`,
      );
      return undefined;
    }
    const kind = input.kind as CriterionKind;
    for (const param of PARAMS) {
      const given = input[param] !== undefined && input[param] !== null;
      if (NEEDS[kind].includes(param) && !given) {
        problem(param, `A ${kind} criterion needs ${param}`, `Tiêu chí ${kind} cần có ${param}`);
      } else if (!NEEDS[kind].includes(param) && given) {
        problem(
          param,
          `${param} is not a parameter of ${kind}`,
          `${param} không phải tham số của tiêu chí ${kind}`,
        );
      }
    }
    const levels: readonly string[] = kind === 'research_projects' ? PROJECT_LEVELS : QUALIFICATION_LEVELS;
    if (NEEDS[kind].includes('level') && input.level !== undefined && !levels.includes(input.level)) {
      problem(
        'level',
        `level must be one of: ${levels.join(', ')}`,
        `level phải là một trong: ${levels.join(', ')}`,
      );
    }
    const unknownClasses = (input.indexClasses ?? []).filter(
      (value) => !(INDEX_CLASSES as readonly string[]).includes(value),
    );
    if (kind === 'publications' && input.indexClasses) {
      if (unknownClasses.length > 0) {
        problem(
          'indexClasses',
          `Unknown index classes ${unknownClasses.join(', ')}; known: ${INDEX_CLASSES.join(', ')}`,
          `Không có phân loại chỉ mục ${unknownClasses.join(', ')}; các phân loại: ${INDEX_CLASSES.join(', ')}`,
        );
      } else if (input.indexClasses.length === 0) {
        problem(
          'indexClasses',
          'indexClasses must name at least one class',
          'indexClasses cần ít nhất một phân loại',
        );
      }
    }
    return { ...pick(input, NEEDS[kind]), kind } as Criterion;
  });
  if (problems.length > 0) {
    throw new DomainError(
      'VALIDATION_FAILED',
      {
        en: 'Some criteria cannot be evaluated',
        vi: 'Có tiêu chí không thể đánh giá được',
      },
      problems,
    );
  }
  return criteria as Criterion[];
}

function pick(input: CriterionParams, params: readonly Param[]): Record<string, unknown> {
  const picked: Record<string, unknown> = {};
  for (const param of params) {
    picked[param] = param === 'indexClasses' ? [...new Set(input.indexClasses)] : input[param];
  }
  return picked;
}
