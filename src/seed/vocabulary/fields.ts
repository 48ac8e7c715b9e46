import type { IndexClass } from '../../intellectuals';
import {
  AGRICULTURE_NICHES,
  AQUACULTURE_NICHES,
  CLINICAL_NICHES,
  COMPUTING_NICHES,
  ECONOMICS_NICHES,
  ENERGY_NICHES,
  ENGINEERING_NICHES,
  HUMANITIES_NICHES,
  INFECTIOUS_DISEASE_NICHES,
  MARINE_BIOLOGY_NICHES,
  NATURAL_SCIENCES_NICHES,
  OCEANOGRAPHY_NICHES,
  SOCIAL_SCIENCES_NICHES,
  type NichePools,
} from './niches';

/** A journal or proceedings where people of a field publish; `doiPrefix` when it assigns DOIs. */
export interface Venue {
  name: string;
  indexClass: IndexClass;
  doiPrefix?: string;
}

/** What people of one group of S&T fields work on, where, and where they publish. */
export interface FieldVocabulary {
  /** Level-2 codes of fields.csv this vocabulary serves, with their weight as a primary field. */
  codes: ReadonlyArray<readonly [string, number]>;
  expertise: readonly string[];
  majors: readonly string[];
  topicsEn: readonly string[];
  topicsVi: readonly string[];
  /** short_name of organizations.csv rows where such people work. */
  organizations: readonly string[];
  /** Vietnamese institutions where they studied. */
  institutions: readonly string[];
  venues: readonly Venue[];
  /** The specifics its people's niches are drawn from. */
  niches: NichePools;
  /** Likelihood of patents and utility solutions relative to the average. */
  ipPropensity: number;
}

const NTU = 'Trường Đại học Nha Trang';
const VNU_SCIENCE = 'Trường Đại học Khoa học Tự nhiên, ĐH Quốc gia Hà Nội';
const HCMUS = 'Trường Đại học Khoa học Tự nhiên, ĐH Quốc gia TP. Hồ Chí Minh';
const HUST = 'Đại học Bách khoa Hà Nội';
const HCMUT = 'Trường Đại học Bách khoa, ĐH Quốc gia TP. Hồ Chí Minh';
const CTU = 'Trường Đại học Cần Thơ';
const NLU = 'Trường Đại học Nông Lâm TP. Hồ Chí Minh';
const HUE_MED = 'Trường Đại học Y - Dược, Đại học Huế';
const UMP = 'Đại học Y Dược TP. Hồ Chí Minh';
const HMU = 'Trường Đại học Y Hà Nội';
const UEH = 'Đại học Kinh tế TP. Hồ Chí Minh';
const NEU = 'Đại học Kinh tế Quốc dân';
const UKH = 'Trường Đại học Khánh Hòa';
const DLU = 'Trường Đại học Đà Lạt';
const QNU = 'Trường Đại học Quy Nhơn';
const HCMUE = 'Trường Đại học Sư phạm TP. Hồ Chí Minh';
const USSH = 'Trường Đại học Khoa học Xã hội và Nhân văn, ĐH Quốc gia TP. Hồ Chí Minh';
const PTIT = 'Học viện Công nghệ Bưu chính Viễn thông';
const VAST = 'Học viện Khoa học và Công nghệ, Viện Hàn lâm KH&CN Việt Nam';

const VJMST: Venue = {
  name: 'Vietnam Journal of Marine Science and Technology',
  indexClass: 'domestic_scored',
  doiPrefix: '10.15625',
};
const VJST: Venue = {
  name: 'Vietnam Journal of Science and Technology',
  indexClass: 'domestic_scored',
  doiPrefix: '10.15625',
};
const NTU_JOURNAL: Venue = { name: 'Tạp chí Khoa học - Công nghệ Thủy sản', indexClass: 'domestic_scored' };
const HELIYON: Venue = { name: 'Heliyon', indexClass: 'SCIE', doiPrefix: '10.1016' };
const SCI_REP: Venue = { name: 'Scientific Reports', indexClass: 'SCIE', doiPrefix: '10.1038' };
const PLOS_ONE: Venue = { name: 'PLOS ONE', indexClass: 'SCIE', doiPrefix: '10.1371' };
const IEEE_ACCESS: Venue = { name: 'IEEE Access', indexClass: 'SCIE', doiPrefix: '10.1109' };
const CONFERENCE: Venue = { name: 'Kỷ yếu Hội thảo khoa học quốc gia', indexClass: 'other' };
const DLU_JOURNAL: Venue = {
  name: 'Tạp chí Khoa học Đại học Đà Lạt',
  indexClass: 'domestic_scored',
  doiPrefix: '10.37569',
};

