import { EntityManager } from 'typeorm';
import { DomainError, FieldProblem } from '../../common/errors/domain-error';
import { IntellectualProperty, Publication, ResearchProject } from '../../intellectuals';
import { requiresWork, type HonorCampaign } from '../campaigns';
import { workTitleKey } from './nomination-rules';
import type { CreateNominationDto } from './nomination.dto';
import type { HonorNomination, NominatedWork } from './nomination.entity';

/** What a nominator writes: the fields a draft may change. */
export type NominationContent = Pick<
  HonorNomination,
  | 'category'
  | 'work'
  | 'workTitleKey'
  | 'publicationIds'
  | 'intellectualPropertyIds'
  | 'researchProjectIds'
  | 'statement'
>;

type ContentInput = Partial<Omit<CreateNominationDto, 'campaignId' | 'nomineeId' | 'nominatedBy'>>;

export const EMPTY_CONTENT: NominationContent = {
  category: null,
  work: null,
  workTitleKey: null,
  publicationIds: [],
  intellectualPropertyIds: [],
  researchProjectIds: [],
  statement: '',
};

export function contentOf(nomination: HonorNomination): NominationContent {
  const { category, work, workTitleKey, publicationIds, intellectualPropertyIds, researchProjectIds } =
    nomination;
  return {
    category,
    work,
    workTitleKey,
    publicationIds,
    intellectualPropertyIds,
    researchProjectIds,
    statement: nomination.statement,
  };
}

const LINKS = [
  { field: 'publicationIds', entity: Publication },
  { field: 'intellectualPropertyIds', entity: IntellectualProperty },
  { field: 'researchProjectIds', entity: ResearchProject },
] as const;

/**
 * The content after applying `input` over `base`, checked against the campaign and the nominee's
 * records: the category is one of the campaign's, the award names its work, and every linked
 * publication, patent and project is the nominee's own. One 400 names every field refused.
 */
export async function checkedContent(
  manager: EntityManager,
  campaign: HonorCampaign,
  nomineeId: string,
  input: ContentInput,
  base: NominationContent,
): Promise<NominationContent> {
  const work: NominatedWork | null =
    input.work !== undefined
      ? input.work && {
          title: input.work.title,
          summary: input.work.summary,
          appliedIn: input.work.appliedIn ?? null,
          fromYear: input.work.fromYear ?? null,
          toYear: input.work.toYear ?? null,
        }
      : base.work;
  const content: NominationContent = {
    category: input.category !== undefined ? (input.category ?? null) : base.category,
    work,
    workTitleKey: work ? workTitleKey(work.title) : null,
    publicationIds: unique(input.publicationIds ?? base.publicationIds),
    intellectualPropertyIds: unique(input.intellectualPropertyIds ?? base.intellectualPropertyIds),
    researchProjectIds: unique(input.researchProjectIds ?? base.researchProjectIds),
    statement: input.statement !== undefined ? (input.statement ?? '') : base.statement,
  };
  const problems: FieldProblem[] = [];
  const add = (field: string, message: string, messageVi: string) =>
    problems.push({ field, message, messageVi });
  const categories = campaign.categories;
  if (categories.length > 0 && !content.category) {
    add(
      'category',
      `Choose a category: ${categories.join(', ')}`,
      `Cần chọn lĩnh vực: ${categories.join(', ')}`,
    );
  } else if (content.category && !categories.includes(content.category)) {
    add(
      'category',
      categories.length
        ? `category must be one of: ${categories.join(', ')}`
        : 'This campaign has no categories',
      categories.length
        ? `Lĩnh vực phải là một trong: ${categories.join(', ')}`
        : 'Đợt xét chọn này không chia lĩnh vực',
    );
  }
  if (requiresWork(campaign.kind) && !content.work) {
    add(
      'work',
      'An award nomination names its work: title and summary',
      'Hồ sơ đề cử giải thưởng cần nêu công trình: tên và tóm tắt',
    );
  }
  if (work?.fromYear && work.toYear && work.fromYear > work.toYear) {
    add('work.toYear', 'The work cannot end before it began', 'Năm kết thúc không được trước năm bắt đầu');
  }
  for (const { field, entity } of LINKS) {
    const ids = content[field];
    if (ids.length === 0) continue;
    const own = await manager
      .createQueryBuilder(entity, 'part')
      .select('part.id', 'id')
      .where('part.intellectualId = :nomineeId AND part.id IN (:...ids)', { nomineeId, ids })
      .getRawMany<{ id: string }>();
    const owned = new Set(own.map((row) => row.id));
    ids.forEach((id, index) => {
      if (!owned.has(id)) {
        add(
          `${field}[${index}]`,
          `${id} is not one of the nominee’s records in the registry`,
          `${id} không phải hồ sơ của người được đề cử trong cơ sở dữ liệu`,
        );
      }
    });
  }
  if (problems.length > 0) {
    throw new DomainError(
      'VALIDATION_FAILED',
      { en: problems[0].message, vi: problems[0].messageVi },
      problems,
    );
  }
  return content;
}

const unique = (ids: readonly string[]) => [...new Set(ids)];
