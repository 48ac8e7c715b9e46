import { foldVietnamese } from '../../common/text/normalize';
import {
  AcademicTitleCode,
  DEGREE_RANKING,
  DegreeLevel,
  IndexClass,
  IntellectualStatus,
  IpKind,
  IpStatus,
  PROJECT_LEVELS,
  ProjectLevel,
} from '../../intellectuals';
import type { CampaignKind } from './honor-campaign.entity';
import { Criterion, CriterionKind, CriterionMode, modeOf, QualificationLevel } from './campaign-criteria';

/** The registry facts about one person that the criteria read (EligibilityService loads them). */
export interface EligibilityFacts {
  status: IntellectualStatus;
  /** A Khánh Hòa commune of residence (the catalog holds only the province's communes). */
  communeCode: string | null;
  /** The commune's Vietnamese name from the catalog, which the residence fact shows. */
  communeName: string | null;
  countryCode: string;
  organization: { id: string; name: string; communeCode: string | null } | null;
  academicTitle: AcademicTitleCode | null;
  educations: Array<{ id: string; level: DegreeLevel; institution: string; year: number | null }>;
  publications: Array<{ id: string; title: string; year: number; indexClass: IndexClass }>;
  intellectualProperties: Array<{
    id: string;
    title: string;
    kind: IpKind;
    status: IpStatus | null;
    year: number | null;
  }>;
  researchProjects: Array<{ id: string; title: string; level: ProjectLevel; endYear: number | null }>;
  awards: Array<{ id: string; name: string; prizeCode: string | null; year: number | null }>;
}

export type CriterionOutcome = 'pass' | 'fail' | 'needs_declaration';

/** One registry record a check used: what it is, its id when it is a profile part, and a label. */
export interface FactItem {
  source:
    | 'residence'
    | 'organization'
    | 'status'
    | 'education'
    | 'academic_title'
    | 'publication'
    | 'intellectual_property'
    | 'research_project'
    | 'award';
  id: string | null;
  label: string;
  year: number | null;
  detail: string | null;
}

export interface CriterionResult {
  index: number;
  kind: CriterionKind;
  mode: CriterionMode;
  outcome: CriterionOutcome;
  /** For counting criteria: how many records counted, and how many are needed. */
  count: number | null;
  required: number | null;
  /** For windowed criteria: the years counted, inclusive. */
  fromYear: number | null;
  toYear: number | null;
  /** The records the check used (for counts: exactly the ones counted). */
  facts: FactItem[];
  /** The text to sign, for declared criteria. */
  declarationText: string | null;
}

export interface CampaignUnderTest {
  kind: CampaignKind;
  year: number;
  criteria: readonly Criterion[];
}

/**
 * Awards that are the same honor as a campaign kind: the prizes catalog's code where it has one, or
 * the honor's name in the award's name (folded), since awards are often typed in by hand.
 */
const SAME_HONOR: Readonly<Record<CampaignKind, { prizeCodes: string[]; names: string[] }>> = {
  exemplary_intellectual: { prizeCodes: [], names: ['tri thuc tieu bieu'] },
  provincial_st_award: {
    prizeCodes: ['GT_KHCN_KH'],
    names: ['giai thuong khoa hoc va cong nghe tinh khanh hoa', 'giai thuong kh&cn tinh khanh hoa'],
  },
  exemplary_scientist_meeting: { prizeCodes: [], names: ['can bo khoa hoc tieu bieu'] },
};

/** The prizes catalog's code of each campaign kind's honor, where the catalog has one. */
export const SAME_HONOR_PRIZE_CODES = (kind: CampaignKind): readonly string[] => SAME_HONOR[kind].prizeCodes;

/** Project levels from the highest; a criterion's level counts projects at that level or above. */
const PROJECT_RANK = (level: ProjectLevel) => PROJECT_LEVELS.indexOf(level);
const DEGREE_RANK = (level: DegreeLevel) => DEGREE_RANKING.indexOf(level);
const TITLE_RANK: Readonly<Record<AcademicTitleCode, number>> = { professor: 0, associate_professor: 1 };

