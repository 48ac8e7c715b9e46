import { Type } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { DomainError } from '../../common/errors/domain-error';
import { toFieldProblems } from '../../common/validation/validation-problems';
import { invalidInput } from './reference-checker';

/**
 * Validates a body whose DTO is known only at run time (the part routes serve nine kinds), with the
 * same options as the global ValidationPipe. `path` prefixes field names (educations.0).
 */
export async function validateBody<T extends object>(dto: Type<T>, body: unknown, path = ''): Promise<T> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw DomainError.invalidField(
      path || 'body',
      'The body must be a JSON object',
      'Nội dung phải là một đối tượng JSON',
    );
  }
  const instance = plainToInstance(dto, body);
  const errors = await validate(instance, { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length) throw invalidInput(toFieldProblems(errors, path));
  return instance;
}
