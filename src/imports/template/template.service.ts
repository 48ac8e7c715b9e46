import { Injectable } from '@nestjs/common';
import { ReferenceListsService } from '../rows/reference-lists.service';
import { buildTemplate } from './template-workbook';

/** Builds the import template from the current catalogs and organizations. */
@Injectable()
export class TemplateService {
  constructor(private readonly lists: ReferenceListsService) {}

  async build(): Promise<Buffer> {
    return buildTemplate(await this.lists.lists());
  }
}
