import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { Organization } from '../../catalog';
import { requireAccess } from '../../common/access/access';
import { Permission } from '../../common/access/permissions';
import { Principal } from '../../common/access/principal';
import { DomainError } from '../../common/errors/domain-error';
import { Cell, CellKind, streamSpreadsheet } from '../../common/spreadsheet/spreadsheet-stream';
import { Intellectual } from '../../intellectuals';
import { renderBlocksPdf, ReportBlock } from '../../panels';
import { CAMPAIGN_NOT_FOUND, finalRoundOf, HonorCampaign } from '../campaigns';
import type { CriterionResult } from '../campaigns';
import { NOMINATION_STATE_NAMES_VI } from '../nominations/nomination-states';
import { HonorNomination } from '../nominations/nomination.entity';
import { effectiveCriteria, isEligible, vietnameseDate } from '../nominations/nomination-rules';
import { honoreesOf } from './decision.service';
import { confirmedCouncil, ConfirmedCouncil, finalRankOrder } from './final-round';

const CRITERION_NAMES_VI: Readonly<Record<CriterionResult['kind'], string>> = {
  resides_or_works_in_province: 'Cư trú hoặc công tác tại Khánh Hòa',
  active: 'Đang hoạt động',
  min_degree_or_title: 'Trình độ, học hàm tối thiểu',
  publications: 'Công bố khoa học',
  patents_or_utility_solutions: 'Bằng độc quyền sáng chế, giải pháp hữu ích',
  research_projects: 'Đề tài, dự án nghiên cứu',
  not_previously_honored: 'Chưa được tôn vinh cùng giải cho cùng công trình',
  declaration: 'Cam đoan',
};

const NOMINATED_BY_VI = { organization: 'Tổ chức', staff: 'Cán bộ Liên hiệp hội', self: 'Tự đề cử' } as const;

export interface ExportFile {
  body: Readable | Buffer;
  fileName: string;
}

interface People {
  /** By nominee id. */
  names: Map<string, { fullName: string; organizationName: string | null }>;
  /** Nominee id by nomination id. */
  nominees: Map<string, string>;
  organizations: Map<string, string>;
}