/** Evaluates every criterion of the campaign against one person's facts, in the campaign's order. */
export function evaluateCriteria(campaign: CampaignUnderTest, facts: EligibilityFacts): CriterionResult[] {
  return campaign.criteria.map((criterion, index) => ({
    index,
    kind: criterion.kind,
    mode: modeOf(criterion.kind),
    count: null,
    required: null,
    fromYear: null,
    toYear: null,
    declarationText: null,
    ...evaluateOne(criterion, campaign, facts),
  }));
}

type Evaluated = Pick<CriterionResult, 'outcome' | 'facts'> & Partial<CriterionResult>;

function evaluateOne(criterion: Criterion, campaign: CampaignUnderTest, facts: EligibilityFacts): Evaluated {
  switch (criterion.kind) {
    case 'resides_or_works_in_province': {
      const used: FactItem[] = [];
      if (facts.countryCode === 'VN' && facts.communeCode) {
        used.push(item('residence', null, facts.communeName ?? facts.communeCode, null, facts.communeCode));
      }
      if (facts.organization?.communeCode) {
        const { id, name, communeCode } = facts.organization;
        used.push(item('organization', id, name, null, communeCode));
      }
      return { outcome: passIf(used.length > 0), facts: used };
    }
    case 'active':
      return {
        outcome: passIf(facts.status === 'active'),
        facts: [item('status', null, facts.status, null, null)],
      };
    case 'min_degree_or_title':
      return qualification(criterion.level, facts);
    case 'publications': {
      const fromYear = campaign.year - criterion.withinYears + 1;
      const counted = facts.publications.filter(
        (p) => criterion.indexClasses.includes(p.indexClass) && p.year >= fromYear && p.year <= campaign.year,
      );
      return {
        ...counting(counted.length, criterion.minCount),
        fromYear,
        toYear: campaign.year,
        facts: counted.map((p) => item('publication', p.id, p.title, p.year, p.indexClass)),
      };
    }
    case 'patents_or_utility_solutions': {
      // a filed application is not yet a patent or utility solution
      const counted = facts.intellectualProperties.filter(
        (ip) => (ip.kind === 'patent' || ip.kind === 'utility_solution') && ip.status !== 'filed',
      );
      return {
        ...counting(counted.length, criterion.minCount),
        facts: counted.map((ip) => item('intellectual_property', ip.id, ip.title, ip.year, ip.kind)),
      };
    }
    case 'research_projects': {
      const counted = facts.researchProjects.filter(
        (p) => PROJECT_RANK(p.level) <= PROJECT_RANK(criterion.level),
      );
      return {
        ...counting(counted.length, criterion.minCount),
        facts: counted.map((p) => item('research_project', p.id, p.title, p.endYear, p.level)),
      };
    }
    case 'not_previously_honored': {
      const same = SAME_HONOR[campaign.kind];
      const earlier = facts.awards.filter(
        (a) =>
          (a.prizeCode !== null && same.prizeCodes.includes(a.prizeCode)) ||
          same.names.some((name) => foldVietnamese(a.name).includes(name)),
      );
      return {
        outcome: passIf(earlier.length === 0),
        facts: earlier.map((a) => item('award', a.id, a.name, a.year, a.prizeCode)),
      };
    }
    case 'declaration':
      return { outcome: 'needs_declaration', facts: [], declarationText: criterion.declarationText };
  }
}

function qualification(level: QualificationLevel, facts: EligibilityFacts): Evaluated {
  if (level === 'professor' || level === 'associate_professor') {
    const title = facts.academicTitle;
    return {
      outcome: passIf(title !== null && TITLE_RANK[title] <= TITLE_RANK[level]),
      facts: title ? [item('academic_title', null, title, null, null)] : [],
    };
  }
  const highest = [...facts.educations].sort((a, b) => DEGREE_RANK(a.level) - DEGREE_RANK(b.level))[0];
  return {
    outcome: passIf(!!highest && DEGREE_RANK(highest.level) <= DEGREE_RANK(level)),
    facts: highest ? [item('education', highest.id, highest.institution, highest.year, highest.level)] : [],
  };
}

function counting(count: number, required: number): Pick<CriterionResult, 'outcome' | 'count' | 'required'> {
  return { outcome: passIf(count >= required), count, required };
}

const passIf = (ok: boolean): CriterionOutcome => (ok ? 'pass' : 'fail');

function item(
  source: FactItem['source'],
  id: string | null,
  label: string,
  year: number | null,
  detail: string | null,
): FactItem {
  return { source, id, label, year, detail };
}
