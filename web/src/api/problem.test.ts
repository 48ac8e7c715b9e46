import i18n from '../i18n';
import { ApiProblem } from './problem';

const refusal = {
  type: 'https://trithuc.khanhhoa.gov.vn/problems/validation-failed',
  title: 'Invalid input',
  titleVi: 'Dữ liệu không hợp lệ',
  status: 400,
  detail: 'Invalid value for: fullName',
  detailVi: 'Giá trị không hợp lệ ở: fullName',
  code: 'VALIDATION_FAILED' as const,
  instance: '/api/v1/intellectuals',
  requestId: 'r-1',
  errors: [{ field: 'hometown.communeCode', message: 'Unknown commune', messageVi: 'Không có xã này' }],
};

describe('a refused call, as the person reads it', () => {
  afterEach(() => i18n.changeLanguage('vi'));

  it('speaks Vietnamese by default, naming each field', () => {
    const problem = ApiProblem.fromResponse(new Response(null, { status: 400 }), refusal);
    expect(problem.title).toBe('Dữ liệu không hợp lệ');
    expect(problem.fieldErrors).toEqual({ 'hometown.communeCode': 'Không có xã này' });
    expect(problem.code).toBe('VALIDATION_FAILED');
  });

  it('speaks English to who chose it', async () => {
    await i18n.changeLanguage('en');
    const problem = ApiProblem.fromResponse(new Response(null, { status: 400 }), refusal);
    expect(problem.detail).toBe('Invalid value for: fullName');
    expect(problem.fieldErrors['hometown.communeCode']).toBe('Unknown commune');
  });

  it('explains an answer that is not a problem document (a proxy error page) with its status', () => {
    const problem = ApiProblem.fromResponse(new Response('<html>', { status: 502 }), '<html>');
    expect(problem.code).toBe('UNEXPECTED_RESPONSE');
    expect(problem.detail).toContain('502');
  });
});
