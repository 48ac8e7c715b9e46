import type { AcademicTitleCode } from '../../intellectuals';
import type { IndexClass } from '../../intellectuals';
import type { GeneratedPublication } from '../generated-profile';
import type { Rng } from '../prng';
import { FieldVocabulary, GENERAL_VENUES, Venue } from '../vocabulary/fields';
import { GIVEN_NAMES, MIDDLE_NAMES, SURNAMES } from '../vocabulary/vietnamese-names';
import type { ResearchNiche } from './niche';
import { asciiSlug } from './person';

/** The most publications one profile may list (the profile API's limit). */
export const MAX_PUBLICATIONS = 500;

interface PublicationContext {
  firstDegreeYear: number;
  lastYear: number;
  level: 'none' | 'master' | 'doctorate';
  title?: AcademicTitleCode;
  abroad: boolean;
  field: FieldVocabulary;
  niche: ResearchNiche;
}

const OPENERS_EN = [
  'Assessment of',
  'A study on',
  'Modelling',
  'Effects of',
  'New insights into',
  'Evaluating',
];
const PLACES_EN = [
  '',
  ' in Khanh Hoa, Vietnam',
  ' along the south-central coast of Vietnam',
  ': a case study from Vietnam',
];
const OPENERS_VI = ['Nghiên cứu', 'Đánh giá', 'Ứng dụng', 'Giải pháp nâng cao hiệu quả', 'Khảo sát'];
const PLACES_VI = ['', ' tại Khánh Hòa', ' vùng duyên hải Nam Trung Bộ', ' tại tỉnh Khánh Hòa'];
const ROLES = [
  ['first_author', 35],
  ['corresponding_author', 15],
  ['co_author', 50],
] as const;

/**
 * A long tail: most people list none or a few publications; doctorates follow a Pareto law, so a
 * large set holds a few people with hundreds.
 */
export function generatePublications(rng: Rng, context: PublicationContext): GeneratedPublication[] {
  const count = Math.min(MAX_PUBLICATIONS, publicationCount(rng, context));
  const international = context.level === 'doctorate' || context.abroad;
  const venues = [...context.field.venues, ...context.field.venues, ...GENERAL_VENUES].map(
    (venue) => [venue, classWeight(venue.indexClass, international)] as const,
  );
  const first = Math.min(context.firstDegreeYear + 1, context.lastYear);
  return Array.from({ length: count }, () => {
    const venue = rng.weighted(venues);
    const year = rng.int(first, context.lastYear);
    return {
      title: publicationTitle(rng, context.field, venue, context.niche),
      year,
      venue: venue.name,
      ...(venue.doiPrefix ? { doi: doi(rng, venue, year) } : {}),
      indexClass: venue.indexClass,
      authorRole: rng.weighted(ROLES),
      coAuthors: Array.from({ length: rng.int(0, 5) }, () => coAuthor(rng)),
    };
  });
}

function publicationCount(rng: Rng, context: PublicationContext): number {
  switch (context.level) {
    case 'none':
      return rng.chance(0.3) ? rng.int(1, 3) : 0;
    case 'master':
      return Math.floor(-Math.log(1 - rng.next()) * 2);
    case 'doctorate': {
      const boost = context.title === 'professor' ? 5 : context.title === 'associate_professor' ? 2.5 : 1;
      return Math.floor(boost * 3 * Math.pow(1 - rng.next(), -1 / 1.4)) - 1;
    }
  }
}

function classWeight(indexClass: IndexClass, international: boolean): number {
  switch (indexClass) {
    case 'SCIE':
    case 'SSCI':
    case 'AHCI':
      return international ? 3 : 0.4;
    case 'Scopus':
      return international ? 2 : 0.5;
    case 'ESCI':
      return international ? 1.5 : 0.5;
    case 'domestic_scored':
      return international ? 2.5 : 4;
    case 'other':
      return international ? 0.5 : 2;
  }
}

/**
 * An opener, one of the field's topics and, for most titles, the author's niche (which then names
 * the place, if any); otherwise a generic place.
 */
export function publicationTitle(
  rng: Rng,
  field: FieldVocabulary,
  venue: Venue,
  niche: ResearchNiche,
): string {
  const vietnamese = rng.chance(
    venue.indexClass === 'domestic_scored' || venue.indexClass === 'other' ? 0.85 : 0.02,
  );
  const opener = rng.pick(vietnamese ? OPENERS_VI : OPENERS_EN);
  const topic = rng.pick(vietnamese ? field.topicsVi : field.topicsEn);
  const place = rng.pick(vietnamese ? PLACES_VI : PLACES_EN);
  const { words, placed } = niche.qualify(topic, vietnamese);
  return `${opener} ${topic}${words}${placed ? '' : place}`;
}

function doi(rng: Rng, venue: Venue, year: number): string {
  const journal = venue.name
    .split(/\s+/)
    .map((word) => asciiSlug(word).slice(0, 1))
    .join('');
  return `${venue.doiPrefix}/${journal}.${year}.${rng.int(100000, 999999)}`;
}

function coAuthor(rng: Rng): string {
  const gender = rng.chance(0.45) ? 'female' : 'male';
  return `${rng.weighted(SURNAMES)} ${rng.pick(MIDDLE_NAMES[gender])} ${rng.pick(GIVEN_NAMES[gender])}`;
}
