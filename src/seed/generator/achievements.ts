import type { AcademicTitleCode, HonoraryTitle } from '../../intellectuals';
import type { ProjectLevel } from '../../intellectuals';
import type {
  GeneratedAward,
  GeneratedIntellectualProperty,
  GeneratedMembership,
  GeneratedResearchProject,
} from '../generated-profile';
import type { Rng } from '../prng';
import type { FieldVocabulary } from '../vocabulary/fields';
import { ASSOCIATIONS } from '../vocabulary/organizations';
import type { ResearchNiche } from './niche';
import { pad } from './person';

interface AchievementContext {
  birthYear: number;
  careerStart: number;
  lastYear: number;
  asOfYear: number;
  level: 'none' | 'master' | 'doctorate';
  title?: AcademicTitleCode;
  field: FieldVocabulary;
  fieldCode: string;
  sector: string;
  niche: ResearchNiche;
}

const year = (rng: Rng, context: AchievementContext, from = context.careerStart) =>
  rng.int(Math.min(from, context.lastYear), context.lastYear);

/** Patents and utility solutions are rare; engineering, biotech and aquaculture people hold most. */
export function generateIntellectualProperties(
  rng: Rng,
  context: AchievementContext,
): GeneratedIntellectualProperty[] {
  const degreeFactor = context.level === 'doctorate' ? 2 : context.level === 'master' ? 1 : 0.4;
  const odds = 0.02 * context.field.ipPropensity * degreeFactor * (context.title ? 2 : 1);
  if (!rng.chance(odds)) return [];
  const plants = context.fieldCode === '401' || context.fieldCode === '406';
  return Array.from(
    {
      length: rng.weighted([
        [1, 70],
        [2, 20],
        [3, 7],
        [6, 3],
      ] as const),
    },
    () => {
      const kind = rng.weighted([
        ['patent', 35],
        ['utility_solution', 50],
        ['industrial_design', context.fieldCode.startsWith('2') ? 5 : 0],
        ['plant_variety', plants ? 30 : 0],
      ] as const);
      const granted = year(rng, context);
      const topic = rng.pick(context.field.topicsVi);
      const numbers = {
        patent: `1-00${rng.int(10000, 49999)}`,
        utility_solution: `2-000${rng.int(1000, 3999)}`,
        industrial_design: `3-00${rng.int(10000, 49999)}`,
        plant_variety: `${rng.int(100, 999)}.VN.${granted}`,
      };
      return {
        kind,
        title: kind === 'plant_variety' ? `Giống ${topic}` : `Quy trình và thiết bị phục vụ ${topic}`,
        number: numbers[kind],
        issuer: kind === 'plant_variety' ? 'Cục Trồng trọt' : 'Cục Sở hữu trí tuệ',
        year: granted,
        status: rng.weighted([
          ['granted', 75],
          ['filed', 20],
          ['expired', 5],
        ] as const),
      };
    },
  );
}

/** Most of a person's projects are on their niche, like their publications. */
function projectTitle(rng: Rng, context: AchievementContext): string {
  const topic = rng.pick(context.field.topicsVi);
  return `Nghiên cứu ${topic}${context.niche.qualify(topic, true).words}`;
}

const PROJECT_CODES: Record<ProjectLevel, (rng: Rng, start: number) => string> = {
  national: (rng, start) => `ĐTĐL.CN-${pad(rng.int(1, 99), 2)}/${start % 100}`,
  ministerial: (rng, start) => `B${start}-TSN-${pad(rng.int(1, 60), 2)}`,
  provincial: (rng, start) => `KHCN-KH-${start}-${pad(rng.int(1, 40), 2)}`,
  grassroots: (rng, start) => `CS-${start}-${pad(rng.int(1, 99), 2)}`,
};

export function generateResearchProjects(rng: Rng, context: AchievementContext): GeneratedResearchProject[] {
  if (context.level === 'none' && !rng.chance(0.1)) return [];
  const scale = context.title ? 3 : context.level === 'doctorate' ? 2 : 1;
  const count = Math.min(12, Math.floor(-Math.log(1 - rng.next()) * scale));
  return Array.from({ length: count }, () => {
    const level = rng.weighted([
      ['grassroots', 45],
      ['provincial', 30],
      ['ministerial', 15],
      ['national', context.level === 'doctorate' ? 10 : 2],
    ] as const);
    const startYear = year(rng, context);
    const endYear = startYear + rng.int(1, 3);
    return {
      code: PROJECT_CODES[level](rng, startYear),
      title: projectTitle(rng, context),
      level,
      role: rng.weighted([
        ['lead', 35],
        ['secretary', 15],
        ['member', 50],
      ] as const),
      startYear,
      endYear,
      outcome:
        endYear > context.asOfYear
          ? 'Đang thực hiện'
          : rng.weighted([
              ['Nghiệm thu đạt', 60],
              ['Nghiệm thu xuất sắc', 25],
              ['Nghiệm thu khá', 15],
            ] as const),
    };
  });
}

