import { DomainError, FieldProblem } from '../../common/errors/domain-error';
import { Criterion } from './campaign-criteria';
import { ScoringDefinition, scoringProblems } from './campaign-scoring';
import { CampaignKind, CampaignRound, HonorCampaign, PrizeLevel } from './honor-campaign.entity';

/** A nomination for a campaign of this kind must name its work (the award's công trình). */
export function requiresWork(kind: CampaignKind): boolean {
  return kind === 'provincial_st_award';
}

/** A campaign's setup as written (create, or the stored row merged with an update). */
export interface CampaignContent {
  kind: CampaignKind;
  title: string;
  year: number;
  organizerOrganizationId: string | null;
  organizerName: string;
  nominationsOpen: string;
  nominationsClose: string;
  ceremonyDate: string | null;
  categories: string[];
  prizeLevels: PrizeLevel[];
  rounds: CampaignRound[];
  criteria: Criterion[];
  /** Null until the campaign defines how its sheets are scored. */
  scoring: ScoringDefinition | null;
  allowsSelfNomination: boolean;
}

/** The setup of a stored campaign. */
export function campaignContentOf(campaign: HonorCampaign): CampaignContent {
  return {
    kind: campaign.kind,
    title: campaign.title,
    year: campaign.year,
    organizerOrganizationId: campaign.organizerOrganizationId,
    organizerName: campaign.organizerName,
    nominationsOpen: campaign.nominationsOpen,
    nominationsClose: campaign.nominationsClose,
    ceremonyDate: campaign.ceremonyDate,
    categories: campaign.categories,
    prizeLevels: campaign.prizeLevels,
    rounds: campaign.rounds,
    criteria: campaign.criteria,
    scoring: campaign.scoring,
    allowsSelfNomination: campaign.allowsSelfNomination,
  };
}

/**
 * Rules across fields: nominations open before they close, rounds follow the close and each other,
 * the ceremony comes last, prize level codes and categories are distinct, and the scoring definition
 * can be evaluated (campaign-scoring.ts). One 400 names each field.
 */
export function requireValidContent(content: CampaignContent): void {
  const problems: FieldProblem[] = [];
  const add = (field: string, message: string, messageVi: string) =>
    problems.push({ field, message, messageVi });
  if (content.nominationsClose < content.nominationsOpen) {
    add(
      'nominationsClose',
      'Nominations must close on or after they open',
      'Ngày hết hạn đề cử phải từ ngày mở đề cử trở đi',
    );
  }
  let previous = content.nominationsClose;
  content.rounds.forEach((round, index) => {
    if (round.deadline <= previous) {
      add(
        `rounds[${index}].deadline`,
        `Round ${index + 1}'s deadline must come after ${index === 0 ? 'nominations close' : 'the previous round’s'}`,
        `Hạn của vòng ${index + 1} phải sau ${index === 0 ? 'ngày hết hạn đề cử' : 'hạn của vòng trước'}`,
      );
    }
    previous = round.deadline > previous ? round.deadline : previous;
  });
  if (content.ceremonyDate !== null && content.ceremonyDate < previous) {
    add(
      'ceremonyDate',
      'The ceremony must come after nominations close and the last round',
      'Lễ trao tặng phải sau ngày hết hạn đề cử và vòng xét cuối cùng',
    );
  }
  const codes = content.prizeLevels.map((level) => level.code);
  codes.forEach((code, index) => {
    if (codes.indexOf(code) !== index) {
      add(`prizeLevels[${index}].code`, `Prize level code ${code} is repeated`, `Mã mức giải ${code} bị lặp`);
    }
  });
  content.categories.forEach((category, index) => {
    if (content.categories.indexOf(category) !== index) {
      add(`categories[${index}]`, `Category ${category} is repeated`, `Lĩnh vực ${category} bị lặp`);
    }
  });
  if (content.scoring) problems.push(...scoringProblems(content.scoring, content.rounds.length));
  if (problems.length > 0) {
    throw new DomainError(
      'VALIDATION_FAILED',
      { en: problems[0].message, vi: problems[0].messageVi },
      problems,
    );
  }
}
