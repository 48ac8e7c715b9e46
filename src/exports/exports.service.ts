import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Principal } from '../auth/principal';
import type { DegreeLevel } from '../intellectuals/entities/education.entity';
import { Intellectual } from '../intellectuals/entities/intellectual.entity';
import { ATTRIBUTE_CLASSES, visibleClasses } from '../intellectuals/privacy/attribute-classes';
import { highestDegree } from '../intellectuals/profile-derived';
import { applyIntellectualFilters } from '../intellectuals/intellectual-filter';
import { ListName } from '../imports/rows/import-columns';
import { ReferenceListsService } from '../imports/rows/reference-lists.service';
import { ExportColumn, ExportRecord, NameOf, visibleColumns } from './export-columns';
import { ExportQuery } from './export.query';
import { SpreadsheetFormat, streamSpreadsheet } from './spreadsheet-stream';

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
  ) {}

  async intellectuals(format: SpreadsheetFormat, query: ExportQuery, actor: Principal): Promise<Readable> {
    const columns = visibleColumns(visibleClasses(actor, false));
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
        rows: this.rows(query, columns, nameOf),
      },
    ]);
  }

  private async *rows(query: ExportQuery, columns: ExportColumn[], nameOf: NameOf): AsyncGenerator<string[]> {
    let after: { name: string; id: string } | undefined;
    for (;;) {
      const people = await this.batch(query, after);
      if (people.length === 0) return;
      const degrees = await this.highestDegrees(people.map((person) => person.id));
      for (const person of people) {
        const record: ExportRecord = { person, highestDegree: degrees.get(person.id) ?? null };
        yield columns.map((column) => column.value(record, nameOf));
      }
      const last = people[people.length - 1];
      after = { name: last.fullName, id: last.id };
    }
  }

  private batch(query: ExportQuery, after?: { name: string; id: string }): Promise<Intellectual[]> {
    const builder = this.dataSource
      .getRepository(Intellectual)
      .createQueryBuilder('i')
      .orderBy('i.full_name', 'ASC')
      .addOrderBy('i.id', 'ASC')
      .take(BATCH);
    if (after) builder.andWhere('(i.full_name, i.id) > (:name, :id)', after);
    applyIntellectualFilters(builder, query);
    return builder.getMany();
  }

  private async highestDegrees(ids: string[]): Promise<Map<string, DegreeLevel | null>> {
    const rows = await this.dataSource.query<Array<{ id: string; levels: DegreeLevel[] }>>(
      `SELECT intellectual_id AS id, array_agg(level) AS levels FROM education
        WHERE intellectual_id = ANY($1) GROUP BY intellectual_id`,
      [ids],
    );
    return new Map(rows.map((row) => [row.id, highestDegree(row.levels)]));
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
