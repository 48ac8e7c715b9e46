import { ParseIntPipe } from '@nestjs/common';
import { DomainError } from '../errors/domain-error';

/** A path parameter that must be an integer: anything else is a 400 naming it, in both languages. */
export function intParam(field: string, en: string, vi: string): ParseIntPipe {
  return new ParseIntPipe({ exceptionFactory: () => DomainError.invalidField(field, en, vi) });
}
