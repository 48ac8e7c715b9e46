import { ageBandLabel, ageBandOf } from '../../../src/intellectuals/summary/age-bands';
import { IndexerService } from '../../../src/search/indexer/indexer.service';
import { createProfile, ProfileSpec } from '../../support/factories/search-profile.factory';
import { bearer, startTestApp, TestApp } from '../../support/test-app';
import { SearchBody } from './search-body';

/** Fictional people; keys name them in the expectations below. */
const PEOPLE: Record<string, ProfileSpec> = {
  anIT: {
    fullName: 'Nguyễn Văn An',
    organization: 'NTU',
    primaryFieldCode: '102',
    fieldCodes: ['102'],
    expertise: ['trí tuệ nhân tạo', 'học máy'],
    position: 'Giảng viên',
    birthDate: '1990-03-02',
    degrees: ['master', 'doctorate'],
    publicationTitles: [{ title: 'Deep learning for reef fish recognition', indexClass: 'SCIE' }],
  },
  anAqua: {
    fullName: 'Nguyễn Văn An',
    organization: 'RIA3',
    primaryFieldCode: '405',
    fieldCodes: ['405'],
    expertise: ['nuôi trồng thủy sản', 'tôm hùm lồng'],
    degrees: ['master'],
  },
  ngoc: {
    fullName: 'Trần Thị Bích Ngọc',
    organization: 'IO',
    fieldCodes: ['105'],
    expertise: ['hải dương học', 'rạn san hô'],
    academicTitle: { code: 'professor', year: 2015 },
    degrees: ['doctorate'],
  },
  duc: {
    fullName: 'Lê Minh Đức',
    organization: 'PASTEUR-NT',
    fieldCodes: ['305'],
    expertise: ['vắc xin', 'miễn dịch học'],
    degrees: ['doctorate'],
  },
  hong: {
    fullName: 'Phạm Thị Hồng',
    organization: 'UKH',
    fieldCodes: ['502'],
    expertise: ['du lịch bền vững'],
  },
  hung: {
    fullName: 'Võ Quốc Hùng',
    fieldCodes: ['202'],
    expertise: ['năng lượng tái tạo', 'lưới điện thông minh'],
  },
  trang: {
    fullName: 'Đặng Thu Trang',
    fieldCodes: ['102'],
    expertise: ['xử lý ngôn ngữ tự nhiên'],
    publicationTitles: ['Ứng dụng trí tuệ nhân tạo trong chẩn đoán hình ảnh'],
  },
  tai: {
    fullName: 'Huỳnh Văn Tài',
    countryCode: 'JP',
    sector: 'overseas',
    fieldCodes: ['203'],
    expertise: ['robot công nghiệp'],
  },
  lan: {
    fullName: 'Bùi Thị Lan',
    organization: 'BVDK-KH',
    fieldCodes: ['302'],
    expertise: ['tim mạch can thiệp'],
    degrees: ['specialist_2'],
    honoraryTitles: [{ code: 'TTUT', year: 2020 }],
    gender: 'female',
    birthDate: '1961-08-09',
  },
  khoa: { fullName: 'Ngô Đình Khoa', fieldCodes: ['505'], expertise: ['luật đất đai'] },
  mai: { fullName: 'Đỗ Thị Mai', fieldCodes: ['503'], expertise: ['giáo dục STEM'] },
  nam: {
    fullName: 'Hoàng Văn Nam',
    organization: 'NTU',
    fieldCodes: ['405'],
    expertise: ['khai thác cá ngừ đại dương'],
    degrees: ['doctorate'],
  },
  thanh: {
    fullName: 'Trương Công Thành',
    fieldCodes: ['202'],
    expertise: ['công nghệ thông tin', 'an ninh mạng'],
    publicProfile: false,
  },
  chi: { fullName: 'Lý Thị Kim Chi', fieldCodes: ['104'], expertise: ['hóa dược'], status: 'retired' },
  binh: { fullName: 'Phan Thanh Bình', fieldCodes: ['601'], expertise: ['khảo cổ Chăm'], status: 'deceased' },
  yen: { fullName: 'Cao Thị Yến', fieldCodes: ['106'], expertise: ['yến sào', 'sinh học chim'] },
  truong: { fullName: 'Mai Xuân Trường', fieldCodes: ['302'], expertise: ['y học cổ truyền', 'châm cứu'] },
  khai: {
    fullName: 'Đinh Văn Khải',
    fieldCodes: ['201'],
    expertise: ['kết cấu công trình biển'],
    communeCode: '22333',
  },
  ha: { fullName: 'Tạ Thị Thu Hà', fieldCodes: ['602'], expertise: ['ngôn ngữ Raglai'] },
  tuan: { fullName: 'Kiều Minh Tuấn', fieldCodes: ['105'], expertise: ['biến đổi khí hậu', 'xâm nhập mặn'] },
  phuc: {
    fullName: 'Quách Hữu Phúc',
    fieldCodes: ['211'],
    expertise: ['chế biến nước mắm'],
    ipTitles: ['Quy trình lên men nước mắm nhanh'],
  },
  hoa: { fullName: 'Trần Văn Hòa', fieldCodes: ['106'], expertise: ['sinh thái rừng ngập mặn'] },
  hieu: { fullName: 'Trần Văn Hiếu', fieldCodes: ['201'], expertise: ['cầu đường'] },
  hai: { fullName: 'Trần Văn Hải', fieldCodes: ['405'], expertise: ['bệnh tôm'] },
};

