import type { Sector } from '../../catalog';

/**
 * The organizations of organizations.csv the generator places people in, by short_name, with the
 * name, sector and commune of that row (the unit tests check them against the CSV).
 */
export const ORGANIZATIONS: Readonly<Record<string, { name: string; sector: Sector; communeCode: string }>> =
  {
    NTU: { name: 'Trường Đại học Nha Trang', sector: 'university', communeCode: '22366' },
    UKH: { name: 'Trường Đại học Khánh Hòa', sector: 'university', communeCode: '22366' },
    TCU: { name: 'Trường Đại học Thông tin Liên lạc', sector: 'university', communeCode: '22366' },
    VNNA: { name: 'Học viện Hải quân', sector: 'university', communeCode: '22366' },
    AFOS: { name: 'Trường Sĩ quan Không quân', sector: 'university', communeCode: '22366' },
    'PASTEUR-NT': { name: 'Phân viện Pasteur Nha Trang', sector: 'research_institute', communeCode: '22366' },
    IVAC: { name: 'Viện Vắc xin và Sinh phẩm Y tế', sector: 'research_institute', communeCode: '22366' },
    IO: { name: 'Viện Hải dương học', sector: 'research_institute', communeCode: '22366' },
    RIA3: {
      name: 'Viện Nghiên cứu Nuôi trồng Thủy sản III',
      sector: 'research_institute',
      communeCode: '22366',
    },
    'NHATRANG-IMS': {
      name: 'Viện Khoa học Vật liệu ứng dụng - Chi nhánh Nha Trang',
      sector: 'research_institute',
      communeCode: '22366',
    },
    'VRTC-CB': {
      name: 'Chi nhánh Ven biển - Trung tâm Nhiệt đới Việt - Nga',
      sector: 'research_institute',
      communeCode: '22366',
    },
    NHAHO: {
      name: 'Viện Nghiên cứu Bông và Phát triển Nông nghiệp Nha Hố',
      sector: 'research_institute',
      communeCode: '22870',
    },
    'PHYTO-NT': {
      name: 'Trung tâm Nghiên cứu Giống cây trồng Nha Hố',
      sector: 'research_institute',
      communeCode: '22870',
    },
    'BVDK-KH': {
      name: 'Bệnh viện Đa khoa tỉnh Khánh Hòa',
      sector: 'public_service_unit',
      communeCode: '22366',
    },
    'BVDK-NT': {
      name: 'Bệnh viện Đa khoa tỉnh Ninh Thuận',
      sector: 'public_service_unit',
      communeCode: '22759',
    },
    'CDC-KH': {
      name: 'Trung tâm Kiểm soát bệnh tật tỉnh Khánh Hòa',
      sector: 'public_service_unit',
      communeCode: '22366',
    },
    'CDYT-KH': { name: 'Trường Cao đẳng Y tế Khánh Hòa', sector: 'university', communeCode: '22366' },
    'CDKT-KH': {
      name: 'Trường Cao đẳng Kỹ thuật Công nghệ Nha Trang',
      sector: 'university',
      communeCode: '22390',
    },
    CDNT: { name: 'Trường Cao đẳng Ninh Thuận', sector: 'university', communeCode: '22759' },
    SKHCN: { name: 'Sở Khoa học và Công nghệ tỉnh Khánh Hòa', sector: 'state_agency', communeCode: '22366' },
    SNV: { name: 'Sở Nội vụ tỉnh Khánh Hòa', sector: 'state_agency', communeCode: '22366' },
    SYT: { name: 'Sở Y tế tỉnh Khánh Hòa', sector: 'state_agency', communeCode: '22366' },
    SGDDT: { name: 'Sở Giáo dục và Đào tạo tỉnh Khánh Hòa', sector: 'state_agency', communeCode: '22366' },
    SNNMT: {
      name: 'Sở Nông nghiệp và Môi trường tỉnh Khánh Hòa',
      sector: 'state_agency',
      communeCode: '22366',
    },
    SVHTTDL: {
      name: 'Sở Văn hóa - Thể thao và Du lịch tỉnh Khánh Hòa',
      sector: 'state_agency',
      communeCode: '22366',
    },
    'UBND-KH': { name: 'Ủy ban nhân dân tỉnh Khánh Hòa', sector: 'state_agency', communeCode: '22366' },
    'LHH-KH': {
      name: 'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Khánh Hòa',
      sector: 'association',
      communeCode: '22366',
    },
    'HYH-KH': { name: 'Hội Y học tỉnh Khánh Hòa', sector: 'association', communeCode: '22366' },
    'HTS-KH': { name: 'Hội Thủy sản tỉnh Khánh Hòa', sector: 'association', communeCode: '22366' },
    KHATOCO: { name: 'Tổng Công ty Khánh Việt', sector: 'enterprise', communeCode: '22366' },
    YENSAO: {
      name: 'Công ty TNHH Nhà nước MTV Yến sào Khánh Hòa',
      sector: 'enterprise',
      communeCode: '22366',
    },
    'CAMRANH-PORT': { name: 'Công ty Cổ phần Cảng Cam Ranh', sector: 'enterprise', communeCode: '22420' },
    'VANPHONG-EZ': {
      name: 'Ban Quản lý Khu kinh tế Vân Phong',
      sector: 'state_agency',
      communeCode: '22528',
    },
    'TRUNGNAM-NT': {
      name: 'Công ty Cổ phần Điện gió Trung Nam Ninh Thuận',
      sector: 'enterprise',
      communeCode: '22852',
    },
    'NT-SOLAR': {
      name: 'Trung tâm Năng lượng tái tạo Ninh Thuận',
      sector: 'public_service_unit',
      communeCode: '22759',
    },
    'VINPEARL-NT': { name: 'Vinpearl Nha Trang', sector: 'enterprise', communeCode: '22402' },
  };

