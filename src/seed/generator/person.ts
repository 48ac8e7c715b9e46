import { foldVietnamese } from '../../common/text/normalize';
import type { AcademicTitleCode, Gender, Hometown } from '../../intellectuals';
import type { Rng } from '../prng';
import { MINORITY_GROUPS } from '../vocabulary/ethnic-minorities';
import { BIRTH_PROVINCE_CODES, OTHER_PROVINCES, RESIDENCE_COMMUNES } from '../vocabulary/places';
import {
  COMPOUND_MIDDLE_NAMES,
  GIVEN_NAMES,
  HOA_SURNAMES,
  MIDDLE_NAMES,
  SURNAMES,
} from '../vocabulary/vietnamese-names';

/** Who the person is: name, birth, ethnicity, hometown and citizen ID. */
export interface Person {
  fullName: string;
  surname: string;
  givenName: string;
  gender: Gender;
  birthYear: number;
  birthDate: string;
  ethnicGroupCode: string;
  /** The commune of an ethnic-minority person's community, where they likely live. */
  homeCommune?: string;
  hometown: Hometown;
  nationalId: string;
}

/** Citizen IDs are unique while the index stays below this. */
export const MAX_PROFILES = 1_000_000;

export function generatePerson(
  rng: Rng,
  index: number,
  context: { asOfYear: number; title?: AcademicTitleCode },
): Person {
  const gender: Gender = rng.chance(context.title ? 0.28 : 0.46) ? 'female' : 'male';
  const birthYear = context.asOfYear - age(rng, context.title);
  const month = rng.int(1, 12);
  const day = rng.int(1, 28);
  const birthDate = `${birthYear}-${pad(month, 2)}-${pad(day, 2)}`;
  const name = personName(rng, gender);
  const hometown: Hometown = name.homeCommune
    ? { communeCode: name.homeCommune }
    : rng.chance(0.8)
      ? { communeCode: rng.weighted(RESIDENCE_COMMUNES) }
      : { text: rng.pick(OTHER_PROVINCES) };
  return {
    ...name,
    gender,
    birthYear,
    birthDate,
    hometown,
    nationalId: nationalId(rng, index, gender, birthYear, hometown),
  };
}

function age(rng: Rng, title: AcademicTitleCode | undefined): number {
  if (title === 'professor') return rng.int(48, 80);
  if (title === 'associate_professor') return rng.int(38, 72);
  const band = rng.weighted<readonly [number, number]>([
    [[24, 29], 14],
    [[30, 39], 30],
    [[40, 49], 25],
    [[50, 59], 18],
    [[60, 69], 9],
    [[70, 85], 4],
  ]);
  return rng.int(band[0], band[1]);
}

function personName(
  rng: Rng,
  gender: Gender,
): Pick<Person, 'fullName' | 'surname' | 'givenName' | 'ethnicGroupCode' | 'homeCommune'> {
  const ethnicity = rng.weighted([
    ['kinh', 96],
    ['hoa', 1],
    ['minority', 3],
  ] as const);
  if (ethnicity === 'minority') {
    const group = rng.weighted(MINORITY_GROUPS.map((g) => [g, g.weight] as const));
    const fullName = group.name(gender, (items) => rng.pick(items)).normalize('NFC');
    const parts = fullName.split(' ');
    return {
      fullName,
      surname: parts[0],
      givenName: parts[parts.length - 1],
      ethnicGroupCode: group.code,
      homeCommune: rng.pick(group.communes),
    };
  }
  const surname = ethnicity === 'hoa' ? rng.pick(HOA_SURNAMES) : rng.weighted(SURNAMES);
  const compound = COMPOUND_MIDDLE_NAMES[gender];
  const middle = rng.chance(0.25)
    ? `${rng.pick(compound.first)} ${rng.pick(compound.second)}`
    : rng.pick(MIDDLE_NAMES[gender]);
  const givenName = rng.pick(GIVEN_NAMES[gender]);
  return {
    fullName: `${surname} ${middle} ${givenName}`.normalize('NFC'),
    surname,
    givenName,
    ethnicGroupCode: ethnicity === 'hoa' ? '04' : '01',
  };
}

/**
 * 12 digits: birth province (3), gender and century (1), year of birth (2), serial (6). The serial
 * is a bijection of the index, so IDs are unique within a generated set of up to MAX_PROFILES.
 */
function nationalId(rng: Rng, index: number, gender: Gender, birthYear: number, hometown: Hometown): string {
  const province = hometown.communeCode
    ? Number(hometown.communeCode) >= 22738
      ? BIRTH_PROVINCE_CODES.ninhThuan
      : BIRTH_PROVINCE_CODES.khanhHoa
    : rng.pick(BIRTH_PROVINCE_CODES.other);
  const century = (birthYear >= 2000 ? 2 : 0) + (gender === 'female' ? 1 : 0);
  const serial = (index * 7919 + 104729) % MAX_PROFILES;
  return `${province}${century}${pad(birthYear % 100, 2)}${pad(serial, 6)}`;
}

/** Lower-case ASCII letters of a name (for e-mail addresses and slugs). */
export function asciiSlug(text: string): string {
  return foldVietnamese(text).replace(/[^a-z0-9]/g, '');
}

export function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
