import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainError } from '../../common/errors/domain-error';
import { currentYear } from '../../intellectuals';
import { StatNote } from '../stat-table';
import { StatTarget } from '../targets/stat-target.entity';
import { INTERNATIONAL_CLASSES, TREND_SERIES } from './trend-series';
import { TrendsQuery, TrendsView, TrendTargetView } from './trends.query';

const MAX_YEARS = 30;
/** Letters and digits only, lower case: the same title typed by two co-authors compares equal. */
const NORMALISED = (column: string) => `lower(regexp_replace(${column}, '[^[:alnum:]]+', '', 'g'))`;

const NOTES: StatNote[] = [
  {
    vi: 'Mỗi công trình được đếm một lần dù có nhiều tác giả trong cơ sở dữ liệu: bài báo theo DOI, nếu không có DOI thì theo tên bài (bỏ dấu câu, không phân biệt hoa thường) và năm; sáng chế theo số bằng, nếu không có thì theo tên; nhiệm vụ KH&CN theo mã số, nếu không có thì theo tên, tính vào năm bắt đầu.',
    en: 'Each work counts once however many of its authors are registered: papers by DOI, else by title (punctuation and case ignored) and year; patents by number, else by title; S&T tasks by code, else by title, in their starting year.',
  },
  {
    vi: 'Bài báo quốc tế: các hạng SCIE, SSCI, AHCI, ESCI (Web of Science, trước đây gọi là ISI) và Scopus. Chỉ tính hồ sơ đang có hiệu lực; chỉ tiêu chỉ so với số liệu toàn tỉnh (không lọc).',
    en: 'International papers: SCIE, SSCI, AHCI, ESCI (Web of Science, formerly ISI) and Scopus. Live profiles only; targets are compared with province-wide figures (no filter) only.',
  },
];

/**
 * Works and titles per year (publications by index class, patents and utility solutions, S&T tasks
 * by level, doctorates and academic titles), of the people in the registry now, against the plans'
 * targets. Counts are of works, not people, so no cell is withheld.
 */
@Injectable()
export class TrendsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async trends(query: TrendsQuery): Promise<TrendsView> {
    const to = query.to ?? currentYear();
    const from = query.from ?? to - 9;
    if (to > currentYear()) {
      throw DomainError.invalidField('to', 'to must not be after this year', 'to không được sau năm nay');
    }
    if (from > to || to - from >= MAX_YEARS) {
      throw DomainError.invalidField(
        'from',
        `from must be at most to, and the span at most ${MAX_YEARS} years`,
        `from phải không sau to và khoảng thời gian tối đa ${MAX_YEARS} năm`,
      );
    }
    const params: unknown[] = [from, to];
    const people = ['f.valid_to IS NULL'];
    if (query.field) people.push(`f.field_root = $${params.push(query.field)}`);
    if (query.organization) people.push(`f.organization_id = $${params.push(query.organization)}::uuid`);
    const scope = `JOIN workforce_fact f ON f.intellectual_id = x.intellectual_id AND ${people.join(' AND ')}`;
    const counts = await this.dataSource.query<Array<{ series: string; year: number; n: number }>>(
      `WITH pubs AS (
         SELECT x.year, x.index_class,
                COALESCE('doi:' || lower(x.doi), 'title:' || ${NORMALISED('x.title')} || ':' || x.year) AS work
           FROM publication x ${scope} WHERE x.year BETWEEN $1 AND $2),
       ip AS (
         SELECT x.year, x.kind, COALESCE('no:' || lower(x.number), 'title:' || ${NORMALISED('x.title')}) AS work
           FROM intellectual_property x ${scope} WHERE x.year BETWEEN $1 AND $2),
       projects AS (
         SELECT x.start_year AS year, x.level, COALESCE('code:' || lower(x.code), 'title:' || ${NORMALISED('x.title')}) AS work
           FROM research_project x ${scope} WHERE x.start_year BETWEEN $1 AND $2)
       SELECT 'publications.' || index_class AS series, year, count(DISTINCT work)::int AS n FROM pubs GROUP BY 1, 2
       UNION ALL
       SELECT 'publications.international', year, count(DISTINCT work)::int FROM pubs
        WHERE index_class IN (${INTERNATIONAL_CLASSES.map((c) => `'${c}'`).join(', ')}) GROUP BY 2
       UNION ALL
       SELECT 'intellectualProperty.' || kind, year, count(DISTINCT work)::int FROM ip GROUP BY 1, 2
       UNION ALL
       SELECT 'intellectualProperty.patentsAndUtilitySolutions', year, count(DISTINCT work)::int FROM ip
        WHERE kind IN ('patent', 'utility_solution') GROUP BY 2
       UNION ALL
       SELECT 'projects.' || level, year, count(DISTINCT work)::int FROM projects GROUP BY 1, 2
       UNION ALL
       SELECT 'degrees.doctorates', x.year, count(DISTINCT x.intellectual_id)::int FROM education x ${scope}
        WHERE x.level IN ('doctorate', 'doctor_of_science') AND x.year BETWEEN $1 AND $2 GROUP BY 2
       UNION ALL
       SELECT 'degrees.' || (x.academic_title->>'code'), (x.academic_title->>'year')::int, count(*)::int
         FROM (SELECT id AS intellectual_id, academic_title FROM intellectual) x ${scope}
        WHERE (x.academic_title->>'year')::int BETWEEN $1 AND $2 GROUP BY 1, 2`,
      params,
    );
    const years = Array.from({ length: to - from + 1 }, (_, i) => from + i);
    const byKey = new Map<string, Map<number, number>>();
    for (const { series, year, n } of counts) {
      const values = byKey.get(series) ?? new Map<number, number>();
      values.set(year, n);
      byKey.set(series, values);
    }
    const provinceWide = !query.field && !query.organization;
    const targets = provinceWide ? await this.dataSource.getRepository(StatTarget).find() : [];
    return {
      years,
      series: TREND_SERIES.map((spec) => {
        const values = years.map((year) => byKey.get(spec.key)?.get(year) ?? 0);
        return {
          key: spec.key,
          group: spec.group,
          label: spec.label.vi,
          labelEn: spec.label.en,
          values,
          targets: years.map((year, i): TrendTargetView | null => {
            const target = targets
              .filter((t) => t.metric === spec.metric && t.fromYear <= year && year <= t.toYear)
              .sort((a, b) => b.fromYear - a.fromYear)[0];
            if (!target) return null;
            const { planCode, planTitle, minPerYear, maxPerYear } = target;
            return { planCode, planTitle, minPerYear, maxPerYear, met: values[i] >= minPerYear };
          }),
        };
      }),
      notes: NOTES,
    };
  }
}
