import type { AcademicTitleCode } from '../intellectuals';
import type { GeneratedEducation, GeneratedProfile } from './generated-profile';
import {
  generateAwards,
  generateHonoraryTitles,
  generateIntellectualProperties,
  generateMemberships,
  generateResearchProjects,
} from './generator/achievements';
import { generateCareer } from './generator/career';
import { generateEducations } from './generator/education';
import { drawNiche, ResearchNiche } from './generator/niche';
import { asciiSlug, generatePerson, MAX_PROFILES, Person } from './generator/person';
import { generatePublications } from './generator/publications';
import { createRng, Rng } from './prng';
import { FIELD_VOCABULARIES, FieldVocabulary } from './vocabulary/fields';
import { ORGANIZATIONS } from './vocabulary/organizations';
import { CONTACT_PREFERENCES, OVERSEAS_COUNTRIES, OverseasCountry } from './vocabulary/overseas';

export { MAX_PROFILES };

export interface GeneratorOptions {
  /** Same seed, same profiles. */
  seed: string;
  /** The "current" year of the generated world (degrees, titles and ages are relative to it). */
  asOfYear: number;
}

const FIELDS: ReadonlyArray<readonly [{ vocabulary: FieldVocabulary; code: string }, number]> =
  FIELD_VOCABULARIES.flatMap((vocabulary) =>
    vocabulary.codes.map(([code, weight]) => [{ vocabulary, code }, weight] as const),
  );
const VN_MOBILE_PREFIXES = [
  '90',
  '91',
  '93',
  '94',
  '96',
  '97',
  '98',
  '86',
  '35',
  '38',
  '39',
  '70',
  '77',
  '79',
  '83',
  '84',
];

/** Profile number `index` of the set named by `options.seed`; independent of every other index. */
export function generateProfile(options: GeneratorOptions, index: number): GeneratedProfile {
  if (!Number.isInteger(index) || index < 0 || index >= MAX_PROFILES) {
    throw new RangeError(`profile index must be an integer in [0, ${MAX_PROFILES})`);
  }
  const rng = createRng(options.seed, index);
  const { vocabulary: field, code: primaryFieldCode } = drawField(rng);
  const niche = nicheOf(options, index);
  const title = rng.weighted<AcademicTitleCode | undefined>([
    ['professor', 1.5],
    ['associate_professor', 6],
    [undefined, 92.5],
  ]);
  const abroad = rng.chance(0.05)
    ? rng.weighted(OVERSEAS_COUNTRIES.map((c) => [c, c.weight] as const))
    : undefined;
  const person = generatePerson(rng, index, { asOfYear: options.asOfYear, title });
  const educations = generateEducations(rng, {
    birthYear: person.birthYear,
    asOfYear: options.asOfYear,
    field,
    fieldCode: primaryFieldCode,
    title,
    abroad,
  });
  const firstDegreeYear = educations[0]?.year ?? person.birthYear + 22;
  const level = researchLevel(educations);
  const { career: job, activeUntil } = generateCareer(rng, {
    birthYear: person.birthYear,
    asOfYear: options.asOfYear,
    female: person.gender === 'female',
    field,
    fieldCode: primaryFieldCode,
    firstDegreeYear,
    doctorate: level === 'doctorate',
    title,
    abroad,
    homeCommune: person.homeCommune,
  });
  const achievementContext = {
    birthYear: person.birthYear,
    careerStart: Math.min(firstDegreeYear + 1, activeUntil),
    lastYear: activeUntil,
    asOfYear: options.asOfYear,
    level,
    title,
    field,
    fieldCode: primaryFieldCode,
    sector: job.sector,
    niche,
  };
  const expertise = [...rng.sample(field.expertise, rng.int(2, 4)), ...niche.expertise()];
  const academicTitle = title
    ? { code: title, year: titleYear(rng, title, person.birthYear, options.asOfYear) }
    : undefined;
  return {
    fullName: person.fullName,
    otherNames: abroad && rng.chance(0.6) ? [asciiName(person)] : [],
    gender: person.gender,
    birthDate: person.birthDate,
    ethnicGroupCode: person.ethnicGroupCode,
    nationalId: person.nationalId,
    hometown: person.hometown,
    countryCode: abroad?.code ?? 'VN',
    email: `${asciiSlug(person.givenName)}.${asciiSlug(person.surname)}.${index}@example.com`,
    phone: abroad ? foreignPhone(rng, abroad) : `0${rng.pick(VN_MOBILE_PREFIXES)}${digits(rng, 7)}`,
    biography: biography(person, job.position, organizationName(job), expertise),
    expertise,
    languages: languages(rng, abroad),
    primaryFieldCode,
    fieldCodes: fieldCodes(rng, field, primaryFieldCode),
    ...(academicTitle ? { academicTitle } : {}),
    honoraryTitles: generateHonoraryTitles(rng, achievementContext),
    ...job,
    ...(abroad
      ? {
          overseasInfo: {
            willingToContribute: rng.chance(0.8),
            topics: rng.sample(field.expertise, 2),
            contactPreference: rng.pick(CONTACT_PREFERENCES),
          },
        }
      : {}),
    publicProfile: rng.chance(0.6),
    educations,
    employments: job.employments,
    publications: generatePublications(rng, {
      firstDegreeYear,
      lastYear: Math.min(options.asOfYear, activeUntil + 3),
      level,
      title,
      abroad: abroad !== undefined,
      field,
      niche,
    }),
    intellectualProperties: generateIntellectualProperties(rng, achievementContext),
    researchProjects: generateResearchProjects(rng, achievementContext),
    awards: generateAwards(rng, achievementContext),
    memberships: generateMemberships(rng, achievementContext),
  };
}

