import type { Schemas } from '../../api/client';
import { ACADEMIC_TITLES, allOf, DEGREE_LEVELS, INDEX_CLASSES } from '../../areas/me/fact-inputs';
import type { Campaign, CampaignBody, CampaignKind, CampaignSetup, CriterionKind } from './campaigns-api';

export { INDEX_CLASSES };

export const CRITERION_KINDS = allOf<CriterionKind>()([
  'resides_or_works_in_province',
  'active',
  'min_degree_or_title',
  'publications',
  'patents_or_utility_solutions',
  'research_projects',
  'not_previously_honored',
  'declaration',
]);
export const QUALIFICATION_LEVELS = [...DEGREE_LEVELS, ...ACADEMIC_TITLES] as const;
export const PROJECT_LEVELS = allOf<Schemas['ResearchProjectView']['level']>()([
  'national',
  'ministerial',
  'provincial',
  'grassroots',
]);

export type CriterionParam = 'level' | 'indexClasses' | 'withinYears' | 'minCount' | 'declarationText';

/** The parameters each kind takes; the API refuses any other (src/honors/campaigns/campaign-criteria.ts). */
export const CRITERION_PARAMS: Readonly<Record<CriterionKind, readonly CriterionParam[]>> = {
  resides_or_works_in_province: [],
  active: [],
  min_degree_or_title: ['level'],
  publications: ['indexClasses', 'withinYears', 'minCount'],
  patents_or_utility_solutions: ['minCount'],
  research_projects: ['level', 'minCount'],
  not_previously_honored: [],
  declaration: ['declarationText'],
};

export interface CriterionValues {
  kind?: CriterionKind;
  level?: string;
  indexClasses?: string[];
  withinYears?: number | null;
  minCount?: number | null;
  declarationText?: string;
}

/** The setup form's values: lists of rows, dates as YYYY-MM-DD (the date inputs' own format). */
export interface CampaignValues {
  kind?: CampaignKind;
  title?: string;
  year?: number | null;
  organizerOrganizationId?: string | null;
  organizerName?: string;
  nominationsOpen?: string;
  nominationsClose?: string;
  ceremonyDate?: string;
  categories: string[];
  prizeLevels: Array<{ code?: string; name?: string; quota?: number | null }>;
  rounds: Array<{ name?: string; deadline?: string }>;
  criteria: CriterionValues[];
  scoring: ScoringValues;
  allowsSelfNomination: boolean;
}

export const AGGREGATION_METHODS = allOf<Schemas['ScoringInput']['method']>()(['mean', 'trimmed_mean']);
/** The tie-break rules besides criterion:<code> (src/honors/campaigns/campaign-scoring.ts). */
export const OTHER_TIE_BREAKS = ['score_count', 'submitted_at'] as const;

/**
 * How the councils' sheets become results: no scoring criteria means none is defined (the campaign's
 * scoring is null). Thresholds go by round: `thresholds[i]` is round i + 1's lowest passing aggregate,
 * empty for a round that passes every scored nomination.
 */
export interface ScoringValues {
  criteria: Array<{ code?: string; name?: string; weight?: number | null }>;
  method?: Schemas['ScoringInput']['method'];
  scale: { min?: number | null; max?: number | null };
  tieBreak: string[];
  thresholds: Array<number | null | undefined>;
}

export function emptyScoring(): ScoringValues {
  return { criteria: [], method: 'mean', scale: { min: 0, max: 100 }, tieBreak: [], thresholds: [] };
}

function scoringValuesOf(scoring: Campaign['scoring'], roundCount: number): ScoringValues {
  if (!scoring) return emptyScoring();
  const thresholds: Array<number | null> = Array.from({ length: Math.max(1, roundCount) }, () => null);
  for (const { round, minScore } of scoring.thresholds) thresholds[round - 1] = minScore;
  return {
    criteria: scoring.criteria.map(({ code, name, weight }) => ({ code, name, weight })),
    method: scoring.method,
    scale: { min: scoring.scale.min, max: scoring.scale.max },
    tieBreak: [...scoring.tieBreak],
    thresholds,
  };
}

/** The scoring the API takes: null without criteria; thresholds only for the rounds that have one. */
export function scoringOf(values: ScoringValues | undefined): Schemas['ScoringInput'] | null {
  if (!values?.criteria.length) return null;
  const codes = values.criteria.map((criterion) => trimmed(criterion.code));
  return {
    criteria: values.criteria.map((criterion, index) => ({
      code: codes[index],
      name: trimmed(criterion.name),
      weight: criterion.weight ?? 1,
    })),
    scale: { min: values.scale.min ?? 0, max: values.scale.max ?? 100 },
    method: values.method ?? 'mean',
    // a rule naming a criterion removed since would be refused
    tieBreak: values.tieBreak.filter(
      (rule) => !rule.startsWith('criterion:') || codes.includes(rule.slice(10)),
    ),
    thresholds: values.thresholds.flatMap((minScore, index) =>
      minScore === null || minScore === undefined ? [] : [{ round: index + 1, minScore }],
    ),
  };
}

