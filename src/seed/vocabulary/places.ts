import type { Sector } from '../../catalog';

/**
 * Where people live. Commune codes are those of khanh-hoa-units.csv; the weights follow where the
 * province's institutions are (Nha Trang first, then Phan Rang, Cam Ranh and Ninh Hòa).
 */
export const RESIDENCE_COMMUNES: ReadonlyArray<readonly [string, number]> = [
  ['22366', 22], // Nha Trang
  ['22333', 10], // Bắc Nha Trang
  ['22390', 8], // Tây Nha Trang
  ['22402', 9], // Nam Nha Trang
  ['22759', 7], // Phan Rang
  ['22780', 3], // Đông Hải
  ['22741', 2], // Bảo An
  ['22738', 2], // Đô Vinh
  ['22834', 1.5], // Ninh Chử
  ['22420', 3], // Cam Ranh
  ['22411', 1.5], // Bắc Cam Ranh
  ['22432', 1], // Cam Linh
  ['22423', 1], // Ba Ngòi
  ['22528', 2.5], // Ninh Hòa
  ['22561', 1], // Đông Ninh Hòa
  ['22591', 1], // Hòa Thắng
  ['22651', 2.5], // Diên Khánh
  ['22678', 0.7], // Diên Lạc
  ['22453', 1.2], // Cam Lâm
  ['22708', 0.7], // Suối Dầu
  ['22489', 1], // Vạn Ninh
  ['22516', 0.5], // Vạn Thắng
  ['22870', 1.2], // Ninh Phước
  ['22852', 0.8], // Ninh Hải
  ['22810', 0.6], // Ninh Sơn
  ['22897', 0.5], // Thuận Nam
  ['22609', 0.4], // Khánh Vĩnh
  ['22714', 0.3], // Khánh Sơn
  ['22795', 0.3], // Bác Ái
  ['22736', 0.2], // Trường Sa
];

/** Provinces people come from or work in, when not Khánh Hòa. */
export const OTHER_PROVINCES = [
  'Phú Yên',
  'Bình Định',
  'Quảng Ngãi',
  'Quảng Nam',
  'Thừa Thiên Huế',
  'Nghệ An',
  'Hà Tĩnh',
  'Thanh Hóa',
  'Hà Nội',
  'Thái Bình',
  'Nam Định',
  'Đắk Lắk',
  'Lâm Đồng',
] as const;

/** Where members living elsewhere in Vietnam work. */
export const DOMESTIC_ELSEWHERE: ReadonlyArray<{ province: string; organization: string; sector: Sector }> = [
  {
    province: 'Thành phố Hồ Chí Minh',
    organization: 'Đại học Quốc gia TP. Hồ Chí Minh',
    sector: 'university',
  },
  {
    province: 'Thành phố Hồ Chí Minh',
    organization: 'Viện Pasteur TP. Hồ Chí Minh',
    sector: 'research_institute',
  },
  {
    province: 'Thành phố Hồ Chí Minh',
    organization: 'Đại học Kinh tế TP. Hồ Chí Minh',
    sector: 'university',
  },
  { province: 'Thành phố Hồ Chí Minh', organization: 'Công ty Cổ phần FPT', sector: 'enterprise' },
  {
    province: 'Hà Nội',
    organization: 'Viện Hàn lâm Khoa học và Công nghệ Việt Nam',
    sector: 'research_institute',
  },
  { province: 'Hà Nội', organization: 'Đại học Quốc gia Hà Nội', sector: 'university' },
  { province: 'Thành phố Đà Nẵng', organization: 'Đại học Đà Nẵng', sector: 'university' },
  { province: 'Lâm Đồng', organization: 'Trường Đại học Đà Lạt', sector: 'university' },
];

/** Province codes (first three digits of a citizen ID) by where people were born. */
export const BIRTH_PROVINCE_CODES = {
  khanhHoa: '056',
  ninhThuan: '058',
  other: ['052', '054', '051', '049', '046', '040', '042', '038', '001', '034', '036', '066', '068'],
} as const;