/** Positions by sector, [junior, senior, leader] tiers. */
export const POSITIONS: Readonly<Record<Sector, readonly [string[], string[], string[]]>> = {
  university: [
    ['Giảng viên'],
    ['Giảng viên chính', 'Trưởng bộ môn'],
    ['Trưởng khoa', 'Phó Hiệu trưởng', 'Giảng viên cao cấp'],
  ],
  research_institute: [
    ['Nghiên cứu viên'],
    ['Nghiên cứu viên chính', 'Trưởng phòng'],
    ['Phó Viện trưởng', 'Nghiên cứu viên cao cấp', 'Viện trưởng'],
  ],
  public_service_unit: [
    ['Bác sĩ', 'Kỹ sư', 'Dược sĩ'],
    ['Trưởng khoa', 'Phó Trưởng khoa', 'Trưởng phòng'],
    ['Phó Giám đốc', 'Giám đốc'],
  ],
  state_agency: [
    ['Chuyên viên'],
    ['Chuyên viên chính', 'Phó Trưởng phòng', 'Trưởng phòng'],
    ['Phó Giám đốc Sở'],
  ],
  enterprise: [
    ['Kỹ sư', 'Chuyên viên'],
    ['Trưởng phòng kỹ thuật', 'Chuyên gia'],
    ['Phó Tổng giám đốc', 'Giám đốc'],
  ],
  association: [['Chuyên viên'], ['Ủy viên Ban Chấp hành', 'Tổng thư ký'], ['Phó Chủ tịch', 'Chủ tịch']],
  overseas: [
    ['Postdoctoral Fellow', 'Engineer'],
    ['Research Scientist', 'Senior Lecturer', 'Senior Engineer'],
    ['Associate Professor', 'Professor'],
  ],
  independent: [['Chuyên gia tư vấn độc lập'], ['Chuyên gia tư vấn độc lập'], ['Chuyên gia tư vấn độc lập']],
};

/** Civil-servant and public-employee rank codes (public-service-ranks.csv) by sector and tier. */
export const CIVIL_SERVICE_RANKS: Partial<Record<Sector, readonly [string, string, string]>> = {
  state_agency: ['01.003', '01.002', '01.001'],
  university: ['V.07.01.03', 'V.07.01.02', 'V.07.01.01'],
  research_institute: ['V.05.01.03', 'V.05.01.02', 'V.05.01.01'],
  public_service_unit: ['V.08.01.03', 'V.08.01.02', 'V.08.01.01'],
};

/** Associations people join, besides the employer-type associations of the catalog. */
export const ASSOCIATIONS = [
  'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Khánh Hòa',
  'Hội Thủy sản tỉnh Khánh Hòa',
  'Hội Y học tỉnh Khánh Hòa',
  'Hội Nghề cá Việt Nam',
  'Hội Tin học tỉnh Khánh Hòa',
  'Hội Khoa học Kinh tế tỉnh Khánh Hòa',
  'Hội Khoa học Lịch sử tỉnh Khánh Hòa',
  'Hội Trí thức Khoa học và Công nghệ trẻ Việt Nam',
] as const;
