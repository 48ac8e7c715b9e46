import type { Sector } from '../../catalog';
import type { AcademicTitleCode, CivilService, IntellectualStatus } from '../../intellectuals';
import type { GeneratedEmployment } from '../generated-profile';
import type { Rng } from '../prng';
import type { FieldVocabulary } from '../vocabulary/fields';
import { CIVIL_SERVICE_RANKS, ORGANIZATIONS, POSITIONS } from '../vocabulary/organizations';
import type { OverseasCountry } from '../vocabulary/overseas';
import { DOMESTIC_ELSEWHERE, RESIDENCE_COMMUNES } from '../vocabulary/places';

interface CareerContext {
  birthYear: number;
  asOfYear: number;
  female: boolean;
  field: FieldVocabulary;
  fieldCode: string;
  /** Year of the first degree: the career starts then. */
  firstDegreeYear: number;
  doctorate: boolean;
  title?: AcademicTitleCode;
  abroad?: OverseasCountry;
  homeCommune?: string;
}

/** Where the person works now (and worked before), where they live, and whether they still work. */
export interface Career {
  organizationShortName?: string;
  organizationName?: string;
  position: string;
  sector: Sector;
  civilService?: CivilService;
  status: IntellectualStatus;
  communeCode?: string;
  provinceName?: string;
  employments: GeneratedEmployment[];
}

type Tier = 0 | 1 | 2;

/** The career, and its last year of active work (retirement, or the reference year). */
export function generateCareer(rng: Rng, context: CareerContext): { career: Career; activeUntil: number } {
  const age = context.asOfYear - context.birthYear;
  const retirementAge = context.female ? 57 : 61;
  const keepsWorking = age >= 70 ? (context.title === 'professor' ? 0.3 : 0) : context.title ? 0.4 : 0.1;
  const retired = age > retirementAge && !rng.chance(keepsWorking);
  const deceased = retired && age >= 75 && rng.chance(0.05);
  const status: IntellectualStatus = deceased ? 'deceased' : retired ? 'retired' : 'active';
  const activeUntil = retired ? context.birthYear + retirementAge : context.asOfYear;
  const tier: Tier =
    context.title || (age >= 45 && rng.chance(0.25)) ? 2 : age >= 36 || context.doctorate ? 1 : 0;
  const start = Math.min(context.firstDegreeYear + rng.int(0, 2), activeUntil);
  const since = Math.min(activeUntil, start + (rng.chance(0.4) ? rng.int(2, 12) : 0));
  const place = workplace(rng, context);
  const basePosition = position(rng, place.sector, tier, context.fieldCode);
  const employments: GeneratedEmployment[] = [];
  if (since > start && place.shortName) {
    const previous = rng.pick(context.field.organizations.filter((o) => o !== place.shortName));
    employments.push({
      organizationShortName: previous,
      position: position(rng, ORGANIZATIONS[previous].sector, 0, context.fieldCode),
      fromYear: start,
      toYear: since,
    });
  }
  if (place.shortName || place.name) {
    employments.push({
      organizationShortName: place.shortName,
      organizationName: place.name,
      position: basePosition,
      fromYear: since,
      ...(retired ? { toYear: activeUntil } : {}),
    });
  }
  const ranks = CIVIL_SERVICE_RANKS[place.sector];
  const career: Career = {
    organizationShortName: place.shortName,
    organizationName: place.name,
    position: retired ? `Nguyên ${basePosition}` : basePosition,
    sector: place.sector,
    civilService:
      ranks && rng.chance(0.85)
        ? {
            rankCode: ranks[tier],
            grade: place.sector === 'state_agency' ? `A${tier + 1}` : ['III', 'II', 'I'][tier],
          }
        : undefined,
    status,
    communeCode: place.communeCode,
    provinceName: place.provinceName,
    employments,
  };
  return { career, activeUntil };
}

interface Workplace {
  shortName?: string;
  name?: string;
  sector: Sector;
  communeCode?: string;
  provinceName?: string;
}

function workplace(rng: Rng, context: CareerContext): Workplace {
  if (context.abroad) {
    return { name: rng.pick(context.abroad.employers), sector: 'overseas' };
  }
  if (rng.chance(0.04)) {
    const elsewhere = rng.pick(DOMESTIC_ELSEWHERE);
    return { name: elsewhere.organization, sector: elsewhere.sector, provinceName: elsewhere.province };
  }
  const residence = (orgCommune?: string) =>
    context.homeCommune && rng.chance(0.5)
      ? context.homeCommune
      : orgCommune && rng.chance(0.65)
        ? orgCommune
        : rng.weighted(RESIDENCE_COMMUNES);
  if (rng.chance(0.02)) return { sector: 'independent', communeCode: residence() };
  const shortName = rng.pick(context.field.organizations);
  const organization = ORGANIZATIONS[shortName];
  return { shortName, sector: organization.sector, communeCode: residence(organization.communeCode) };
}

function position(rng: Rng, sector: Sector, tier: Tier, fieldCode: string): string {
  if (sector === 'public_service_unit' && tier === 0) {
    return fieldCode === '304' ? 'Dược sĩ' : fieldCode.startsWith('3') ? 'Bác sĩ' : 'Kỹ sư';
  }
  return rng.pick(POSITIONS[sector][tier]);
}