type Key = keyof typeof PEOPLE;

/** [query string, people expected first (in any order among themselves)] */
const CASES: Array<[string, Key[]]> = [
  ['q=nguyen van an', ['anIT', 'anAqua']],
  ['q=Nguyễn Văn An thủy sản', ['anAqua']],
  ['q=nguyen van an hoc may', ['anIT']],
  ['q=le minh duc', ['duc']],
  ['q=vacxin', ['duc']],
  ['q=vaccine', ['duc']],
  ['q=vắc xin', ['duc']],
  ['q=hai duong hoc', ['ngoc']],
  ['q=hải dươg học', ['ngoc']],
  ['q=oceanography', ['ngoc']],
  ['q=CNTT', ['thanh']],
  ['q=công nghệ thông tin', ['thanh']],
  ['q=AI', ['anIT', 'trang']],
  ['q=trí tuệ nhân tạo', ['anIT', 'trang']],
  ['q=NTTS', ['anAqua']],
  ['q=nuoi trong thuy san', ['anAqua']],
  ['q=renewable energy', ['hung']],
  ['q=du lich', ['hong']],
  ['q=y hoc co truyen', ['truong']],
  ['q=tim mach', ['lan']],
  ['q=Pasteur', ['duc']],
  ['q=yen sao', ['yen']],
  ['q=bien doi khi hau', ['tuan']],
  ['q=nuoc mam', ['phuc']],
  ['q=giao su', ['ngoc']],
  ['q=tran van hoa', ['hoa']],
  ['q=tran van hai', ['hai']],
  // One typo in a syllable of three or four letters (most Vietnamese syllables are that short).
  ['q=tran van hia', ['hai', 'hieu', 'hoa']],
  ['q=tran van hao', ['hai', 'hoa']],
  ['q=le mih duc', ['duc']],
  ['q=vo quoc hng', ['hung']],
  ['q=ngo dinh koa', ['khoa']],
  ['q=do thi mao', ['mai']],
  ['q=bui thi lna', ['lan']],
  ['q=dang thu trag', ['trang']],
  ['q=cao thi yem', ['yen']],
  ['fieldCode=4', ['anAqua', 'nam', 'hai']],
  ['fieldCode=405&degreeLevel=master', ['anAqua']],
  ['fieldCode=405&fieldCode=305', ['anAqua', 'nam', 'hai', 'duc']],
  ['overseas=true', ['tai']],
  ['countryCode=JP', ['tai']],
  ['academicTitle=professor', ['ngoc']],
  ['communeCode=22333', ['khai']],
  ['q=nguyen van an&fieldCode=1', ['anIT']],
];

jest.setTimeout(60_000);

/** Macro-averaged precision of the text queries with the shipped typo tolerance (BENCHMARKS.md). */
const PRECISION_FLOOR = 0.87;

