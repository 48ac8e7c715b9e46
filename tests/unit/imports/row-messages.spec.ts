import { rowProblemOf } from '../../../src/imports/rows/row-messages';

describe('rowProblemOf: the profile API’s messages as an officer reads them on a row', () => {
  it.each([
    [
      'birthDate',
      'birthDate is less than 15 years before a degree year in educations',
      'birthDate cách năm tốt nghiệp trong educations chưa đủ 15 năm',
      {
        column: 'Ngày sinh',
        message: 'Date of birth is less than 15 years before a degree year in the degrees on file',
        messageVi: 'Ngày sinh cách năm tốt nghiệp trong các văn bằng đã có chưa đủ 15 năm',
      },
    ],
    [
      'educations.0.year',
      'year must be at least 15 years after the birth year (1995 or later)',
      'year phải sau năm sinh ít nhất 15 năm (từ 1995 trở đi)',
      {
        column: 'Năm tốt nghiệp',
        message: 'Graduation year must be at least 15 years after the birth year (1995 or later)',
        messageVi: 'Năm tốt nghiệp phải sau năm sinh ít nhất 15 năm (từ 1995 trở đi)',
      },
    ],
    [
      'communeCode',
      'communeCode: 99999 is not in communes',
      'communeCode: 99999 không có trong danh mục communes',
      {
        column: 'Xã/phường nơi ở',
        message: 'Commune of residence: 99999 is not in communes',
        messageVi: 'Xã/phường nơi ở: 99999 không có trong danh mục xã/phường',
      },
    ],
    [
      'position',
      'position must be text of 1 to 200 characters',
      'position phải là chuỗi dài từ 1 đến 200 ký tự',
      {
        column: 'Chức vụ',
        message: 'Position must be text of 1 to 200 characters',
        messageVi: 'Chức vụ phải là chuỗi dài từ 1 đến 200 ký tự',
      },
    ],
  ])('%s', (field, message, messageVi, expected) => {
    expect(rowProblemOf(field, message, messageVi)).toEqual(expected);
  });
});
