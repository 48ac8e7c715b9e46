import { readCatalogCsv } from '../../../migrations/catalog-csv';
import { CommuneNames } from '../../../src/imports/rows/commune-names';

// the catalog as the migration loads it (migrations/data/khanh-hoa-units.csv)
const communes = new CommuneNames(
  readCatalogCsv('khanh-hoa-units.csv').map((row) => ({
    code: row.code,
    nameVi: row.name,
    shortName: row.short_name,
    formerUnits: row.former_units.split(';').map((unit) => unit.trim()),
  })),
);

describe('CommuneNames: what people write for a Khánh Hòa commune', () => {
  it.each([
    ['Phường Bắc Nha Trang', { kind: 'current', code: '22333' }],
    ['22333', { kind: 'current', code: '22333' }],
    ['phuong bac nha trang', { kind: 'current', code: '22333' }],
    ['Nha Trang', { kind: 'short_name', code: '22366', nameVi: 'Phường Nha Trang' }],
    ['Phường Vĩnh Hòa', { kind: 'former_unit', code: '22333', nameVi: 'Phường Bắc Nha Trang' }],
    ['Vĩnh Hòa', { kind: 'former_unit', code: '22333', nameVi: 'Phường Bắc Nha Trang' }],
    ['xa vinh luong', { kind: 'former_unit', code: '22333', nameVi: 'Phường Bắc Nha Trang' }],
    ['Thị trấn Cam Đức', { kind: 'former_unit', code: '22453', nameVi: 'Xã Cam Lâm' }],
    ['Cam Hòa', { kind: 'split', nameVi: ['Xã Cam Lâm', 'Xã Suối Dầu', 'Xã Cam Hiệp'] }],
    ['Xã Cam Hòa', { kind: 'split', nameVi: ['Xã Cam Lâm', 'Xã Suối Dầu', 'Xã Cam Hiệp'] }],
    ['Atlantis', undefined],
  ])('%s', (value, expected) => {
    expect(communes.match(value)).toEqual(expected);
  });
});
