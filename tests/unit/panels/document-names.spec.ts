import { attachmentDisposition, sha256Digest } from '../../../src/common/http/attachment';
import { safeFileName } from '../../../src/panels/documents/uploaded-document';

describe('document file names', () => {
  it('keeps only the last path segment of an uploaded name, in NFC, without control characters', () => {
    expect(safeFileName('C:\\fakepath\\Đề án.pdf')).toBe('Đề án.pdf');
    expect(safeFileName('../../etc/passwd')).toBe('passwd');
    expect(safeFileName('Ke\u0000 hoach\n.txt'.normalize('NFD'))).toBe('Ke hoach.txt');
    expect(safeFileName('Đề án'.normalize('NFD'))).toBe('Đề án');
    expect(safeFileName('   ')).toBe('tai-lieu');
    expect([...safeFileName(`${'ệ'.repeat(300)}.pdf`)]).toHaveLength(200);
  });

  it('offers a download under its Vietnamese name with an ASCII fallback (RFC 6266)', () => {
    expect(attachmentDisposition('Báo cáo "đánh giá" (bản 2).docx')).toBe(
      `attachment; filename="Bao cao _danh gia_ _ban 2_.docx"; filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20%22%C4%91%C3%A1nh%20gi%C3%A1%22%20%28b%E1%BA%A3n%202%29.docx`,
    );
  });

  it('writes the SHA-256 as an RFC 9530 digest', () => {
    const empty = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
    expect(sha256Digest(empty)).toBe('sha-256=:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=:');
  });
});
