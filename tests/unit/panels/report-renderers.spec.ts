import { renderReportDocx, renderReportPdf, type ReportContent } from '../../../src/panels/report';
import { docxText, pdfPageTexts } from '../../support/report-text';

const AGENCY = 'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Khánh Hòa';
const LONG_OPINION_END = 'Đề nghị ưu tiên nguồn lực cho vùng nuôi được quy hoạch.';

function content(overrides: Partial<ReportContent> = {}): ReportContent {
  return {
    request: {
      kind: 'critique',
      title: 'Dự thảo Nghị quyết về phát triển nuôi biển công nghệ cao',
      agency: AGENCY,
      submittedAt: new Date('2026-11-02T03:00:00Z'),
      deadline: '2026-12-20',
    },
    members: [
      { name: 'Nguyễn Thị Hồng', role: 'chair', organization: 'Viện Hải dương học' },
      { name: 'Trần Văn Đức', role: 'secretary', organization: null },
      { name: 'Lê Quốc Khánh', role: 'reviewer', organization: 'Trường Đại học Nha Trang' },
    ],
    opinionsAttributed: true,
    opinions: [
      {
        name: 'Nguyễn Thị Hồng',
        role: 'chair',
        organization: 'Viện Hải dương học',
        text: 'Dự thảo cơ bản phù hợp.\nCần bổ sung đánh giá tác động môi trường.',
        submittedAt: new Date('2026-11-20T02:30:00Z'),
        fileNames: ['nhan-xet.pdf'],
      },
      {
        name: 'Lê Quốc Khánh',
        role: 'reviewer',
        organization: 'Trường Đại học Nha Trang',
        text: 'Mục tiêu sản lượng chưa có căn cứ được kiểm chứng.',
        submittedAt: new Date('2026-11-21T02:30:00Z'),
        fileNames: [],
      },
    ],
    conflicts: [
      {
        memberName: 'Lê Quốc Khánh',
        severity: 'block',
        description: 'Đang công tác tại cơ quan của người soạn thảo',
        overrideReason: 'Chuyên gia duy nhất của tỉnh về lồng nuôi HDPE',
      },
    ],
    recommendations: ['Bổ sung đánh giá tác động môi trường', 'Làm rõ cơ chế ưu tiên tín dụng'],
    conclusion: 'Hội đồng thống nhất đề nghị hoàn thiện dự thảo trước khi trình.',
    generatedAt: new Date('2026-11-25T02:00:00Z'),
    ...overrides,
  };
}

const EXPECTED = [AGENCY, 'Ủy viên phản biện', 'Nghị quyết', 'được', 'ưu tiên'];

describe('consolidated report renderers', () => {
  it('PDF: Vietnamese text extracts back exactly, in NFC, with the opinions attributed', async () => {
    const text = (await pdfPageTexts(await renderReportPdf(content()))).join(' ');
    for (const expected of EXPECTED) expect(text).toContain(expected);
    expect(text).toBe(text.normalize('NFC'));
    expect(text).toContain('Lê Quốc Khánh (Trường Đại học Nha Trang), Ủy viên phản biện');
    expect(text).toContain('Lý do vẫn mời tham gia: Chuyên gia duy nhất của tỉnh về lồng nuôi HDPE');
    expect(text).toContain('1. Bổ sung đánh giá tác động môi trường');
    expect(text).toContain('2. Làm rõ cơ chế ưu tiên tín dụng');
    expect(text).toContain('Hội đồng thống nhất đề nghị hoàn thiện dự thảo trước khi trình.');
    expect(text).not.toContain('Ý kiến 1');
  });

  it('PDF: anonymous opinions are numbered and name no one', async () => {
    const text = (await pdfPageTexts(await renderReportPdf(content({ opinionsAttributed: false })))).join(
      ' ',
    );
    expect(text).toContain('Ý kiến 1 Dự thảo cơ bản phù hợp.');
    expect(text).toContain('Ý kiến 2 Mục tiêu sản lượng');
    expect(text).not.toContain('Trường Đại học Nha Trang), Ủy viên phản biện');
  });

  it('PDF: a long opinion wraps within the margins and continues on a second page', async () => {
    const long = `${'Phân tích chi tiết hiện trạng nuôi trồng thủy sản ven biển Khánh Hòa. '.repeat(120)}${LONG_OPINION_END}`;
    const [first] = content().opinions;
    const pages = await pdfPageTexts(
      await renderReportPdf(content({ opinions: [{ ...first, text: long }] })),
    );
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(pages[0]).toContain(AGENCY);
    expect(pages[0]).not.toContain(LONG_OPINION_END);
    expect(pages.slice(1).join(' ')).toContain(LONG_OPINION_END);
  });

  it('DOCX: the same text reads back exactly with mammoth', async () => {
    const text = await docxText(await renderReportDocx(content()));
    for (const expected of EXPECTED) expect(text).toContain(expected);
    expect(text).toBe(text.normalize('NFC'));
    expect(text).toContain('Lý do vẫn mời tham gia: Chuyên gia duy nhất của tỉnh về lồng nuôi HDPE');
    expect(text).toContain('2. Làm rõ cơ chế ưu tiên tín dụng');
    const anonymous = await docxText(await renderReportDocx(content({ opinionsAttributed: false })));
    expect(anonymous).toContain('Ý kiến 2');
    expect(anonymous).not.toContain('Trường Đại học Nha Trang), Ủy viên phản biện');
  });
});
