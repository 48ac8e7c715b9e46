import type { CandidateReasonView } from './candidates.view';
import type { PhraseEvidence } from './evidence';
import type { Place } from './matching-params';
import type { FieldCoverage } from './scoring';

const PLACE_NAMES: Record<Place, { en: string; vi: string; enMany: string; viMany: string }> = {
  expertise: { en: 'expertise', vi: 'chuyên môn', enMany: 'expertise entries', viMany: 'mục chuyên môn' },
  field: { en: 'field', vi: 'lĩnh vực', enMany: 'fields', viMany: 'lĩnh vực' },
  project: {
    en: 'research project title',
    vi: 'tên đề tài, dự án',
    enMany: 'research project titles',
    viMany: 'tên đề tài, dự án',
  },
  patent: {
    en: 'patent or other IP title',
    vi: 'tên sáng chế, văn bằng SHTT',
    enMany: 'patent or other IP titles',
    viMany: 'tên sáng chế, văn bằng SHTT',
  },
  publication: {
    en: 'publication title',
    vi: 'tên công bố',
    enMany: 'publication titles',
    viMany: 'tên công bố',
  },
  award: { en: 'award', vi: 'giải thưởng', enMany: 'awards', viMany: 'giải thưởng' },
  position: { en: 'position', vi: 'chức vụ', enMany: 'positions', viMany: 'chức vụ' },
  biography: { en: 'biography', vi: 'tiểu sử', enMany: 'biography', viMany: 'tiểu sử' },
};

/** "tôm hùm" in expertise ("tôm hùm bông"); in 3 publication titles ("…", "…", "…") */
export function phraseReason(match: PhraseEvidence): CandidateReasonView {
  const where = (lang: 'en' | 'vi') =>
    match.places
      .map(({ place, texts, count }) => {
        const names = PLACE_NAMES[place];
        const name = count > 1 ? `${count} ${lang === 'en' ? names.enMany : names.viMany}` : names[lang];
        return `${lang === 'en' ? 'in' : 'ở'} ${name} (${texts.map((text) => `“${clip(text)}”`).join(', ')})`;
      })
      .join('; ');
  return {
    code: 'phrase',
    message: `“${match.phrase}” ${where('en')}`,
    messageVi: `“${match.phrase}” ${where('vi')}`,
  };
}

export function fieldsReason(
  coverage: FieldCoverage,
  name: (code: string) => { vi: string; en: string },
): CandidateReasonView | null {
  if (!coverage.covered.length && !coverage.near.length) return null;
  const list = (codes: string[], lang: 'en' | 'vi') =>
    codes.map((code) => `${code} ${name(code)[lang]}`).join(', ');
  const part = (lang: 'en' | 'vi') =>
    [
      coverage.covered.length
        ? `${lang === 'en' ? 'covers the requested fields' : 'thuộc lĩnh vực yêu cầu'} ${list(coverage.covered, lang)}`
        : '',
      coverage.near.length
        ? `${lang === 'en' ? 'works next to' : 'gần lĩnh vực'} ${list(coverage.near, lang)}`
        : '',
    ]
      .filter(Boolean)
      .join('; ');
  return { code: 'fields', message: capitalise(part('en')), messageVi: capitalise(part('vi')) };
}

export function standingReason(
  title: { vi: string; en: string } | null,
  degree: { vi: string; en: string } | null,
): CandidateReasonView | null {
  if (!title && !degree) return null;
  const line = (lang: 'en' | 'vi') =>
    [title?.[lang], degree ? `${lang === 'en' ? 'highest degree' : 'học vị cao nhất'}: ${degree[lang]}` : '']
      .filter(Boolean)
      .join('; ');
  return { code: 'standing', message: capitalise(line('en')), messageVi: capitalise(line('vi')) };
}

function clip(text: string): string {
  return text.length > 120 ? `${text.slice(0, 117)}…` : text;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
