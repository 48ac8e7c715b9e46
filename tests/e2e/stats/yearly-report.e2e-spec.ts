import { WorkforceRefresher } from '../../../src/stats';
import { currentYear } from '../../../src/intellectuals';
import { createProfile } from '../../support/factories/search-profile.factory';
import { binary } from '../../support/fixtures/imports/run-import';
import { docxText, pdfPageTexts } from '../../support/report-text';
import { bearer, startTestApp, TestApp } from '../../support/test-app';

jest.setTimeout(60_000);

describe('the yearly report', () => {
  let t: TestApp;
  let officer: string;
  const year = currentYear();
  const download = (format: 'docx' | 'pdf', query: string, token = officer) =>
    t.http
      .get(`/api/v1/stats/yearly-report.${format}?${query}`)
      .set(bearer(token))
      .buffer(true)
      .parse(binary);

  beforeAll(async () => {
    t = await startTestApp();
    officer = (await t.account(['personnel_officer'])).token;
    for (let i = 0; i < 12; i++) {
      await createProfile(t.dataSource, {
        fullName: `Báo Cáo Viên ${i}`,
        gender: i < 7 ? 'male' : 'female',
        birthDate: `${1960 + i}-03-01`,
        sector: 'university',
        degrees: ['doctorate'],
      });
    }
    await t.app.get(WorkforceRefresher).drain();
  });
  afterAll(() => t.close());

  it('writes the year’s report in Vietnamese as a Word document, with the breakdowns and targets', async () => {
    const response = await download('docx', `year=${year}`).expect(200);
    expect(response.headers['content-disposition']).toContain(`bao-cao-doi-ngu-tri-thuc-${year}.docx`);
    const text = await docxText(response.body as Buffer);
    expect(text).toContain(`BÁO CÁO TÌNH HÌNH ĐỘI NGŨ TRÍ THỨC TỈNH KHÁNH HÒA NĂM ${year}`);
    expect(text).toContain('Theo trình độ và giới tính');
    // 12 doctorates: 7 men, 5 women, shown; the total of the degree table
    expect(text).toMatch(/Tiến sĩ\s*7\s*5\s*12/);
    expect(text).toContain('Bài báo quốc tế (ISI, Scopus)');
    expect(text).toContain('Chưa đạt');
    expect(text).toContain('Dự báo nghỉ hưu');
    expect(text).toContain('Nghị định 135/2020/NĐ-CP');
  });

  it('writes the same report as a PDF whose text reads right, diacritics included', async () => {
    const response = await download('pdf', `year=${year}`).expect(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    const text = (await pdfPageTexts(response.body as Buffer)).join(' ');
    expect(text).toContain(`BÁO CÁO TÌNH HÌNH ĐỘI NGŨ TRÍ THỨC TỈNH KHÁNH HÒA NĂM ${year}`);
    expect(text).toContain('Trí thức người dân tộc thiểu số');
    expect(text).toContain('Cơ sở giáo dục đại học');
  });

  it('refuses a year without data or in the future, and anyone but officers and admins', async () => {
    const empty = await download('docx', 'year=2005').expect(400);
    expect(JSON.parse((empty.body as Buffer).toString()).errors[0]).toMatchObject({
      field: 'year',
      messageVi: 'Cơ sở dữ liệu chưa có trí thức nào trong năm 2005',
    });
    await download('pdf', `year=${year + 1}`).expect(400);
    const staff = (await t.account(['association_staff'])).token;
    await download('docx', `year=${year}`, staff).expect(403);
  });
});
