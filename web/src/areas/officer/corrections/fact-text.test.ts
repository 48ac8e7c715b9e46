import { createInstance, type TFunction } from 'i18next';
import en from '../../../i18n/en/imports';
import vi from '../../../i18n/vi/imports';
import type { CatalogName } from '../../../features/catalog/use-catalog';
import { factText as factTextNamed } from './fact-text';

const NAMES: Partial<Record<CatalogName, Record<string, string>>> = {
  communes: { '22366': 'Phường Nha Trang' },
  'civil-service-ranks': { '01.003': 'Chuyên viên' },
  'honorary-titles': { NGUT: 'Nhà giáo Ưu tú' },
  countries: { JP: 'Nhật Bản' },
};
const nameOf = (catalog: CatalogName, code: string) => NAMES[catalog]?.[code] ?? code;
const factText = (field: string, value: unknown, t: TFunction<'imports'>) =>
  factTextNamed(field, value, t, nameOf);

async function translator(language: 'vi' | 'en'): Promise<TFunction<'imports'>> {
  const i18n = createInstance();
  await i18n.init({
    lng: language,
    resources: { vi: { imports: vi }, en: { imports: en } },
    interpolation: { escapeValue: false },
  });
  return i18n.getFixedT<'imports'>(language, 'imports');
}

describe('factText', () => {
  it('names enum values in the UI language', async () => {
    const [tv, te] = [await translator('vi'), await translator('en')];
    expect(factText('gender', 'female', tv)).toBe('Nữ');
    expect(factText('gender', 'female', te)).toBe('Female');
    expect(factText('status', 'retired', tv)).toBe('Nghỉ hưu');
    expect(factText('sector', 'research_institute', te)).toBe('Research institute');
  });

  it('shows a birth date as dd/mm/yyyy, the calendar day it is', async () => {
    expect(factText('birthDate', '1980-03-05', await translator('vi'))).toBe('05/03/1980');
  });

  it('spells out titles, ranks and hometowns instead of showing objects', async () => {
    const t = await translator('vi');
    expect(factText('academicTitle', { code: 'associate_professor', year: 2015 }, t)).toBe(
      'Phó giáo sư (2015)',
    );
    expect(factText('civilService', { rankCode: '01.003', grade: '3' }, t)).toBe('Chuyên viên, bậc 3');
    expect(factText('civilService', { rankCode: '01.003', grade: null }, t)).toBe('Chuyên viên');
    expect(factText('hometown', { communeCode: '22366', text: null }, t)).toBe('Phường Nha Trang');
    expect(factText('honoraryTitles', [{ code: 'NGUT', year: 2018 }], t)).toBe('Nhà giáo Ưu tú (2018)');
    expect(factText('hometown', { communeCode: null, text: 'Huế' }, t)).toBe('Huế');
    expect(factText('overseasInfo', { willingToContribute: true, topics: ['AI', 'Biển'] }, t)).toBe(
      'Sẵn sàng đóng góp · AI, Biển',
    );
  });

  it('shows nothing as a dash and lists joined', async () => {
    const t = await translator('vi');
    expect(factText('position', null, t)).toBe('—');
    expect(factText('position', '', t)).toBe('—');
    expect(factText('expertise', [], t)).toBe('—');
    expect(factText('expertise', ['thủy sản', 'tôm hùm'], t)).toBe('thủy sản, tôm hùm');
  });

  it('sums up a part item by its filled-in values, without its id', async () => {
    const item = {
      id: 'b6f1',
      degreeLevel: 'master',
      institution: 'Đại học Nha Trang',
      graduationYear: 2005,
      thesis: null,
    };
    expect(factText('educations', item, await translator('vi'))).toBe('master · Đại học Nha Trang · 2005');
    expect(
      factText(
        'educations',
        { id: 'c2', institution: 'Đại học Tokyo', countryCode: 'JP' },
        await translator('vi'),
      ),
    ).toBe('Đại học Tokyo · Nhật Bản');
  });
});
