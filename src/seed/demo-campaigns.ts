import type { CreateCampaignDto } from '../honors';
import { daysFromNow } from './demo-requests';

const THIS_YEAR = () => new Date().getFullYear();

/**
 * The provincial S&T award as the 2021 edition ran it (three review levels, 3 A, 4 B, 7 C and 12
 * consolation prizes, its three categories) with a scoring definition, taking nominations now.
 */
export function demoAwardCampaign(): CreateCampaignDto {
  return {
    kind: 'provincial_st_award',
    title: `Giải thưởng Khoa học và Công nghệ tỉnh Khánh Hòa năm ${THIS_YEAR()}`,
    year: THIS_YEAR(),
    organizerName: 'Sở Khoa học và Công nghệ tỉnh Khánh Hòa',
    nominationsOpen: daysFromNow(-20),
    nominationsClose: daysFromNow(40),
    ceremonyDate: daysFromNow(150),
    categories: ['Nghiên cứu khoa học', 'Phát triển công nghệ', 'Ứng dụng công nghệ'],
    prizeLevels: [
      { code: 'A', name: 'Giải A', quota: 3 },
      { code: 'B', name: 'Giải B', quota: 4 },
      { code: 'C', name: 'Giải C', quota: 7 },
      { code: 'KK', name: 'Giải khuyến khích', quota: 12 },
    ],
    rounds: [
      { name: 'Hội đồng cấp cơ sở', deadline: daysFromNow(70) },
      { name: 'Hội đồng chuyên ngành', deadline: daysFromNow(100) },
      { name: 'Hội đồng cấp tỉnh', deadline: daysFromNow(130) },
    ],
    criteria: [
      { kind: 'resides_or_works_in_province' },
      { kind: 'active' },
      { kind: 'publications', indexClasses: ['SCIE', 'Scopus'], withinYears: 10, minCount: 1 },
      { kind: 'not_previously_honored' },
    ],
    scoring: {
      criteria: [
        { code: 'novelty', name: 'Tính mới, tính sáng tạo', weight: 3 },
        { code: 'impact', name: 'Hiệu quả kinh tế - xã hội tại tỉnh', weight: 4 },
        { code: 'scale', name: 'Phạm vi ứng dụng', weight: 3 },
      ],
      scale: { min: 0, max: 100 },
      method: 'trimmed_mean',
      tieBreak: ['criterion:impact', 'score_count', 'submitted_at'],
      thresholds: [
        { round: 1, minScore: 60 },
        { round: 2, minScore: 70 },
      ],
    },
  };
}

/** Trí thức tiêu biểu: people may nominate themselves, signing the declarations the criteria ask. */
export function demoExemplaryCampaign(): CreateCampaignDto {
  return {
    kind: 'exemplary_intellectual',
    title: `Tuyên dương Trí thức tiêu biểu tỉnh Khánh Hòa năm ${THIS_YEAR()}`,
    year: THIS_YEAR(),
    organizerName: 'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Khánh Hòa',
    nominationsOpen: daysFromNow(-5),
    nominationsClose: daysFromNow(55),
    allowsSelfNomination: true,
    rounds: [{ name: 'Hội đồng xét chọn', deadline: daysFromNow(85) }],
    criteria: [
      { kind: 'resides_or_works_in_province' },
      { kind: 'active' },
      { kind: 'min_degree_or_title', level: 'master' },
      {
        kind: 'declaration',
        declarationText: 'Tôi cam đoan không đang chấp hành án và chưa có tiền án.',
      },
    ],
  };
}