describe('search relevance (Vietnamese, typos, synonyms, facets)', () => {
  let t: TestApp;
  let officer: string;
  const ids: Record<string, string> = {};
  const keyOf = (id: string) => Object.keys(ids).find((key) => ids[key] === id) ?? id;
  const staffSearch = async (params: string): Promise<SearchBody> =>
    (await t.http.get(`/api/v1/search/intellectuals?${params}`).set(bearer(officer)).expect(200))
      .body as SearchBody;

  beforeAll(async () => {
    t = await startTestApp();
    officer = (await t.account(['association_staff'])).token;
    for (const [key, spec] of Object.entries(PEOPLE)) ids[key] = (await createProfile(t.dataSource, spec)).id;
    await t.app.get(IndexerService).drain();
  });
  afterAll(() => t.close());

  it.each<[string, Key[]]>(CASES)('%s → %j', async (params, expected) => {
    const { items, total } = await staffSearch(params);
    expect(
      items
        .slice(0, expected.length)
        .map((hit) => keyOf(hit.id))
        .sort(),
    ).toEqual([...expected].sort());
    // Filters alone select exactly these people; a text query may rank others below them.
    if (!params.startsWith('q=')) expect(total).toBe(expected.length);
  });

  /**
   * Over the text queries of CASES, with up to 100 hits each: the share of cases whose expected people
   * come first, and the macro averages of precision (expected among all hits) and recall.
   * Figures per typo setting: BENCHMARKS.md, "Search relevance".
   */
  it('keeps precision and recall of the text queries at the measured levels', async () => {
    const text = CASES.filter(([params]) => params.startsWith('q='));
    let firstRight = 0;
    let precision = 0;
    let recall = 0;
    for (const [params, expected] of text) {
      const found = (await staffSearch(`${params}&limit=100`)).items.map((hit) => keyOf(hit.id));
      const relevant = found.filter((key) => expected.includes(key)).length;
      if ([...found.slice(0, expected.length)].sort().join() === [...expected].sort().join()) firstRight++;
      precision += found.length ? relevant / found.length : 0;
      recall += relevant / expected.length;
    }
    const figures = {
      firstRight: firstRight / text.length,
      precision: precision / text.length,
      recall: recall / text.length,
    };
    expect(figures.firstRight).toBe(1);
    expect(figures.recall).toBe(1);
    expect(figures.precision).toBeGreaterThanOrEqual(PRECISION_FLOOR);
  });

  it('tells people with the same name apart by field and organization', async () => {
    const { items } = await staffSearch('q=nguyen van an');
    expect(
      items
        .slice(0, 2)
        .map((hit) => [(hit.organizationAliases as string[])[2], (hit.fieldNames as string[])[0]])
        .sort(),
    ).toEqual([
      ['NTU', 'Khoa học máy tính và thông tin'],
      ['RIA3', 'Thủy sản'],
    ]);
  });

  it('shows staff active people by default, others on request', async () => {
    expect((await staffSearch('q=phan thanh binh')).total).toBe(0);
    expect(
      (await staffSearch('q=phan thanh binh&status=deceased')).items.map((hit) => keyOf(hit.id)),
    ).toEqual(['binh']);
    expect((await staffSearch('q=ly thi kim chi&status=active&status=retired')).total).toBe(1);
  });

  it('counts facets with Vietnamese labels, a level-1 field counting its sub-fields, age bands from birth years', async () => {
    const { facets } = await staffSearch(
      'facets=fieldCode,degreeLevel,academicTitle,communeCode,countryCode,organizationId,sector&facets=ageBand&limit=1',
    );
    expect(facets.fieldCode).toEqual(
      expect.arrayContaining([
        { value: '1', label: 'Khoa học tự nhiên', count: 6 },
        { value: '4', label: 'Khoa học nông nghiệp', count: 3 },
        { value: '405', label: 'Thủy sản', count: 3 },
        { value: '102', label: 'Khoa học máy tính và thông tin', count: 2 },
      ]),
    );
    expect(facets.degreeLevel).toEqual([
      { value: 'doctorate', label: 'Tiến sĩ', count: 4 },
      { value: 'specialist_2', label: 'Bác sĩ/Dược sĩ chuyên khoa cấp II', count: 1 },
      { value: 'master', label: 'Thạc sĩ', count: 1 },
    ]);
    expect(facets.academicTitle).toEqual([{ value: 'professor', label: 'Giáo sư', count: 1 }]);
    expect(facets.communeCode).toEqual([{ value: '22333', label: 'Phường Bắc Nha Trang', count: 1 }]);
    expect(facets.countryCode).toEqual([
      { value: 'VN', label: 'Việt Nam', count: 21 },
      { value: 'JP', label: 'Nhật Bản', count: 1 },
    ]);
    expect(facets.organizationId).toContainEqual({
      value: expect.any(String),
      label: 'Trường Đại học Nha Trang',
      count: 2,
    });
    expect(facets.sector).toEqual(
      expect.arrayContaining([
        { value: 'university', label: 'Cơ sở giáo dục đại học', count: 3 },
        { value: 'overseas', label: 'Làm việc ở nước ngoài', count: 1 },
      ]),
    );
    expect(facets.ageBand).toEqual(
      [
        { value: ageBandOf(1990)!, count: 1 },
        { value: ageBandOf(1961)!, count: 1 },
      ].map((item) => ({ ...item, label: ageBandLabel(item.value) })),
    );
    const inBand = await staffSearch(`ageBand=${ageBandOf(1961)!}`);
    expect(inBand.items.map((hit) => keyOf(hit.id))).toEqual(['lan']);
  });

  it('highlights matches with HTML-escaped text', async () => {
    const { items } = await staffSearch('q=hai duong hoc');
    expect(items[0].highlight).toMatchObject({
      // "hoc" is one typo from "hô" too (one typo from three letters), so "rạn san hô" is marked as well.
      expertise: ['<mark>hải</mark> <mark>dương</mark> <mark>học</mark>', 'rạn san <mark>hô</mark>'],
    });
  });
});
