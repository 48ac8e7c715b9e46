import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { DomainError } from '../errors/domain-error';
import { normalizeText, RejectedInput } from './normalize';

/**
 * Normalises every incoming string of bodies, queries and path parameters to Unicode NFC before
 * validation, and refuses NUL characters, reserved keys and absurd nesting with 400 naming the field.
 */
@Injectable()
export class NfcPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'custom') return value;
    try {
      return normalizeText(value, metadata.data ?? '');
    } catch (error) {
      if (error instanceof RejectedInput) throw DomainError.invalidField(error.field, error.en, error.vi);
      throw error;
    }
  }
}
