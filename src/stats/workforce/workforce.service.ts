import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../../audit';
import { requireAccess } from '../../common/access/access';
import { Permission } from '../../common/access/permissions';
import { Principal } from '../../common/access/principal';
import { DomainError } from '../../common/errors/domain-error';
import { currentYear } from '../../intellectuals';
import { StatHeader, StatNote } from '../stat-table';
import { protectSmallCells, SMALL_CELL_THRESHOLD } from '../suppression/small-cells';
import { DIMENSIONS, Label, WORKFORCE_DIMENSIONS, WorkforceDimensionKey } from './workforce-dimensions';
import { valueLabels } from './value-labels';
import { WorkforceQuery, WorkforceTable } from './workforce.query';

/** Who is asking: staff (sensitive dimensions by permission) or the open-data page (never them). */
export type WorkforceAudience = { actor: Principal } | 'open-data';

const VIETNAM_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' });
const COUNT_COLUMN: StatHeader = { key: null, label: 'Số người', labelEn: 'People' };

const NOTES: StatNote[] = [
  {
    vi: 'Mỗi người được đếm một lần theo hồ sơ đang có hiệu lực vào ngày thống kê (không tính hồ sơ đã xóa hoặc đã gộp).',
    en: 'Each person counts once, by the profile in force on the day (deleted and merged profiles are not counted).',
  },
  {
    vi: `Ô có dưới ${SMALL_CELL_THRESHOLD} người được ẩn ("<${SMALL_CELL_THRESHOLD}"); một số ô khác cũng được ẩn ("x") để không thể suy ra ô đã ẩn từ các tổng.`,
    en: `Cells of fewer than ${SMALL_CELL_THRESHOLD} people are withheld ("<${SMALL_CELL_THRESHOLD}"); some other cells are withheld too ("x") so that a withheld cell cannot be worked out from the totals.`,
  },
];

/**
 * Workforce breakdowns: counts of people by one or two dimensions over workforce_fact (the
 * registry's history kept by WorkforceRefresher), filtered, on a date, small cells protected.
 */
@Injectable()
export class WorkforceService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async breakdown(query: WorkforceQuery, audience: WorkforceAudience): Promise<WorkforceTable> {
    const by = dimensionsOf(query);
    const today = VIETNAM_DATE.format(new Date());
    const at = query.at ?? today;
    if (at > today) {
      throw DomainError.invalidField(
        'at',
        'at must not be in the future',
        'at không được là ngày trong tương lai',
      );
    }
    const filters = WORKFORCE_DIMENSIONS.filter((key) => query[key] !== undefined);
    const sensitive = [...by, ...filters].filter((key) => DIMENSIONS[key].sensitive);
    if (sensitive.length > 0) this.checkSensitive(sensitive, query, audience);

    const year = currentYear(new Date(`${at}T12:00:00+07:00`));
    const params: unknown[] = [];
    const where = [at >= today ? 'f.valid_to IS NULL' : inForceAt(params, at)];
    for (const key of filters) {
      params.push(String(query[key]));
      where.push(`${DIMENSIONS[key].expression(year)} = $${params.length}`);
    }
    const [rowKey, columnKey] = by;
    const rowSql = DIMENSIONS[rowKey].expression(year);
    const columnSql = columnKey ? DIMENSIONS[columnKey].expression(year) : 'NULL::text';
    const groups = await this.dataSource.query<Array<{ r: string | null; c: string | null; n: number }>>(
      `SELECT ${rowSql} AS r, ${columnSql} AS c, count(*)::int AS n
         FROM workforce_fact f WHERE ${where.join(' AND ')} GROUP BY 1, 2`,
      params,
    );

    const rows = await this.headers(
      rowKey,
      groups.map((g) => g.r),
    );
    const columns = columnKey
      ? await this.headers(
          columnKey,
          groups.map((g) => g.c),
        )
      : [COUNT_COLUMN];
    const rowAt = new Map(rows.map((header, i) => [header.key, i]));
    const columnAt = new Map(columns.map((header, i) => [header.key, i]));
    const counts = rows.map(() => columns.map(() => 0));
    for (const group of groups)
      counts[rowAt.get(group.r)!][columnAt.get(columnKey ? group.c : null)!] = group.n;

    if (sensitive.length > 0 && audience !== 'open-data') {
      await this.audit.record(this.dataSource.manager, {
        actor: audience.actor,
        action: 'stats.workforce.sensitive',
        entityType: 'stats',
        entityId: 'workforce',
        changes: {
          query: { before: null, after: { ...query } },
          sensitive: { before: null, after: sensitive },
        },
        purpose: query.purpose,
      });
    }
    return {
      at,
      rowDimension: dimensionHeader(rowKey),
      columnDimension: columnKey ? dimensionHeader(columnKey) : null,
      rows,
      columns,
      ...protectSmallCells(counts),
      notes: NOTES,
    };
  }

  private checkSensitive(
    sensitive: WorkforceDimensionKey[],
    query: WorkforceQuery,
    audience: WorkforceAudience,
  ) {
    if (audience === 'open-data') {
      throw DomainError.invalidField(
        sensitive[0],
        `${sensitive[0]} is not published as open data`,
        `${sensitive[0]} không được công bố trong dữ liệu mở`,
      );
    }
    requireAccess(audience.actor, Permission.StatsReadSensitive);
    if (!query.purpose) {
      throw DomainError.invalidField(
        'purpose',
        `purpose is required with ${sensitive.join(', ')}: say why these figures are needed`,
        `Cần nêu mục đích (purpose) khi thống kê theo ${sensitive.join(', ')}`,
      );
    }
  }

  /** The dimension's values in display order: a fixed set in its order, else by name; "not recorded" last. */
  private async headers(key: WorkforceDimensionKey, seen: Array<string | null>): Promise<StatHeader[]> {
    const dimension = DIMENSIONS[key];
    const present = new Set(seen);
    const keys = dimension.values
      ? [...dimension.values]
      : [...present].filter((value): value is string => value !== null);
    const labels = await valueLabels(this.dataSource.manager, dimension.labels, keys);
    const headers = keys.map((value) => header(value, labels.get(value) ?? { vi: value, en: value }));
    if (!dimension.values) headers.sort((a, b) => VIETNAMESE.compare(a.label, b.label));
    if (present.has(null)) headers.push(header(null, dimension.none));
    return headers;
  }
}

const VIETNAMESE = new Intl.Collator('vi');

function header(key: string | null, label: Label): StatHeader {
  return { key, label: label.vi, labelEn: label.en };
}

function dimensionHeader(key: WorkforceDimensionKey) {
  const { label } = DIMENSIONS[key];
  return { key, label: label.vi, labelEn: label.en };
}

function dimensionsOf(query: WorkforceQuery): WorkforceDimensionKey[] {
  const by = query.by ?? [];
  if (by.length === 0) {
    throw DomainError.invalidField(
      'by',
      'by must name one or two dimensions to count by',
      'by phải nêu một hoặc hai chiều thống kê',
    );
  }
  if (by.length === 2 && by[0] === by[1]) {
    throw DomainError.invalidField(
      'by',
      'by must name two different dimensions',
      'by phải nêu hai chiều khác nhau',
    );
  }
  return by;
}

/** Facts in force at the end of the day `at` in Viet Nam. */
function inForceAt(params: unknown[], at: string): string {
  params.push(at);
  const end = `(($${params.length}::date + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh')`;
  return `f.valid_from < ${end} AND (f.valid_to IS NULL OR f.valid_to >= ${end})`;
}
