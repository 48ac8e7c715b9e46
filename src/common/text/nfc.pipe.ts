import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { normalizeText } from './normalize';

/** Normalises every incoming string of bodies and queries to Unicode NFC before validation. */
@Injectable()
export class NfcPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    return metadata.type === 'custom' ? value : normalizeText(value);
  }
}