/** The campaign's staff exports: nominations with eligibility, honorees, and each round's scoring. */
@Injectable()
export class ResultsExports {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async nominations(id: string, actor: Principal): Promise<ExportFile> {
    const campaign = await this.campaign(id, actor);
    const manager = this.dataSource.manager;
    const nominations = await manager.find(HonorNomination, {
      where: { campaignId: id },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    const people = await peopleOf(manager, nominations);
    const rows = nominations.map((nomination): Cell[] => {
      const criteria = effectiveCriteria(
        nomination.eligibility ?? [],
        nomination.overrides,
        nomination.declarations,
      );
      const failing = criteria
        .filter((criterion) => criterion.effectiveOutcome !== 'pass')
        .map((criterion) => `${criterionLabel(criterion)}: ${failReason(criterion)}`);
      const overrides = nomination.overrides.map((override) => {
        const result = nomination.eligibility?.find((item) => item.index === override.criterionIndex);
        const label = result ? criterionLabel(result) : `#${override.criterionIndex + 1}`;
        const outcome = override.outcome === 'pass' ? 'đạt' : 'không đạt';
        return `${label}: ${outcome} – ${override.reason} (${vietnameseDate(override.at.slice(0, 10))})`;
      });
      const nominee = people.names.get(nomination.nomineeId);
      return [
        nominee?.fullName ?? null,
        nominee?.organizationName ?? null,
        NOMINATED_BY_VI[nomination.nominatedBy],
        nomination.nominatorOrganizationId
          ? (people.organizations.get(nomination.nominatorOrganizationId) ?? null)
          : null,
        nomination.category,
        nomination.work?.title ?? null,
        NOMINATION_STATE_NAMES_VI[nomination.state],
        nomination.eligibility === null ? 'Chưa đánh giá' : isEligible(criteria) ? 'Đủ' : 'Chưa đủ',
        failing.join('\n') || null,
        overrides.join('\n') || null,
        nomination.reachedRound,
        levelName(campaign, nomination.prizeLevelCode),
      ];
    });
    return {
      fileName: 'de-cu.xlsx',
      body: sheet(
        'Hồ sơ đề cử',
        [
          ['Người được đề cử', 'text'],
          ['Đơn vị công tác', 'text'],
          ['Hình thức đề cử', 'text'],
          ['Tổ chức đề cử', 'text'],
          ['Lĩnh vực', 'text'],
          ['Công trình', 'text'],
          ['Trạng thái', 'text'],
          ['Điều kiện', 'text'],
          ['Tiêu chí chưa đạt', 'text'],
          ['Quyết định của cán bộ', 'text'],
          ['Vòng đã vào', 'number'],
          ['Mức giải', 'text'],
        ],
        rows,
      ),
    };
  }

  async honorees(id: string, actor: Principal): Promise<ExportFile> {
    const campaign = await this.campaign(id, actor);
    const manager = this.dataSource.manager;
    const honorees = await honoreesOf(manager, id);
    const order = new Map(campaign.prizeLevels.map((level, index) => [level.code, index]));
    const rank = await finalRankOrder(manager, campaign);
    honorees.sort(
      (a, b) =>
        (order.get(a.prizeLevelCode!) ?? Infinity) - (order.get(b.prizeLevelCode!) ?? Infinity) ||
        (rank.get(a.id) ?? Infinity) - (rank.get(b.id) ?? Infinity),
    );
    const people = await peopleOf(manager, honorees);
    const rows = honorees.map((nomination, index): Cell[] => {
      const nominee = people.names.get(nomination.nomineeId);
      return [
        index + 1,
        levelName(campaign, nomination.prizeLevelCode),
        nominee?.fullName ?? null,
        nominee?.organizationName ?? null,
        nomination.category,
        nomination.work?.title ?? null,
        campaign.decisionNumber,
        campaign.decisionDate,
      ];
    });
    return {
      fileName: 'nguoi-duoc-ton-vinh.xlsx',
      body: sheet(
        'Người được tôn vinh',
        [
          ['STT', 'number'],
          ['Mức giải', 'text'],
          ['Họ và tên', 'text'],
          ['Đơn vị công tác', 'text'],
          ['Lĩnh vực', 'text'],
          ['Công trình', 'text'],
          ['Số quyết định', 'text'],
          ['Ngày quyết định', 'date'],
        ],
        rows,
      ),
    };
  }

  async scoringXlsx(id: string, round: number, actor: Principal): Promise<ExportFile> {
    const { campaign, council, people } = await this.scoring(id, round, actor);
    const result = council.result;
    const criteria = result.inputs.definition.criteria;
    const rows = result.nominations.map((item): Cell[] => {
      const nominee = people.names.get(people.nominees.get(item.nominationId) ?? '');
      return [
        item.rank,
        nominee?.fullName ?? null,
        nominee?.organizationName ?? null,
        rounded(item.aggregate),
        item.scoreCount,
        ...criteria.map((criterion) => rounded(item.criterionMeans[criterion.code] ?? null)),
        item.passed ? 'Đạt' : 'Không đạt',
        levelName(campaign, item.prizeLevelCode),
      ];
    });
    return {
      fileName: `cham-diem-vong-${round}.xlsx`,
      body: sheet(
        `Vòng ${round}`,
        [
          ['Hạng', 'number'],
          ['Người được đề cử', 'text'],
          ['Đơn vị công tác', 'text'],
          ['Điểm tổng hợp', 'decimal'],
          ['Số phiếu', 'number'],
          ...criteria.map((criterion): [string, CellKind] => [`TB ${criterion.name}`, 'decimal']),
          ['Kết quả', 'text'],
          ['Mức giải', 'text'],
        ],
        rows,
      ),
    };
  }

  async scoringPdf(id: string, round: number, actor: Principal): Promise<ExportFile> {
    const { campaign, council, people } = await this.scoring(id, round, actor);
    const result = council.result;
    const criteria = result.inputs.definition.criteria;
    const roundName = campaign.rounds[round - 1]?.name ?? '';
    const title = `Bảng tổng hợp kết quả chấm điểm vòng ${round}: ${roundName}`;
    const method =
      result.inputs.definition.method === 'mean'
        ? 'trung bình cộng'
        : 'trung bình cộng sau khi bỏ điểm cao nhất và thấp nhất';
    const blocks: ReportBlock[] = [
      { kind: 'title', text: title.toUpperCase() },
      { kind: 'heading', text: campaign.title },
      {
        kind: 'paragraph',
        text: `${campaign.organizerName}. Cách tổng hợp: ${method}. Ngưỡng đạt: ${
          result.threshold === null ? 'không quy định' : decimal(result.threshold)
        }.`,
      },
      {
        kind: 'paragraph',
        text: `Thư ký hội đồng xác nhận ngày ${localDate(council.secretaryConfirmedAt!)}; chủ tịch hội đồng xác nhận ngày ${localDate(council.chairConfirmedAt!)}.`,
      },
      { kind: 'heading', text: 'Kết quả theo thứ hạng' },
    ];
    for (const item of result.nominations) {
      const nominee = people.names.get(people.nominees.get(item.nominationId) ?? '');
      blocks.push({
        kind: 'subheading',
        text: `${item.rank === null ? 'Chưa xếp hạng' : `Hạng ${item.rank}`}. ${nominee?.fullName ?? ''}${
          nominee?.organizationName ? ` (${nominee.organizationName})` : ''
        }`,
      });
      const means = criteria
        .map((criterion) => `${criterion.name}: ${decimal(item.criterionMeans[criterion.code] ?? null)}`)
        .join('; ');
      const level = levelName(campaign, item.prizeLevelCode);
      blocks.push({
        kind: 'paragraph',
        text: `Điểm tổng hợp: ${decimal(item.aggregate)}. Số phiếu: ${item.scoreCount}. Điểm trung bình theo tiêu chí – ${means}. Kết quả: ${
          item.passed ? 'đạt' : 'không đạt'
        }${level ? `, ${level}` : ''}.`,
      });
    }
    if (result.quotaTie) {
      blocks.push({
        kind: 'paragraph',
        text: `Lưu ý: có ${result.quotaTie.nominationIds.length} hồ sơ đồng hạng tại mức ${levelName(
          campaign,
          result.quotaTie.levelCode,
        )} trong khi chỉ còn ${result.quotaTie.placesLeft} suất; hội đồng quyết định.`,
      });
    }
    const body = await renderBlocksPdf({ title, date: council.chairConfirmedAt! }, blocks);
    return { fileName: `cham-diem-vong-${round}.pdf`, body };
  }

  private async scoring(
    id: string,
    round: number,
    actor: Principal,
  ): Promise<{ campaign: HonorCampaign; council: ConfirmedCouncil; people: People }> {
    const campaign = await this.campaign(id, actor);
    const final = finalRoundOf(campaign);
    if (round < 1 || round > final) {
      throw DomainError.invalidField(
        'round',
        `The campaign has rounds 1 to ${final}`,
        `Đợt xét chọn có các vòng từ 1 đến ${final}`,
      );
    }
    const manager = this.dataSource.manager;
    const council = await confirmedCouncil(manager, campaign, round);
    const ids = council.result.nominations.map((item) => item.nominationId);
    const nominations = ids.length ? await manager.findBy(HonorNomination, { id: In(ids) }) : [];
    return { campaign, council, people: await peopleOf(manager, nominations) };
  }

  private async campaign(id: string, actor: Principal): Promise<HonorCampaign> {
    requireAccess(actor, Permission.HonorsManage);
    requireAccess(actor, Permission.ExportsRun);
    const campaign = await this.dataSource.manager.findOneBy(HonorCampaign, { id });
    if (!campaign) throw CAMPAIGN_NOT_FOUND();
    return campaign;
  }
}

/** The nominees' names and employers, and the nominating organizations' names. */
async function peopleOf(manager: EntityManager, nominations: HonorNomination[]): Promise<People> {
  const nomineeIds = [...new Set(nominations.map((item) => item.nomineeId))];
  const organizationIds = [
    ...new Set(
      nominations.flatMap((item) => (item.nominatorOrganizationId ? [item.nominatorOrganizationId] : [])),
    ),
  ];
  const persons = nomineeIds.length
    ? await manager.find(Intellectual, {
        where: { id: In(nomineeIds) },
        select: { id: true, fullName: true, organizationName: true, organizationId: true },
        withDeleted: true,
      })
    : [];
  const employers = [
    ...new Set(persons.flatMap((person) => (person.organizationId ? [person.organizationId] : []))),
  ];
  const organizations = [...new Set([...organizationIds, ...employers])];
  const orgRows = organizations.length ? await manager.findBy(Organization, { id: In(organizations) }) : [];
  const orgNames = new Map(orgRows.map((row) => [row.id, row.nameVi]));
  const names = new Map(
    persons.map((person) => [
      person.id,
      {
        fullName: person.fullName,
        organizationName:
          (person.organizationId ? orgNames.get(person.organizationId) : null) ??
          person.organizationName ??
          null,
      },
    ]),
  );
  const nominees = new Map(nominations.map((nomination) => [nomination.id, nomination.nomineeId]));
  return { names, nominees, organizations: orgNames };
}

function sheet(name: string, columns: Array<[string, CellKind]>, rows: Cell[][]): Readable {
  return streamSpreadsheet('xlsx', [
    {
      name,
      headers: columns.map(([header]) => header),
      kinds: columns.map(([, kind]) => kind),
      // the rows are few and already read; the stream serves them to the streaming writer
      rows: Readable.from(rows) as AsyncIterable<Cell[]>,
    },
  ]);
}

function criterionLabel(result: CriterionResult): string {
  return `${result.index + 1}. ${CRITERION_NAMES_VI[result.kind] ?? result.kind}`;
}

function failReason(criterion: ReturnType<typeof effectiveCriteria>[number]): string {
  if (criterion.override) return `không đạt theo quyết định của cán bộ (${criterion.override.reason})`;
  if (criterion.effectiveOutcome === 'needs_declaration') return 'chưa ký cam đoan';
  const parts = ['không đạt'];
  if (criterion.required !== null) parts.push(`có ${criterion.count ?? 0}/${criterion.required}`);
  if (criterion.fromYear !== null && criterion.toYear !== null) {
    parts.push(`trong các năm ${criterion.fromYear}–${criterion.toYear}`);
  }
  if (criterion.facts.length) parts.push(`căn cứ: ${criterion.facts.map((fact) => fact.label).join('; ')}`);
  return parts.join(', ');
}

function levelName(campaign: HonorCampaign, code: string | null): string | null {
  if (!code) return null;
  return campaign.prizeLevels.find((level) => level.code === code)?.name ?? code;
}

function rounded(value: number | null): number | null {
  return value === null ? null : Math.round(value * 100) / 100;
}

function decimal(value: number | null): string {
  if (value === null) return '–';
  return value.toLocaleString('vi-VN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

function localDate(at: Date): string {
  return vietnameseDate(new Date(at.getTime() + 7 * 3600 * 1000).toISOString().slice(0, 10));
}
