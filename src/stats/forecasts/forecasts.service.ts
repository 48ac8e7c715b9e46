import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../../audit';
import { Principal } from '../../common/access/principal';
import { currentYear } from '../../intellectuals';
import { StatHeader, StatNote } from '../stat-table';
import { protectSmallCells } from '../suppression/small-cells';
import { DIMENSIONS } from '../workforce/workforce-dimensions';
import { valueLabels } from '../workforce/value-labels';
import { ForecastsQuery, ForecastsView } from './forecasts.query';
import { retirementYearSql } from './retirement-age';

const NOTES: StatNote[] = [
  {
    vi: 'Tuổi nghỉ hưu theo Bộ luật Lao động 2019 (Điều 169) và Nghị định 135/2020/NĐ-CP trong điều kiện lao động bình thường: nam 60 tuổi 3 tháng năm 2021, mỗi năm tăng 3 tháng đến 62 tuổi năm 2028; nữ 55 tuổi 4 tháng năm 2021, mỗi năm tăng 4 tháng đến 60 tuổi năm 2035. Không tính nghỉ hưu sớm, kéo dài thời gian công tác (giáo sư, phó giáo sư, tiến sĩ có thể làm việc lâu hơn) hay người chuyển đi, chuyển đến.',
    en: 'Retirement ages of the Labour Code 2019 (Article 169) and Decree 135/2020/NĐ-CP in normal conditions: men 60 years 3 months in 2021, 3 months more a year to 62 in 2028; women 55 years 4 months in 2021, 4 months more a year to 60 in 2035. Early retirement, extended service (professors and doctors may work longer) and people moving in or out are not modelled.',
  },
  {
    vi: 'Chỉ tính người đang công tác (tình trạng "Đang công tác") có ngày sinh và giới tính; cột đầu là người đã quá tuổi nghỉ hưu nhưng vẫn ghi là đang công tác.',
    en: 'Working people (status "working") with a date of birth and gender only; the first column holds those already past retirement age but still recorded as working.',
  },
  {
    vi: 'Bảng nghỉ hưu: tổng mỗi dòng là số người đến tuổi nghỉ hưu đến hết năm cuối của kỳ (kể cả người đã quá tuổi). Bảng nguồn nhân lực: mỗi người đang công tác thuộc đúng một cột, tổng mỗi dòng là số người đang công tác của lĩnh vực.',
    en: 'Retirement table: each row total is the people reaching retirement age by the end of the last year (those already past it included). Pipeline table: every working person is in exactly one column; each row total is the field’s working people.',
  },
  {
    vi: 'Ô có dưới 5 người được ẩn, cùng các ô khác đủ để không suy ra được ô đã ẩn.',
    en: 'Cells of fewer than 5 people are withheld, with enough other cells that none can be worked out.',
  },
];

/**
 * Retirement forecasts by field and the pipeline behind them, from dates of birth and gender (read
 * in PostgreSQL, never returned), for officers with a purpose the audit records.
 */
