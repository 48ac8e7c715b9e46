import { type ArgumentMetadata, Injectable, type PipeTransform } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { DomainError } from '../errors/domain-error';

/**
 * An id in the path must be a UUID. Nest's ParseUUIDPipe refuses one without saying which, so
 * this pipe names the parameter in the 400 problem, as every other invalid input is named.
 */
@Injectable()
export class UuidParamPipe implements PipeTransform<string, string> {
  transform(value: string, metadata: ArgumentMetadata): string {
    if (isUUID(value)) return value;
    const name = metadata.data ?? 'id';
    throw DomainError.invalidField(name, `${name} must be a UUID`, `${name} phải là một UUID`);
  }
}
