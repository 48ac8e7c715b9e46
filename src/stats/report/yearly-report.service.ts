import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Principal } from '../../common/access/principal';
import { DomainError } from '../../common/errors/domain-error';
import { currentYear } from '../../intellectuals';
import { nfcBlock, renderBlocksDocx, renderBlocksPdf, type ReportBlock } from '../../panels';
import { ForecastsService } from '../forecasts/forecasts.service';
import { StatCell, StatTable } from '../stat-table';
import { SMALL_CELL_THRESHOLD } from '../suppression/small-cells';
import { TrendsService } from '../trends/trends.service';
import type { WorkforceDimensionKey } from '../workforce/workforce-dimensions';
import { WorkforceService } from '../workforce/workforce.service';

export type ReportFormat = 'docx' | 'pdf';

const NUMBER = new Intl.NumberFormat('vi-VN');
const VIETNAM_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' });

/** The breakdowns of the report, in its order: section title and the dimensions (rows, columns). */
const SECTIONS: ReadonlyArray<{ title: string; by: WorkforceDimensionKey[] }> = [
  { title: 'Theo trình độ và giới tính', by: ['degree', 'gender'] },
  { title: 'Theo chức danh khoa học và giới tính', by: ['academicTitle', 'gender'] },
  { title: 'Theo lĩnh vực khoa học và giới tính', by: ['field', 'gender'] },
  { title: 'Theo khu vực công tác và giới tính', by: ['sector', 'gender'] },
  { title: 'Theo nhóm tuổi và giới tính', by: ['ageBand', 'gender'] },
  { title: 'Trí thức người dân tộc thiểu số', by: ['ethnicMinority', 'gender'] },
  { title: 'Trí thức là người khuyết tật', by: ['disability', 'gender'] },
  { title: 'Trí thức đang sống ở nước ngoài, theo nước', by: ['overseasCountry'] },
  { title: 'Trí thức quê Khánh Hòa sống ngoài tỉnh', by: ['originElsewhere'] },
];

const TREND_ROWS = [
  'publications.international',
  'intellectualProperty.patentsAndUtilitySolutions',
  'projects.national',
  'projects.provincial',
  'degrees.doctorates',
  'degrees.professor',
  'degrees.associate_professor',
];

/**
 * "Báo cáo tình hình đội ngũ trí thức tỉnh Khánh Hòa năm N", for Sở KH&CN's yearly summary: the
 * workforce as it stood at the end of the year (or today, for the current year) in the main
 * breakdowns, the year's works against the plan's targets and the retirement forecast, as .docx or
 * .pdf. Built from the same services as the pages, so the figures and their suppression agree.
 */
