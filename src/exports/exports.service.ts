import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit';
import { Principal } from '../common/access/principal';
import {
  Intellectual,
  ATTRIBUTE_CLASSES,
  visibleClasses,
  FullTextMatcher,
  afterInVietnameseNameOrder,
  orderByVietnameseName,
  peopleScope,
  PeopleScope,
  loadSummaries,
} from '../intellectuals';
import { ListName, ReferenceListsService } from '../imports';
import { ExportColumn, ExportRecord, NameOf, visibleColumns } from './export-columns';
import { ExportQuery } from './export.query';
import { Cell, SpreadsheetFormat, streamSpreadsheet } from '../common/spreadsheet/spreadsheet-stream';

const BATCH = 1_000;

/**
 * Exports the staff list as a spreadsheet: the filtered people, only the columns the caller may see,
 * read in keyset-paged batches and streamed, so memory stays flat for any number of rows. Audited
 * (restricted columns are a staff read of restricted data).
 */
@Injectable()
export class ExportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly lists: ReferenceListsService,
    private readonly audit: AuditService,
    private readonly fullText: FullTextMatcher,
  ) {}

  async intellectuals(format: SpreadsheetFormat, query: ExportQuery, actor: Principal): Promise<Readable> {
    const columns = visibleColumns(visibleClasses(actor, false));
    // resolved before anything is written, so a broad q or an index outage answers a problem, not a cut file
    const scope = await peopleScope(query, actor, this.fullText);
    await this.dataSource.transaction((manager) =>
      this.audit.record(manager, {
        actor,
        action: 'export.intellectuals',
        entityType: 'intellectual',
        entityId: '*',
        changes: {
          filters: { before: null, after: { ...query } },
          format: { before: null, after: format },
          restrictedColumns: {
            before: null,
            after: columns
              .filter((c) => ATTRIBUTE_CLASSES[c.attribute] === 'restricted')
              .map((c) => c.attribute),
          },
        },
        purpose: 'export',
      }),
    );
    const nameOf = await this.names();
    return streamSpreadsheet(format, [
      {
        name: 'Danh sách trí thức',
        headers: columns.map((c) => c.header),
        kinds: columns.map((c) => c.kind ?? 'text'),
        rows: this.rows(scope, columns, nameOf),
      },
    ]);
  }

  private async *rows(scope: PeopleScope, columns: ExportColumn[], nameOf: NameOf): AsyncGenerator<Cell[]> {
    let after: { fullName: string; id: string } | undefined;
    for (;;) {
      const people = await this.batch(scope, after);
      if (people.length === 0) return;
      const summaries = await loadSummaries(
        this.dataSource.manager,
        people.map((person) => person.id),
      );
      for (const person of people) {
        const record: ExportRecord = { person, summary: summaries.get(person.id)! };
        yield columns.map((column) => column.value(record, nameOf));
      }
      const last = people[people.length - 1];
      after = { fullName: last.fullName, id: last.id };
    }
  }

  /** In the staff list's order, so the file reads like the list it was exported from. */
  private batch(scope: PeopleScope, after?: { fullName: string; id: string }): Promise<Intellectual[]> {
    const builder = orderByVietnameseName(
      this.dataSource.getRepository(Intellectual).createQueryBuilder('i'),
    ).take(BATCH);
    if (after) afterInVietnameseNameOrder(builder, after);
    scope(builder);
    return builder.getMany();
  }

  private async names(): Promise<NameOf> {
    const lists = await this.lists.lists();
    const maps = new Map(
      (Object.keys(lists) as ListName[]).map((list) => [
        list,
        new Map(lists[list].map((e) => [e.code, e.nameVi])),
      ]),
    );
    return (list, code) => (code ? (maps.get(list)?.get(code) ?? code) : '');
  }
}