/**
 * The research niche of profile `index`: what most of its titles and projects and some of its
 * expertise name. Drawn from a stream of its own, so the profile's other draws are those it had
 * before niches existed.
 */
export function nicheOf(options: GeneratorOptions, index: number): ResearchNiche {
  const field = drawField(createRng(options.seed, index)).vocabulary;
  return drawNiche(createRng(`${options.seed}/niche`, index), field.niches);
}

/** The first draw of a profile's stream. */
const drawField = (rng: Rng) => rng.weighted(FIELDS);

/** Profiles `from` … `from + count - 1` of the set. */
export function generateProfiles(options: GeneratorOptions, count: number, from = 0): GeneratedProfile[] {
  return Array.from({ length: count }, (_, i) => generateProfile(options, from + i));
}

function researchLevel(educations: GeneratedEducation[]): 'none' | 'master' | 'doctorate' {
  const levels = new Set(educations.map((e) => e.level));
  if (levels.has('doctorate') || levels.has('doctor_of_science')) return 'doctorate';
  if (levels.has('master') || levels.has('specialist_2') || levels.has('resident')) return 'master';
  return 'none';
}

function titleYear(rng: Rng, title: AcademicTitleCode, birthYear: number, asOfYear: number): number {
  const associate = Math.min(asOfYear, birthYear + rng.int(36, 50));
  return title === 'professor' ? Math.min(asOfYear, associate + rng.int(5, 12)) : associate;
}

function fieldCodes(rng: Rng, field: FieldVocabulary, primary: string): string[] {
  const related = rng.sample(
    FIELDS.map(([f]) => f.code).filter((code) => code !== primary),
    rng.weighted([
      [0, 40],
      [1, 45],
      [2, 15],
    ] as const),
  );
  const sameGroup = field.codes.map(([code]) => code).filter((code) => code !== primary);
  const extra = sameGroup.length && rng.chance(0.3) ? [rng.pick(sameGroup)] : related;
  return [primary, ...new Set(extra)];
}

function languages(rng: Rng, abroad: OverseasCountry | undefined): string[] {
  const spoken = new Set(['vi']);
  if (abroad || rng.chance(0.8)) spoken.add('en');
  if (abroad) spoken.add(abroad.language);
  else if (rng.chance(0.05)) spoken.add(rng.pick(['fr', 'ru', 'ja', 'ko', 'zh']));
  return [...spoken];
}

function foreignPhone(rng: Rng, country: OverseasCountry): string {
  return `${country.phone.prefix}${rng.int(2, 9)}${digits(rng, country.phone.digits - 1)}`;
}

function digits(rng: Rng, count: number): string {
  return Array.from({ length: count }, () => rng.int(0, 9)).join('');
}

/** How a person abroad writes their name in Latin order without marks: "Hung Nguyen". */
function asciiName(person: Person): string {
  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  return `${cap(asciiSlug(person.givenName))} ${cap(asciiSlug(person.surname))}`;
}

function organizationName(job: { organizationShortName?: string; organizationName?: string }) {
  return job.organizationShortName ? ORGANIZATIONS[job.organizationShortName].name : job.organizationName;
}

function biography(
  person: Person,
  position: string,
  organization: string | undefined,
  expertise: string[],
): string {
  const place = person.hometown.text ?? 'Khánh Hòa';
  const work = organization ? `${position} tại ${organization}` : position;
  return `Sinh năm ${person.birthYear}, quê ${place}. ${work}. Lĩnh vực quan tâm: ${expertise.join(', ')}.`;
}
