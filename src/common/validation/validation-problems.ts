import { ValidationError } from '@nestjs/common';
import { DomainError, FieldProblem } from '../errors/domain-error';
import { splitMessage } from './bilingual-message';

/** Flattens nested class-validator errors into field problems with dotted paths (educations.0.year). */
export function toFieldProblems(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([constraint, message]) => {
      const { en, vi } = splitMessage(message, constraint, field);
      return { field, message: en, messageVi: vi };
    });
    return [...own, ...toFieldProblems(error.children ?? [], field)];
  });
}

export function validationFailed(errors: ValidationError[]): DomainError {
  const problems = toFieldProblems(errors);
  const fields = [...new Set(problems.map((p) => p.field))].join(', ');
  return new DomainError(
    'VALIDATION_FAILED',
    { en: `Invalid value for: ${fields}`, vi: `Giá trị không hợp lệ ở: ${fields}` },
    problems,
  );
}