const AWARDS: ReadonlyArray<readonly [Omit<GeneratedAward, 'year'> & { since?: number }, number]> = [
  [
    {
      name: 'Bằng khen của Chủ tịch UBND tỉnh Khánh Hòa',
      level: 'provincial',
      issuer: 'UBND tỉnh Khánh Hòa',
    },
    40,
  ],
  [{ name: 'Chiến sĩ thi đua cấp tỉnh', level: 'provincial', issuer: 'UBND tỉnh Khánh Hòa' }, 25],
  [
    {
      name: 'Bằng khen của Bộ trưởng Bộ Khoa học và Công nghệ',
      level: 'ministerial',
      issuer: 'Bộ Khoa học và Công nghệ',
    },
    12,
  ],
  [
    {
      name: 'Giải thưởng Khoa học và Công nghệ tỉnh Khánh Hòa',
      prizeCode: 'GT_KHCN_KH',
      level: 'provincial',
      issuer: 'UBND tỉnh Khánh Hòa',
      since: 2020,
    },
    12,
  ],
  [
    {
      name: 'Giải thưởng Sáng tạo Khoa học Công nghệ Việt Nam (VIFOTEC)',
      prizeCode: 'VIFOTEC',
      level: 'national',
      issuer: 'Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam',
    },
    6,
  ],
];
const STATE_PRIZE = {
  name: 'Giải thưởng Nhà nước về Khoa học và Công nghệ',
  prizeCode: 'GTNN',
  level: 'national',
  issuer: 'Chủ tịch nước',
} as const;

export function generateAwards(rng: Rng, context: AchievementContext): GeneratedAward[] {
  const odds = context.title ? 0.45 : context.level === 'doctorate' ? 0.2 : 0.05;
  if (!rng.chance(odds)) return [];
  const awards: GeneratedAward[] = Array.from({ length: rng.int(1, context.title ? 4 : 2) }, () => {
    const { since, ...award } = rng.weighted(AWARDS);
    return { ...award, year: year(rng, context, Math.max(context.careerStart, since ?? 0)) };
  });
  if (context.title === 'professor' && rng.chance(0.05))
    awards.push({ ...STATE_PRIZE, year: year(rng, context) });
  return awards;
}

export function generateMemberships(rng: Rng, context: AchievementContext): GeneratedMembership[] {
  if (!rng.chance(context.level === 'none' ? 0.15 : 0.35)) return [];
  return rng.sample(ASSOCIATIONS, rng.int(1, 2)).map((associationName) => ({
    associationName,
    role: rng.weighted([
      ['Hội viên', 80],
      ['Ủy viên Ban Chấp hành', 15],
      ['Phó Chủ tịch', 5],
    ] as const),
    fromYear: year(rng, context),
  }));
}

/** State honorary titles: teachers (NGƯT/NGND), physicians (TTƯT/TTND), artists (NSƯT). */
export function generateHonoraryTitles(rng: Rng, context: AchievementContext): HonoraryTitle[] {
  const age = context.asOfYear - context.birthYear;
  if (age < 45) return [];
  const when = () => rng.int(Math.min(context.birthYear + 40, context.asOfYear), context.asOfYear);
  if (context.sector === 'university' && rng.chance(context.title ? 0.2 : 0.03)) {
    return [{ code: rng.chance(0.1) ? 'NGND' : 'NGUT', year: when() }];
  }
  if (context.fieldCode.startsWith('3') && rng.chance(0.05)) {
    return [{ code: rng.chance(0.1) ? 'TTND' : 'TTUT', year: when() }];
  }
  if (context.fieldCode === '604' && rng.chance(0.05)) return [{ code: 'NSUT', year: when() }];
  if (rng.chance(0.0005)) return [{ code: 'AHLD', year: when() }];
  return [];
}