@Injectable()
export class YearlyReportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly workforce: WorkforceService,
    private readonly trends: TrendsService,
    private readonly forecasts: ForecastsService,
  ) {}

  async render(
    year: number,
    format: ReportFormat,
    actor: Principal,
  ): Promise<{ fileName: string; body: Buffer }> {
    const today = VIETNAM_DATE.format(new Date());
    if (year > currentYear()) {
      throw DomainError.invalidField(
        'year',
        'year must not be in the future',
        'year không được là năm trong tương lai',
      );
    }
    const at = year === currentYear() ? today : `${year}-12-31`;
    const [{ n }] = await this.dataSource.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM workforce_fact
        WHERE valid_from < (($1::date + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh')`,
      [at],
    );
    if (n === 0) {
      throw DomainError.invalidField(
        'year',
        `The registry holds no one for ${year}`,
        `Cơ sở dữ liệu chưa có trí thức nào trong năm ${year}`,
      );
    }
    const purpose = `Báo cáo tình hình đội ngũ trí thức năm ${year}`;
    const title = `BÁO CÁO TÌNH HÌNH ĐỘI NGŨ TRÍ THỨC TỈNH KHÁNH HÒA NĂM ${year}`;
    const [day, month] = [at.slice(8, 10), at.slice(5, 7)];
    const blocks: ReportBlock[] = [
      { kind: 'title', text: title },
      {
        kind: 'paragraph',
        text: `Số liệu tại ngày ${day}/${month}/${year}, từ Cơ sở dữ liệu trí thức tỉnh Khánh Hòa.`,
      },
      {
        kind: 'paragraph',
        text: `Ô có dưới ${SMALL_CELL_THRESHOLD} người được ẩn ("<${SMALL_CELL_THRESHOLD}"), một số ô khác cũng được ẩn ("x") để không suy ra được ô đã ẩn.`,
      },
      { kind: 'heading', text: 'I. Quy mô và cơ cấu đội ngũ trí thức' },
    ];
    for (const [index, section] of SECTIONS.entries()) {
      const table = await this.workforce.breakdown({ by: section.by, at, purpose }, { actor });
      blocks.push({ kind: 'subheading', text: `${index + 1}. ${section.title}` }, tableBlock(table));
    }
    const trend = await this.trends.trends({ from: year, to: year });
    blocks.push(
      { kind: 'heading', text: `II. Kết quả năm ${year} so với chỉ tiêu` },
      {
        kind: 'table',
        headers: ['Chỉ tiêu', `Năm ${year}`, 'Chỉ tiêu của kế hoạch', 'Đánh giá'],
        rows: TREND_ROWS.map((key) => {
          const series = trend.series.find((s) => s.key === key)!;
          const target = series.targets[0];
          const goal = target
            ? `${target.maxPerYear ? `${target.minPerYear}–${target.maxPerYear}` : `≥ ${target.minPerYear}`}/năm (${target.planCode})`
            : '—';
          return [
            series.label,
            NUMBER.format(series.values[0]),
            goal,
            target ? (target.met ? 'Đạt' : 'Chưa đạt') : '—',
          ];
        }),
      },
      ...trend.notes.map((note): ReportBlock => ({ kind: 'paragraph', text: note.vi })),
    );
    const forecast = await this.forecasts.forecasts({ years: 5, purpose }, actor);
    blocks.push(
      { kind: 'heading', text: `III. Dự báo nghỉ hưu ${forecast.fromYear}–${forecast.fromYear + 4}` },
      tableBlock(forecast.retirements),
      { kind: 'subheading', text: 'Nguồn nhân lực theo lĩnh vực' },
      tableBlock(forecast.pipeline),
      ...forecast.notes.slice(0, 2).map((note): ReportBlock => ({ kind: 'paragraph', text: note.vi })),
    );
    const normalized = blocks.map(nfcBlock);
    const body =
      format === 'docx'
        ? await renderBlocksDocx({ title, creator: 'Sở Nội vụ tỉnh Khánh Hòa' }, normalized)
        : await renderBlocksPdf({ title, date: new Date() }, normalized);
    return { fileName: `bao-cao-doi-ngu-tri-thuc-${year}.${format}`, body };
  }
}

function cellText(cell: StatCell): string {
  if (cell.suppression === 'small') return `<${SMALL_CELL_THRESHOLD}`;
  if (cell.suppression === 'complementary') return 'x';
  return NUMBER.format(cell.value ?? 0);
}

/** A statistics table as the document's table: row names, the counts, and the totals. */
function tableBlock(table: StatTable): ReportBlock {
  const twoWay = table.columnDimension !== null;
  return {
    kind: 'table',
    headers: [
      table.rowDimension.label,
      ...table.columns.map((column) => column.label),
      ...(twoWay ? ['Tổng cộng'] : []),
    ],
    rows: [
      ...table.rows.map((row, r) => [
        row.label,
        ...table.cells[r].map(cellText),
        ...(twoWay ? [cellText(table.rowTotals[r])] : []),
      ]),
      [
        'Tổng cộng',
        ...(twoWay ? table.columnTotals : [table.total]).map(cellText),
        ...(twoWay ? [cellText(table.total)] : []),
      ],
    ],
  };
}
