import type { AcademicTitleCode } from '../../intellectuals';
import type { DegreeLevel } from '../../intellectuals';
import type { GeneratedEducation } from '../generated-profile';
import type { Rng } from '../prng';
import type { FieldVocabulary } from '../vocabulary/fields';
import { OVERSEAS_COUNTRIES, OverseasCountry } from '../vocabulary/overseas';

interface EducationContext {
  birthYear: number;
  asOfYear: number;
  field: FieldVocabulary;
  fieldCode: string;
  title?: AcademicTitleCode;
  abroad?: OverseasCountry;
}

const MEDICAL = new Set(['302', '303', '304']);

/**
 * The degree chain of a person: a first degree at 21–24, then master, doctorate (and rarely a legacy
 * doctor of science), or the medical specialist track; each degree is kept only if already earned.
 */
export function generateEducations(rng: Rng, context: EducationContext): GeneratedEducation[] {
  const target = targetDegree(rng, context);
  const medical = MEDICAL.has(context.fieldCode);
  const first: DegreeLevel =
    !medical && context.fieldCode.startsWith('2') && rng.chance(0.6) ? 'engineer' : 'bachelor';
  const chain: Array<[DegreeLevel, number]> = [[first, rng.int(medical ? 23 : 21, medical ? 25 : 24)]];
  const add = (level: DegreeLevel, minGap: number, maxGap: number) =>
    chain.push([level, chain[chain.length - 1][1] + rng.int(minGap, maxGap)]);

  switch (target) {
    case 'bachelor':
    case 'engineer':
      break;
    case 'master':
      add('master', 2, 6);
      break;
    case 'specialist_1':
      add('specialist_1', 2, 5);
      break;
    case 'specialist_2':
      add('specialist_1', 2, 5);
      add('specialist_2', 3, 6);
      break;
    case 'resident':
      add('resident', 3, 3);
      break;
    case 'doctorate':
    case 'doctor_of_science':
      if (rng.chance(0.85)) add('master', 2, 5);
      add('doctorate', 3, 6);
      if (target === 'doctor_of_science') add('doctor_of_science', 5, 10);
      break;
  }
  return chain
    .map(([level, age]) => ({ level, year: context.birthYear + age }))
    .filter(({ year }) => year <= context.asOfYear)
    .map(({ level, year }, step) => {
      const where = institution(rng, context, step > 0, year);
      return {
        level,
        fieldCode: context.fieldCode,
        major: rng.pick(context.field.majors),
        institution: where.name,
        countryCode: where.country,
        year,
      };
    });
}

function targetDegree(rng: Rng, context: EducationContext): DegreeLevel {
  if (context.title) {
    return context.birthYear < 1960 && rng.chance(0.15) ? 'doctor_of_science' : 'doctorate';
  }
  const age = context.asOfYear - context.birthYear;
  const options: Array<readonly [DegreeLevel, number]> = MEDICAL.has(context.fieldCode)
    ? [
        ['bachelor', 40],
        ['master', 15],
        ['specialist_1', 22],
        ['specialist_2', 10],
        ['resident', 3],
        ['doctorate', 10],
      ]
    : context.abroad
      ? [
          ['bachelor', 20],
          ['master', 35],
          ['doctorate', 45],
        ]
      : [
          ['bachelor', 50],
          ['master', 33],
          ['doctorate', 17],
        ];
  const level = rng.weighted(options);
  if (level === 'doctorate' && age < 29) return 'master';
  return level;
}

function institution(
  rng: Rng,
  context: EducationContext,
  postgraduate: boolean,
  year: number,
): { name: string; country: string } {
  const abroadChance = context.abroad ? (postgraduate ? 0.8 : 0.1) : postgraduate ? 0.3 : 0.03;
  if (rng.chance(abroadChance)) {
    const country =
      context.abroad ??
      (year < 1992 && rng.chance(0.7)
        ? OVERSEAS_COUNTRIES.find((c) => c.code === 'RU')!
        : rng.weighted(OVERSEAS_COUNTRIES.map((c) => [c, c.weight] as const)));
    return { name: rng.pick(country.universities), country: country.code };
  }
  return { name: rng.pick(context.field.institutions), country: 'VN' };
}