/**
 * What the form suggests for a new campaign of a kind, to change at will: for the S&T award, its
 * categories, the 2021 edition's prizes and quotas, and its three review levels (deadlines to choose).
 * Stored as Vietnamese data whatever the page's language: they are the award's official names.
 */
export function suggestedSetup(
  kind: CampaignKind,
): Pick<CampaignValues, 'categories' | 'prizeLevels' | 'rounds'> | undefined {
  if (kind !== 'provincial_st_award') return undefined;
  return {
    categories: ['Nghiên cứu khoa học', 'Phát triển công nghệ', 'Ứng dụng công nghệ'],
    prizeLevels: [
      { code: 'A', name: 'Giải A', quota: 3 },
      { code: 'B', name: 'Giải B', quota: 4 },
      { code: 'C', name: 'Giải C', quota: 7 },
      { code: 'KK', name: 'Giải khuyến khích', quota: 12 },
    ],
    rounds: [
      { name: 'Cấp cơ sở', deadline: '' },
      { name: 'Cấp chuyên ngành', deadline: '' },
      { name: 'Cấp tỉnh', deadline: '' },
    ],
  };
}

export function emptyValues(): CampaignValues {
  return {
    year: new Date().getFullYear(),
    categories: [],
    prizeLevels: [],
    rounds: [],
    criteria: [],
    scoring: emptyScoring(),
    allowsSelfNomination: false,
  };
}

/** A stored campaign as the form edits it. */
export function valuesOf(campaign: Campaign): CampaignValues {
  return {
    kind: campaign.kind,
    title: campaign.title,
    year: campaign.year,
    organizerOrganizationId: campaign.organizerOrganizationId,
    organizerName: campaign.organizerOrganizationId ? undefined : campaign.organizerName,
    nominationsOpen: campaign.nominationsOpen,
    nominationsClose: campaign.nominationsClose,
    ceremonyDate: campaign.ceremonyDate ?? undefined,
    allowsSelfNomination: campaign.allowsSelfNomination,
    categories: [...campaign.categories],
    prizeLevels: campaign.prizeLevels.map(({ code, name, quota }) => ({ code, name, quota })),
    rounds: campaign.rounds.map(({ name, deadline }) => ({ name, deadline })),
    criteria: campaign.criteria.map(
      ({ kind, level, indexClasses, withinYears, minCount, declarationText }) => ({
        kind,
        level,
        indexClasses,
        withinYears,
        minCount,
        declarationText,
      }),
    ),
    scoring: scoringValuesOf(campaign.scoring, campaign.rounds.length),
  };
}

const trimmed = (text: string | undefined) => text?.trim() ?? '';

/**
 * The setup the API takes from the form's values: every list whole (a given list replaces the stored
 * one), each criterion with only its kind's parameters (a stale one from another kind would be
 * refused), the organizer by catalog id or else by name, an empty ceremony date as none.
 */
export function setupOf(values: CampaignValues): CampaignSetup {
  const organizer = values.organizerOrganizationId
    ? { organizerOrganizationId: values.organizerOrganizationId }
    : { organizerOrganizationId: null, organizerName: trimmed(values.organizerName) };
  return {
    title: trimmed(values.title),
    year: values.year ?? undefined,
    ...organizer,
    nominationsOpen: values.nominationsOpen,
    nominationsClose: values.nominationsClose,
    ceremonyDate: values.ceremonyDate || null,
    allowsSelfNomination: values.allowsSelfNomination,
    categories: values.categories.map(trimmed),
    prizeLevels: values.prizeLevels.map((level) => ({
      code: trimmed(level.code),
      name: trimmed(level.name),
      quota: level.quota ?? 0,
    })),
    rounds: values.rounds.map((round) => ({ name: trimmed(round.name), deadline: round.deadline ?? '' })),
    criteria: values.criteria.map((criterion) => criterionBody(criterion)),
    scoring: scoringOf(values.scoring),
  };
}

export function createBodyOf(values: CampaignValues): CampaignBody {
  return { kind: values.kind!, ...setupOf(values) } as CampaignBody;
}

function criterionBody(criterion: CriterionValues): Schemas['CriterionInput'] {
  const kind = criterion.kind!;
  const body: Schemas['CriterionInput'] = { kind };
  for (const param of CRITERION_PARAMS[kind] ?? []) {
    const value = criterion[param];
    if (value === undefined || value === null) continue;
    if (param === 'declarationText') body.declarationText = trimmed(value as string);
    else Object.assign(body, { [param]: value });
  }
  return body;
}