export const FIELD_VOCABULARIES: readonly FieldVocabulary[] = [
  {
    codes: [['405', 14]],
    expertise: [
      'nuôi trồng thủy sản',
      'tôm thẻ chân trắng',
      'tôm hùm bông',
      'bệnh học thủy sản',
      'dinh dưỡng thức ăn thủy sản',
      'di truyền chọn giống cá',
      'khai thác thủy sản',
      'chế biến thủy sản',
      'nuôi biển công nghệ cao',
      'quản lý nghề cá',
      'yến sào',
      'rong biển',
    ],
    majors: ['Nuôi trồng thủy sản', 'Bệnh học thủy sản', 'Khai thác thủy sản', 'Công nghệ chế biến thủy sản'],
    topicsEn: [
      'probiotic supplementation in whiteleg shrimp (Litopenaeus vannamei) culture',
      'growth performance of spiny lobster (Panulirus ornatus) in sea cages',
      'white spot syndrome virus prevalence in shrimp ponds',
      'recirculating aquaculture systems for grouper',
      'seaweed integrated multi-trophic aquaculture',
      'fishing effort and catch of offshore tuna longliners',
      'quality changes of chilled yellowfin tuna',
    ],
    topicsVi: [
      'quy trình ương giống tôm hùm bông',
      'bệnh hoại tử gan tụy cấp trên tôm thẻ chân trắng',
      'thức ăn công nghiệp cho cá mú',
      'nuôi cá bớp trong lồng bè bằng vật liệu HDPE',
      'chuỗi giá trị cá ngừ đại dương',
      'trồng rong sụn kết hợp nuôi hải sâm',
    ],
    organizations: ['NTU', 'RIA3', 'IO', 'HTS-KH', 'YENSAO', 'SNNMT'],
    institutions: [NTU, NTU, NTU, CTU, NLU],
    venues: [
      { name: 'Aquaculture', indexClass: 'SCIE', doiPrefix: '10.1016' },
      { name: 'Fish & Shellfish Immunology', indexClass: 'SCIE', doiPrefix: '10.1016' },
      { name: 'Aquaculture Research', indexClass: 'SCIE', doiPrefix: '10.1111' },
      { name: 'Aquaculture Reports', indexClass: 'Scopus', doiPrefix: '10.1016' },
      { name: 'Fisheries and Aquatic Sciences', indexClass: 'ESCI', doiPrefix: '10.47853' },
      NTU_JOURNAL,
      { name: 'Tạp chí Nông nghiệp và Phát triển nông thôn', indexClass: 'domestic_scored' },
      CONFERENCE,
    ],
    niches: AQUACULTURE_NICHES,
    ipPropensity: 1.5,
  },
  {
    codes: [['105', 8]],
    expertise: [
      'hải dương học',
      'rạn san hô',
      'biến đổi khí hậu',
      'xói lở bờ biển',
      'viễn thám biển',
      'môi trường biển',
      'quản lý tổng hợp vùng bờ',
      'thủy động lực học',
      'trầm tích biển',
    ],
    majors: ['Hải dương học', 'Khoa học môi trường', 'Địa chất', 'Khí tượng thủy văn'],
    topicsEn: [
      'coral reef bleaching in Nha Trang Bay',
      'upwelling variability off south-central Vietnam',
      'shoreline change detection from Sentinel-2 imagery',
      'microplastic distribution in coastal sediments',
      'storm surge modelling for Cam Ranh Bay',
      'seagrass meadow carbon stocks',
    ],
    topicsVi: [
      'hiện trạng rạn san hô vịnh Nha Trang',
      'xói lở bờ biển Ninh Thuận',
      'chất lượng nước vịnh Vân Phong',
      'phân bố vi nhựa trong trầm tích ven bờ',
      'mô hình hóa nước dâng do bão',
    ],
    organizations: ['IO', 'IO', 'NTU', 'VRTC-CB', 'SNNMT'],
    institutions: [VNU_SCIENCE, HCMUS, NTU, VAST],
    venues: [
      { name: 'Marine Pollution Bulletin', indexClass: 'SCIE', doiPrefix: '10.1016' },
      { name: 'Regional Studies in Marine Science', indexClass: 'SCIE', doiPrefix: '10.1016' },
      { name: 'Continental Shelf Research', indexClass: 'SCIE', doiPrefix: '10.1016' },
      { name: 'Ocean & Coastal Management', indexClass: 'SCIE', doiPrefix: '10.1016' },
      { name: 'Journal of Coastal Research', indexClass: 'Scopus', doiPrefix: '10.2112' },
      VJMST,
      VJST,
    ],
    niches: OCEANOGRAPHY_NICHES,
    ipPropensity: 0.3,
  },
  {
    codes: [['106', 7]],
    expertise: [
      'sinh học biển',
      'đa dạng sinh học',
      'hợp chất thiên nhiên biển',
      'vi tảo',
      'sinh thái học',
      'công nghệ sinh học',
      'phân loại học',
    ],
    majors: ['Sinh học', 'Sinh thái học', 'Công nghệ sinh học', 'Vi sinh vật học'],
    topicsEn: [
      'bioactive compounds from marine sponges',
      'diversity of reef fishes in Hon Mun marine protected area',
      'microalgae cultivation for biofuel',
      'DNA barcoding of sea cucumbers',
      'antibacterial activity of seaweed extracts',
    ],
    topicsVi: [
      'đa dạng sinh học khu bảo tồn biển Hòn Mun',
      'hoạt tính kháng khuẩn của dịch chiết rong biển',
      'nuôi sinh khối vi tảo biển',
      'định danh loài hải sâm bằng mã vạch DNA',
    ],
    organizations: ['IO', 'NTU', 'NHATRANG-IMS', 'RIA3', 'VRTC-CB'],
    institutions: [VNU_SCIENCE, HCMUS, NTU, DLU, VAST],
    venues: [
      SCI_REP,
      PLOS_ONE,
      { name: 'Journal of Applied Phycology', indexClass: 'SCIE', doiPrefix: '10.1007' },
      { name: 'Marine Drugs', indexClass: 'SCIE', doiPrefix: '10.3390' },
      { name: 'Tạp chí Công nghệ Sinh học', indexClass: 'domestic_scored', doiPrefix: '10.15625' },
      VJMST,
    ],
    niches: MARINE_BIOLOGY_NICHES,
    ipPropensity: 1,
  },
  {
    codes: [
      ['301', 3],
      ['305', 3],
    ],
    expertise: [
      'vắc xin',
      'sinh phẩm y tế',
      'vi sinh y học',
      'dịch tễ học',
      'miễn dịch học',
      'bệnh truyền nhiễm',
      'sốt xuất huyết',
      'virus học',
    ],
    majors: ['Y học dự phòng', 'Vi sinh vật học', 'Công nghệ sinh học', 'Miễn dịch học'],
    topicsEn: [
      'immunogenicity of a Japanese encephalitis vaccine',
      'dengue virus serotype circulation in south-central Vietnam',
      'rabies post-exposure prophylaxis compliance',
      'antimicrobial resistance of Klebsiella pneumoniae isolates',
      'stability of inactivated vaccine formulations',
    ],
    topicsVi: [
      'đáp ứng miễn dịch sau tiêm vắc xin viêm não Nhật Bản',
      'đặc điểm dịch tễ sốt xuất huyết Dengue',
      'tình hình kháng kháng sinh của vi khuẩn gây bệnh',
      'quy trình sản xuất vắc xin bất hoạt',
    ],
    organizations: ['PASTEUR-NT', 'PASTEUR-NT', 'IVAC', 'IVAC', 'CDC-KH'],
    institutions: [HUE_MED, UMP, HMU, VNU_SCIENCE],
    venues: [
      { name: 'Vaccine', indexClass: 'SCIE', doiPrefix: '10.1016' },
      { name: 'PLOS Neglected Tropical Diseases', indexClass: 'SCIE', doiPrefix: '10.1371' },
      { name: 'BMC Infectious Diseases', indexClass: 'SCIE', doiPrefix: '10.1186' },
      { name: 'Tạp chí Y học dự phòng', indexClass: 'domestic_scored', doiPrefix: '10.51403' },
      { name: 'Tạp chí Y học Việt Nam', indexClass: 'domestic_scored', doiPrefix: '10.51298' },
    ],
    niches: INFECTIOUS_DISEASE_NICHES,
    ipPropensity: 1.2,
  },
  {
    codes: [
      ['302', 8],
      ['303', 4],
      ['304', 3],
    ],
    expertise: [
      'y học lâm sàng',
      'tim mạch',
      'ung bướu',
      'nhi khoa',
      'sản phụ khoa',
      'y tế công cộng',
      'dược lâm sàng',
      'hồi sức cấp cứu',
      'chẩn đoán hình ảnh',
      'y học cổ truyền',
    ],
    majors: ['Y đa khoa', 'Nội khoa', 'Ngoại khoa', 'Y tế công cộng', 'Dược học'],
    topicsEn: [
      'outcomes of percutaneous coronary intervention',
      'risk factors of hypertension among fishermen',
      'neonatal sepsis in a provincial hospital',
      'medication adherence of type 2 diabetes patients',
      'stroke thrombolysis door-to-needle time',
    ],
    topicsVi: [
      'kết quả điều trị nhồi máu cơ tim cấp',
      'tỷ lệ tăng huyết áp ở ngư dân',
      'sử dụng kháng sinh hợp lý tại bệnh viện tuyến tỉnh',
      'đặc điểm lâm sàng đột quỵ não',
      'chăm sóc sức khỏe người cao tuổi tại cộng đồng',
    ],
    organizations: ['BVDK-KH', 'BVDK-KH', 'BVDK-NT', 'CDYT-KH', 'SYT', 'CDC-KH', 'HYH-KH'],
    institutions: [HUE_MED, HUE_MED, UMP, HMU],
    venues: [
      { name: 'BMC Public Health', indexClass: 'SCIE', doiPrefix: '10.1186' },
      { name: 'Cureus', indexClass: 'ESCI', doiPrefix: '10.7759' },
      { name: 'Tạp chí Y học Việt Nam', indexClass: 'domestic_scored', doiPrefix: '10.51298' },
      { name: 'Tạp chí Y Dược học', indexClass: 'domestic_scored' },
      CONFERENCE,
    ],
    niches: CLINICAL_NICHES,
    ipPropensity: 0.3,
  },
  {
    codes: [['502', 9]],
    expertise: [
      'du lịch biển',
      'kinh tế biển',
      'quản trị kinh doanh',
      'tài chính ngân hàng',
      'kinh tế phát triển',
      'marketing du lịch',
      'logistics',
      'kinh tế thủy sản',
    ],
    majors: ['Quản trị kinh doanh', 'Kinh tế', 'Quản trị du lịch và lữ hành', 'Tài chính - Ngân hàng'],
    topicsEn: [
      'destination image and revisit intention of international tourists to Nha Trang',
      'blue economy development in south-central Vietnam',
      'service quality of beach resorts',
      'green logistics at Van Phong port',
      'financial inclusion of small-scale fishers',
    ],
    topicsVi: [
      'phát triển du lịch biển đảo Khánh Hòa',
      'chất lượng dịch vụ khách sạn tại Nha Trang',
      'chuỗi cung ứng hàng thủy sản xuất khẩu',
      'thu hút đầu tư vào Khu kinh tế Vân Phong',
      'kinh tế đêm tại Nha Trang',
    ],
    organizations: ['NTU', 'UKH', 'SVHTTDL', 'VINPEARL-NT', 'KHATOCO', 'VANPHONG-EZ', 'CAMRANH-PORT'],
    institutions: [NTU, UEH, UEH, NEU],
    venues: [
      { name: 'Tourism Management', indexClass: 'SSCI', doiPrefix: '10.1016' },
      { name: 'Current Issues in Tourism', indexClass: 'SSCI', doiPrefix: '10.1080' },
      { name: 'Journal of Asian Business and Economic Studies', indexClass: 'ESCI', doiPrefix: '10.1108' },
      { name: 'Cogent Business & Management', indexClass: 'ESCI', doiPrefix: '10.1080' },
      { name: 'Tạp chí Kinh tế và Dự báo', indexClass: 'domestic_scored' },
      { name: 'Tạp chí Nghiên cứu Kinh tế', indexClass: 'domestic_scored' },
      CONFERENCE,
    ],
    niches: ECONOMICS_NICHES,
    ipPropensity: 0.05,
  },
  {
    codes: [
      ['202', 5],
      ['299', 3],
    ],
    expertise: [
      'năng lượng tái tạo',
      'điện mặt trời',
      'điện gió',
      'lưới điện thông minh',
      'điện tử viễn thông',
      'hệ thống nhúng',
      'tự động hóa',
      'hydro xanh',
    ],
    majors: [
      'Kỹ thuật điện',
      'Điện tử viễn thông',
      'Kỹ thuật điều khiển và tự động hóa',
      'Kỹ thuật năng lượng',
    ],
    topicsEn: [
      'short-term forecasting of solar photovoltaic output in Ninh Thuan',
      'grid integration of large wind farms',
      'energy management of hybrid microgrids on islands',
      'antenna design for 5G small cells',
      'techno-economic assessment of green hydrogen production',
    ],
    topicsVi: [
      'dự báo công suất điện mặt trời tại Ninh Thuận',
      'tích hợp điện gió vào lưới điện khu vực',
      'hệ thống điều khiển giám sát trạm biến áp',
      'lưu trữ năng lượng cho đảo Trường Sa',
    ],
    organizations: ['TCU', 'NTU', 'CDKT-KH', 'NT-SOLAR', 'TRUNGNAM-NT', 'VNNA'],
    institutions: [HUST, HCMUT, NTU, PTIT],
    venues: [
      { name: 'Renewable Energy', indexClass: 'SCIE', doiPrefix: '10.1016' },
      { name: 'Energies', indexClass: 'SCIE', doiPrefix: '10.3390' },
      IEEE_ACCESS,
      { name: 'International Journal of Renewable Energy Research', indexClass: 'ESCI' },
      { name: 'Tạp chí Khoa học và Công nghệ Năng lượng', indexClass: 'domestic_scored' },
      VJST,
    ],
    niches: ENERGY_NICHES,
    ipPropensity: 2,
  },
  {
    codes: [['102', 8]],
    expertise: [
      'trí tuệ nhân tạo',
      'học máy',
      'khoa học dữ liệu',
      'an toàn thông tin',
      'chuyển đổi số',
      'xử lý ngôn ngữ tự nhiên',
      'thị giác máy tính',
      'công nghệ thông tin',
      'internet vạn vật',
    ],
    majors: ['Công nghệ thông tin', 'Khoa học máy tính', 'Hệ thống thông tin', 'Kỹ thuật phần mềm'],
    topicsEn: [
      'deep learning for fish species recognition',
      'Vietnamese named entity recognition with transformers',
      'intrusion detection in IoT networks',
      'digital transformation of provincial public services',
      'federated learning for medical imaging',
    ],
    topicsVi: [
      'ứng dụng trí tuệ nhân tạo trong nhận dạng loài cá',
      'xây dựng cơ sở dữ liệu dùng chung của tỉnh',
      'phát hiện xâm nhập mạng bằng học sâu',
      'chuyển đổi số trong dịch vụ công trực tuyến',
    ],
    organizations: ['NTU', 'TCU', 'UKH', 'CDKT-KH', 'SKHCN', 'VNNA'],
    institutions: [NTU, HCMUS, HUST, PTIT, HCMUT],
    venues: [
      IEEE_ACCESS,
      { name: 'Expert Systems with Applications', indexClass: 'SCIE', doiPrefix: '10.1016' },
      { name: 'Journal of Information and Telecommunication', indexClass: 'ESCI', doiPrefix: '10.1080' },
      {
        name: 'Journal of Computer Science and Cybernetics',
        indexClass: 'domestic_scored',
        doiPrefix: '10.15625',
      },
      { name: 'Lecture Notes in Computer Science', indexClass: 'Scopus', doiPrefix: '10.1007' },
      CONFERENCE,
    ],
    niches: COMPUTING_NICHES,
    ipPropensity: 0.6,
  },
  {
    codes: [
      ['101', 2],
      ['103', 1.5],
      ['104', 2],
    ],
    expertise: [
      'toán ứng dụng',
      'thống kê',
      'vật lý chất rắn',
      'hóa phân tích',
      'hóa học vật liệu',
      'vật liệu nano',
    ],
    majors: ['Toán học', 'Vật lý', 'Hóa học', 'Thống kê'],
    topicsEn: [
      'stability of solutions to fractional differential equations',
      'photocatalytic degradation of dyes by ZnO nanoparticles',
      'heavy metal analysis in bivalves',
      'optical properties of perovskite thin films',
    ],
    topicsVi: [
      'tính ổn định nghiệm của phương trình vi phân',
      'tổng hợp vật liệu nano quang xúc tác',
      'hàm lượng kim loại nặng trong nhuyễn thể hai mảnh vỏ',
    ],
    organizations: ['NTU', 'UKH', 'NHATRANG-IMS', 'VNNA', 'AFOS'],
    institutions: [VNU_SCIENCE, HCMUS, QNU, HCMUE],
    venues: [
      HELIYON,
      { name: 'Journal of Alloys and Compounds', indexClass: 'SCIE', doiPrefix: '10.1016' },
      { name: 'Acta Mathematica Vietnamica', indexClass: 'ESCI', doiPrefix: '10.1007' },
      { name: 'Tạp chí Hóa học', indexClass: 'domestic_scored', doiPrefix: '10.1002' },
      VJST,
    ],
    niches: NATURAL_SCIENCES_NICHES,
    ipPropensity: 0.8,
  },
  {
    codes: [
      ['201', 3],
      ['203', 2],
      ['207', 2],
      ['211', 3],
    ],
    expertise: [
      'kỹ thuật tàu thủy',
      'cơ khí chế tạo',
      'xây dựng công trình biển',
      'xử lý nước thải',
      'công nghệ thực phẩm',
      'bảo quản sau thu hoạch',
      'kỹ thuật môi trường',
    ],
    majors: [
      'Kỹ thuật tàu thủy',
      'Kỹ thuật cơ khí',
      'Kỹ thuật xây dựng',
      'Công nghệ thực phẩm',
      'Kỹ thuật môi trường',
    ],
    topicsEn: [
      'hull resistance of composite fishing vessels',
      'constructed wetlands for aquaculture effluent treatment',
      'drying kinetics of anchovy',
      'corrosion of reinforced concrete in marine environments',
    ],
    topicsVi: [
      'thiết kế tàu cá vỏ composite',
      'xử lý nước thải chế biến thủy sản',
      'công nghệ sấy cá cơm',
      'ăn mòn bê tông cốt thép vùng biển',
      'chế biến sản phẩm từ yến sào',
    ],
    organizations: ['NTU', 'CDKT-KH', 'VNNA', 'CAMRANH-PORT', 'KHATOCO', 'YENSAO', 'SNNMT'],
    institutions: [NTU, HUST, HCMUT, NLU],
    venues: [
      { name: 'Ocean Engineering', indexClass: 'SCIE', doiPrefix: '10.1016' },
      { name: 'Journal of Food Processing and Preservation', indexClass: 'SCIE', doiPrefix: '10.1111' },
      { name: 'Journal of Water Process Engineering', indexClass: 'SCIE', doiPrefix: '10.1016' },
      NTU_JOURNAL,
      { name: 'Tạp chí Xây dựng', indexClass: 'domestic_scored' },
      CONFERENCE,
    ],
    niches: ENGINEERING_NICHES,
    ipPropensity: 2.5,
  },
  {
    codes: [
      ['401', 2],
      ['403', 1],
      ['404', 1],
      ['406', 2],
    ],
    expertise: [
      'giống cây trồng',
      'nông nghiệp công nghệ cao',
      'cây nho',
      'cây bông',
      'lâm nghiệp',
      'thú y',
      'nông nghiệp hữu cơ',
    ],
    majors: ['Khoa học cây trồng', 'Bảo vệ thực vật', 'Lâm học', 'Thú y', 'Công nghệ sinh học nông nghiệp'],
    topicsEn: [
      'drought tolerance of grape cultivars in Ninh Thuan',
      'selection of cotton lines resistant to leafhoppers',
      'mangrove restoration on the Khanh Hoa coast',
      'goat and sheep production in dry areas',
    ],
    topicsVi: [
      'chọn tạo giống nho chịu hạn',
      'kỹ thuật canh tác táo trên vùng khô hạn',
      'phục hồi rừng ngập mặn ven biển',
      'chăn nuôi dê cừu tại Ninh Thuận',
    ],
    organizations: ['NHAHO', 'PHYTO-NT', 'SNNMT', 'NTU'],
    institutions: [NLU, CTU, DLU, 'Học viện Nông nghiệp Việt Nam'],
    venues: [
      { name: 'Agronomy', indexClass: 'SCIE', doiPrefix: '10.3390' },
      { name: 'Tạp chí Nông nghiệp và Phát triển nông thôn', indexClass: 'domestic_scored' },
      { name: 'Tạp chí Khoa học Nông nghiệp Việt Nam', indexClass: 'domestic_scored' },
      DLU_JOURNAL,
    ],
    niches: AGRICULTURE_NICHES,
    ipPropensity: 2,
  },
  {
    codes: [
      ['503', 6],
      ['505', 2],
      ['506', 1],
      ['504', 1],
      ['507', 1],
      ['508', 1],
    ],
    expertise: [
      'khoa học giáo dục',
      'quản lý giáo dục',
      'luật hành chính',
      'chính sách công',
      'xã hội học',
      'truyền thông',
      'quản lý nhà nước',
      'phát triển nguồn nhân lực',
    ],
    majors: ['Quản lý giáo dục', 'Luật', 'Chính trị học', 'Xã hội học', 'Báo chí'],
    topicsEn: [
      'teacher competence for the 2018 general education curriculum',
      'public administration reform at commune level after the 2025 merger',
      'livelihoods of ethnic minority households',
    ],
    topicsVi: [
      'phát triển năng lực giáo viên theo chương trình giáo dục phổ thông 2018',
      'cải cách hành chính cấp xã sau sắp xếp đơn vị hành chính',
      'sinh kế đồng bào dân tộc thiểu số vùng núi',
      'thu hút nguồn nhân lực chất lượng cao cho tỉnh',
    ],
    organizations: ['UKH', 'NTU', 'SGDDT', 'SNV', 'UBND-KH', 'LHH-KH', 'CDNT'],
    institutions: [HCMUE, USSH, UKH, 'Học viện Hành chính Quốc gia', 'Trường Đại học Luật TP. Hồ Chí Minh'],
    venues: [
      { name: 'Tạp chí Giáo dục', indexClass: 'domestic_scored' },
      { name: 'Tạp chí Quản lý Nhà nước', indexClass: 'domestic_scored' },
      { name: 'Cogent Education', indexClass: 'ESCI', doiPrefix: '10.1080' },
      CONFERENCE,
    ],
    niches: SOCIAL_SCIENCES_NICHES,
    ipPropensity: 0,
  },
  {
    codes: [
      ['601', 1.5],
      ['602', 2],
      ['604', 1],
    ],
    expertise: [
      'văn hóa Chăm',
      'lịch sử địa phương',
      'ngôn ngữ học',
      'văn học',
      'di sản văn hóa',
      'nghệ thuật biểu diễn',
    ],
    majors: ['Lịch sử', 'Văn học', 'Ngôn ngữ học', 'Văn hóa học'],
    topicsEn: [
      'Cham temple heritage conservation',
      'maritime cultural heritage of Khanh Hoa fishing villages',
      'language maintenance among the Raglai',
    ],
    topicsVi: [
      'bảo tồn di sản tháp Chăm Ninh Thuận',
      'tín ngưỡng thờ cá Ông của ngư dân Khánh Hòa',
      'sử thi Raglai',
      'lịch sử vùng đất Khánh Hòa',
    ],
    organizations: ['UKH', 'SVHTTDL', 'NTU', 'CDNT'],
    institutions: [USSH, HCMUE, UKH, 'Trường Đại học Khoa học, Đại học Huế'],
    venues: [
      { name: 'Tạp chí Nghiên cứu Lịch sử', indexClass: 'domestic_scored' },
      { name: 'Tạp chí Ngôn ngữ', indexClass: 'domestic_scored' },
      DLU_JOURNAL,
      CONFERENCE,
    ],
    niches: HUMANITIES_NICHES,
    ipPropensity: 0,
  },
];

/** Generic journals anyone may publish in, besides their field's. */
export const GENERAL_VENUES: readonly Venue[] = [HELIYON, SCI_REP, PLOS_ONE, VJST, CONFERENCE];