@Injectable()
export class ForecastsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async forecasts(query: ForecastsQuery, actor: Principal): Promise<ForecastsView> {
    const fromYear = currentYear();
    const years = Array.from({ length: query.years ?? 10 }, (_, i) => fromYear + i);
    const lastYear = years[years.length - 1];
    const params: unknown[] = [fromYear, lastYear];
    const field = query.field ? `AND f.field_root = $${params.push(query.field)}` : '';
    const rows = await this.dataSource.query<
      Array<{ field: string | null; year: number | null; doctor: boolean; young: boolean; n: number }>
    >(
      `WITH people AS (
         SELECT f.field_root AS field,
                CASE WHEN i.birth_date IS NOT NULL AND i.gender IS NOT NULL THEN ${retirementYearSql('i')} END AS year,
                f.highest_degree IN ('doctorate', 'doctor_of_science') AS doctor,
                $1 - f.birth_year <= 34 AS young
           FROM workforce_fact f JOIN intellectual i ON i.id = f.intellectual_id
          WHERE f.valid_to IS NULL AND f.status = 'active' ${field})
       SELECT field, CASE WHEN year < $1 THEN $1 - 1 WHEN year > $2 THEN $2 + 1 ELSE year END AS year,
              coalesce(doctor, false) AS doctor, coalesce(young, false) AS young, count(*)::int AS n
         FROM people GROUP BY 1, 2, 3, 4`,
      params,
    );
    const fields = [...new Set(rows.map((row) => row.field))];
    const labels = await valueLabels(
      this.dataSource.manager,
      DIMENSIONS.field.labels,
      fields.filter((code): code is string => code !== null),
    );
    const collator = new Intl.Collator('vi');
    const rowHeaders: StatHeader[] = fields
      .map((code) => {
        const label = code === null ? DIMENSIONS.field.none : (labels.get(code) ?? { vi: code, en: code });
        return { key: code, label: label.vi, labelEn: label.en };
      })
      .sort((a, b) => (a.key === null ? 1 : b.key === null ? -1 : collator.compare(a.label, b.label)));
    const rowOf = new Map(rowHeaders.map((header, i) => [header.key, i]));

    const retirements = rowHeaders.map(() => [0, ...years.map(() => 0)]);
    const pipeline = rowHeaders.map(() => [0, 0, 0, 0]);
    let notForecast = 0;
    for (const row of rows) {
      const r = rowOf.get(row.field)!;
      if (row.year === null) notForecast += row.n;
      else if (row.year < fromYear) retirements[r][0] += row.n;
      else if (row.year <= lastYear) retirements[r][row.year - fromYear + 1] += row.n;
      // a partition, so that the margins add up: every working person is in exactly one column
      const retiring = row.year !== null && row.year <= lastYear;
      pipeline[r][row.doctor ? (retiring ? 0 : 1) : row.young ? 2 : 3] += row.n;
    }
    await this.audit.record(this.dataSource.manager, {
      actor,
      action: 'stats.forecasts',
      entityType: 'stats',
      entityId: 'forecasts',
      changes: { query: { before: null, after: { ...query } } },
      purpose: query.purpose,
    });
    const field1 = { key: 'field', label: DIMENSIONS.field.label.vi, labelEn: DIMENSIONS.field.label.en };
    return {
      fromYear,
      retirements: {
        rowDimension: field1,
        columnDimension: {
          key: 'retirementYear',
          label: 'Năm đến tuổi nghỉ hưu',
          labelEn: 'Year reaching retirement age',
        },
        rows: rowHeaders,
        columns: [
          { key: 'past', label: 'Đã quá tuổi', labelEn: 'Already past' },
          ...years.map((year) => ({ key: String(year), label: String(year), labelEn: String(year) })),
        ],
        ...protectSmallCells(retirements),
      },
      pipeline: {
        rowDimension: field1,
        columnDimension: { key: 'pipeline', label: 'Nguồn nhân lực', labelEn: 'Pipeline' },
        rows: rowHeaders,
        columns: [
          {
            key: 'doctoratesRetiring',
            label: `Tiến sĩ đến tuổi nghỉ hưu đến hết ${lastYear}`,
            labelEn: `Doctorates reaching retirement age by the end of ${lastYear}`,
          },
          {
            key: 'doctoratesStaying',
            label: `Tiến sĩ còn công tác sau ${lastYear}`,
            labelEn: `Doctorates still working after ${lastYear}`,
          },
          { key: 'under35', label: 'Chưa có bằng tiến sĩ, dưới 35 tuổi', labelEn: 'No doctorate, under 35' },
          {
            key: 'others',
            label: 'Chưa có bằng tiến sĩ, từ 35 tuổi hoặc chưa rõ tuổi',
            labelEn: 'No doctorate, 35 or over or age unknown',
          },
        ],
        ...protectSmallCells(pipeline),
      },
      notForecast,
      notes: NOTES,
    };
  }
}
