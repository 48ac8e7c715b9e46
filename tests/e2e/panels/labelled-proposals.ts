import type { ProfileSpec } from '../../support/factories/search-profile.factory';

/**
 * The labelled set: fictional experts of the province's fields and proposals in Vietnamese, each
 * with the three people a reviewer at the association would expect to see proposed first. Every
 * topic has an academic with publications, a practitioner with none (expertise and position only)
 * and someone known by projects, patents or awards; distractors share the proposals' generic words
 * (nghiên cứu, đánh giá, giải pháp, Khánh Hòa) or a neighbouring field.
 */
export const EXPERTS: Record<string, ProfileSpec> = {
  // Ocean technology and marine science
  oceanAcademic: {
    fullName: 'Trần Thị Bích Thủy',
    organization: 'IO',
    fieldCodes: ['105'],
    expertise: ['hải dương học', 'quan trắc môi trường biển'],
    academicTitle: { code: 'associate_professor', year: 2016 },
    degrees: ['doctorate'],
    publicationTitles: [
      { title: 'Ocean current observation with moored ADCP off the south-central coast', indexClass: 'SCIE' },
      'Hệ thống quan trắc tự động chất lượng nước biển vịnh Vân Phong',
    ],
  },
  oceanEngineer: {
    fullName: 'Lê Hoàng Phong',
    fieldCodes: ['203'],
    expertise: ['thiết bị quan trắc biển', 'phao đo sóng'],
    position: 'Kỹ sư trưởng phòng thiết bị biển',
    degrees: ['engineer'],
  },
  oceanProject: {
    fullName: 'Ngô Minh Hải',
    organization: 'IO',
    fieldCodes: ['105'],
    expertise: ['rạn san hô', 'sinh thái biển'],
    degrees: ['doctorate'],
    projectTitles: ['Xây dựng mạng lưới quan trắc môi trường biển và cảnh báo sớm'],
  },
  // Lobster farming
  lobsterAcademic: {
    fullName: 'Phạm Quốc Hùng',
    organization: 'NTU',
    fieldCodes: ['405'],
    expertise: ['nuôi trồng thủy sản', 'tôm hùm bông'],
    academicTitle: { code: 'professor', year: 2012 },
    degrees: ['doctorate'],
    publicationTitles: [
      { title: 'Growth of spiny lobster Panulirus ornatus in HDPE sea cages', indexClass: 'SCIE' },
      'Quy trình ương giống tôm hùm bông',
    ],
  },
  lobsterFarmer: {
    fullName: 'Huỳnh Văn Lợi',
    fieldCodes: ['405'],
    expertise: ['nuôi tôm hùm lồng bè', 'lồng HDPE'],
    position: 'Chủ nhiệm hợp tác xã nuôi tôm hùm',
  },
  lobsterProject: {
    fullName: 'Đỗ Thị Kim Oanh',
    organization: 'RIA3',
    fieldCodes: ['405'],
    expertise: ['dinh dưỡng thức ăn thủy sản'],
    degrees: ['master'],
    projectTitles: ['Thức ăn công nghiệp cho tôm hùm nuôi lồng'],
  },
  // Shrimp disease
  shrimpAcademic: {
    fullName: 'Võ Thị Ngọc Hân',
    organization: 'NTU',
    fieldCodes: ['405'],
    expertise: ['bệnh học thủy sản', 'tôm thẻ chân trắng'],
    degrees: ['doctorate'],
    publicationTitles: [
      { title: 'White spot syndrome virus prevalence in whiteleg shrimp ponds', indexClass: 'SCIE' },
      'Bệnh hoại tử gan tụy cấp trên tôm thẻ chân trắng',
    ],
  },
  shrimpVet: {
    fullName: 'Nguyễn Thành Nhân',
    fieldCodes: ['403'],
    expertise: ['chẩn đoán bệnh tôm', 'an toàn sinh học ao nuôi'],
    position: 'Trưởng trạm thú y thủy sản',
  },
  shrimpPatent: {
    fullName: 'Trịnh Văn Khôi',
    fieldCodes: ['406'],
    expertise: ['chế phẩm sinh học'],
    degrees: ['master'],
    ipTitles: ['Chế phẩm probiotic phòng bệnh gan tụy cho tôm thẻ chân trắng'],
  },
  // Vaccines
  vaccineAcademic: {
    fullName: 'Lê Minh Đức',
    organization: 'PASTEUR-NT',
    fieldCodes: ['305'],
    expertise: ['vắc xin', 'miễn dịch học'],
    degrees: ['doctorate'],
    publicationTitles: [
      { title: 'Immunogenicity of a rabies vaccine schedule in adults', indexClass: 'SCIE' },
    ],
  },
  vaccineField: {
    fullName: 'Phan Thị Thu Hương',
    fieldCodes: ['303'],
    expertise: ['tiêm chủng mở rộng', 'vacxin'],
    position: 'Trưởng khoa kiểm soát bệnh truyền nhiễm',
    degrees: ['specialist_1'],
  },
  vaccineAward: {
    fullName: 'Bùi Quang Vinh',
    fieldCodes: ['305'],
    expertise: ['sinh phẩm y tế'],
    degrees: ['doctorate'],
    awardNames: ['Giải thưởng sáng tạo về sản xuất vắc-xin phòng dại'],
  },
  // Tourism
  tourismAcademic: {
    fullName: 'Phạm Thị Hồng Nhung',
    organization: 'UKH',
    fieldCodes: ['502'],
    expertise: ['du lịch bền vững', 'du lịch biển đảo'],
    degrees: ['doctorate'],
    publicationTitles: ['Phát triển du lịch biển đảo gắn với bảo tồn'],
  },
  tourismOperator: {
    fullName: 'Trương Văn Tài',
    fieldCodes: ['502'],
    expertise: ['du lịch cộng đồng', 'quản trị lữ hành'],
    position: 'Giám đốc công ty lữ hành',
  },
  tourismProject: {
    fullName: 'Cao Thị Mỹ Linh',
    fieldCodes: ['507'],
    expertise: ['địa lý du lịch'],
    degrees: ['master'],
    projectTitles: ['Sức chứa du lịch các đảo vịnh Nha Trang'],
  },
  // Renewable energy
  energyAcademic: {
    fullName: 'Võ Quốc Hùng',
    fieldCodes: ['202'],
    expertise: ['năng lượng tái tạo', 'lưới điện thông minh'],
    degrees: ['doctorate'],
    publicationTitles: [
      { title: 'Grid integration of wind power and solar power plants', indexClass: 'Scopus' },
    ],
  },
  energyEngineer: {
    fullName: 'Đặng Văn Sơn',
    fieldCodes: ['202'],
    expertise: ['điện mặt trời', 'vận hành nhà máy điện'],
    position: 'Giám đốc vận hành nhà máy điện mặt trời',
    degrees: ['engineer'],
  },
  energyProject: {
    fullName: 'Lâm Thị Thanh Tâm',
    fieldCodes: ['202'],
    expertise: ['điện gió'],
    degrees: ['master'],
    projectTitles: ['Đánh giá tiềm năng điện gió ngoài khơi'],
  },
  // Salt and drylands farming
  saltAcademic: {
    fullName: 'Kiều Văn Muối',
    fieldCodes: ['401'],
    expertise: ['sản xuất muối', 'muối sạch'],
    degrees: ['doctorate'],
    publicationTitles: ['Nâng cao chất lượng muối trên ruộng trải bạt'],
  },
  drylandsFarmer: {
    fullName: 'Châu Văn Nho',
    fieldCodes: ['401'],
    expertise: ['canh tác vùng khô hạn', 'trồng nho'],
    position: 'Chủ trang trại nho',
  },
  drylandsProject: {
    fullName: 'Thái Thị Hạnh',
    fieldCodes: ['401'],
    expertise: ['tưới tiết kiệm nước'],
    degrees: ['master'],
    projectTitles: ['Tưới nhỏ giọt cho cây trồng vùng khô hạn'],
  },
  // Urban planning
  urbanAcademic: {
    fullName: 'Hoàng Minh Quân',
    fieldCodes: ['201'],
    expertise: ['quy hoạch đô thị', 'thiết kế đô thị'],
    degrees: ['doctorate'],
    publicationTitles: ['Quy hoạch đô thị ven biển thích ứng nước biển dâng'],
  },
  urbanArchitect: {
    fullName: 'Mai Thị Diễm',
    fieldCodes: ['201'],
    expertise: ['kiến trúc cảnh quan', 'quy hoạch không gian công cộng'],
    position: 'Kiến trúc sư trưởng',
  },
  urbanTransport: {
    fullName: 'Lý Văn Thông',
    fieldCodes: ['201'],
    expertise: ['giao thông đô thị'],
    degrees: ['master'],
    projectTitles: ['Quy hoạch mạng lưới giao thông công cộng đô thị'],
  },
  // Dengue and public health
  dengueDoctor: {
    fullName: 'Nguyễn Thị Thanh Bình',
    fieldCodes: ['303'],
    expertise: ['sốt xuất huyết', 'dịch tễ học'],
    degrees: ['doctorate'],
    publicationTitles: ['Đặc điểm dịch tễ sốt xuất huyết Dengue'],
  },
  dengueOfficer: {
    fullName: 'Tạ Văn Phúc',
    fieldCodes: ['303'],
    expertise: ['phòng chống dịch', 'kiểm soát véc tơ'],
    position: 'Phó giám đốc trung tâm kiểm soát bệnh tật',
    degrees: ['specialist_2'],
  },
  dengueEntomologist: {
    fullName: 'Dương Thị Muỗi',
    fieldCodes: ['106'],
    expertise: ['côn trùng y học', 'muỗi Aedes'],
    degrees: ['master'],
    projectTitles: ['Giám sát mật độ muỗi truyền sốt xuất huyết'],
  },
  // Edible bird's nest
  nestAcademic: {
    fullName: 'Cao Thị Yến',
    fieldCodes: ['106'],
    expertise: ['yến sào', 'sinh học chim'],
    degrees: ['doctorate'],
    publicationTitles: ['Sinh thái chim yến hàng trên đảo'],
  },
  nestKeeper: {
    fullName: 'Lưu Văn Đảo',
    fieldCodes: ['106'],
    expertise: ['khai thác yến sào', 'bảo vệ đảo yến'],
    position: 'Đội trưởng đội khai thác yến',
  },
  nestProduct: {
    fullName: 'Tôn Nữ Minh Châu',
    fieldCodes: ['211'],
    expertise: ['chế biến thực phẩm'],
    degrees: ['master'],
    ipTitles: ['Quy trình chế biến nước yến sào đóng lon'],
  },
  // Fish sauce
  sauceAcademic: {
    fullName: 'Quách Hữu Phúc',
    organization: 'NTU',
    fieldCodes: ['211'],
    expertise: ['chế biến nước mắm', 'lên men cá'],
    degrees: ['doctorate'],
    ipTitles: ['Quy trình lên men nước mắm nhanh'],
  },
  sauceMaker: {
    fullName: 'Hồ Văn Mắm',
    fieldCodes: ['211'],
    expertise: ['nước mắm truyền thống'],
    position: 'Chủ cơ sở sản xuất nước mắm',
  },
  sauceQuality: {
    fullName: 'La Thị Hương Giang',
    fieldCodes: ['211'],
    expertise: ['an toàn thực phẩm', 'kiểm nghiệm histamin'],
    degrees: ['master'],
    publicationTitles: ['Hàm lượng histamin trong nước mắm'],
  },
  // Coastal erosion and climate change
  coastAcademic: {
    fullName: 'Kiều Minh Tuấn',
    fieldCodes: ['105'],
    expertise: ['biến đổi khí hậu', 'xói lở bờ biển'],
    degrees: ['doctorate'],
    publicationTitles: [
      { title: 'Shoreline change and coastal erosion under climate change', indexClass: 'SCIE' },
    ],
  },
  coastEngineer: {
    fullName: 'Đinh Văn Khải',
    fieldCodes: ['201'],
    expertise: ['kè chắn sóng', 'công trình bảo vệ bờ biển'],
    position: 'Kỹ sư thiết kế công trình thủy lợi',
  },
  coastProject: {
    fullName: 'Trần Văn Hòa',
    fieldCodes: ['106'],
    expertise: ['sinh thái rừng ngập mặn'],
    degrees: ['master'],
    projectTitles: ['Trồng rừng ngập mặn chống xói lở bờ biển'],
  },
  // Digital transformation and AI
  digitalAcademic: {
    fullName: 'Nguyễn Văn An',
    organization: 'NTU',
    fieldCodes: ['102'],
    expertise: ['trí tuệ nhân tạo', 'học máy'],
    degrees: ['doctorate'],
    publicationTitles: [{ title: 'Machine learning for public service chatbots', indexClass: 'SCIE' }],
  },
  digitalOfficer: {
    fullName: 'Trương Công Thành',
    fieldCodes: ['102'],
    expertise: ['chuyển đổi số', 'chính quyền số'],
    position: 'Phó giám đốc trung tâm chuyển đổi số',
  },
  digitalProject: {
    fullName: 'Đặng Thu Trang',
    fieldCodes: ['102'],
    expertise: ['xử lý ngôn ngữ tự nhiên'],
    degrees: ['master'],
    projectTitles: ['Trợ lý ảo AI trả lời thủ tục hành chính'],
  },
  // Medicinal plants
  herbAcademic: {
    fullName: 'Lý Thị Kim Chi',
    fieldCodes: ['304'],
    expertise: ['dược liệu', 'hóa dược'],
    degrees: ['doctorate'],
    publicationTitles: ['Thành phần hoạt chất của cây dược liệu vùng núi'],
  },
  herbPractitioner: {
    fullName: 'Mai Xuân Trường',
    fieldCodes: ['302'],
    expertise: ['y học cổ truyền', 'bào chế thuốc nam'],
    position: 'Lương y, chủ phòng chẩn trị y học cổ truyền',
  },
  herbGrower: {
    fullName: 'Ka Thị Sen',
    fieldCodes: ['401'],
    expertise: ['trồng cây dược liệu'],
    position: 'Chủ nhiệm hợp tác xã dược liệu',
  },

  // Distractors: generic words of proposals, neighbouring fields, the requesting place.
  generalist: {
    fullName: 'Nguyễn Văn Chung',
    fieldCodes: ['599'],
    expertise: ['nghiên cứu chính sách', 'đánh giá tác động'],
    position: 'Chuyên viên nghiên cứu',
    publicationTitles: ['Đánh giá hiệu quả giải pháp phát triển kinh tế - xã hội tỉnh Khánh Hòa'],
  },
  fishingEconomist: {
    fullName: 'Hoàng Văn Nam',
    organization: 'NTU',
    fieldCodes: ['405'],
    expertise: ['khai thác cá ngừ đại dương', 'quản lý nghề cá'],
    degrees: ['doctorate'],
  },
  lawyer: { fullName: 'Ngô Đình Khoa', fieldCodes: ['505'], expertise: ['luật đất đai', 'pháp luật đầu tư'] },
  teacher: { fullName: 'Đỗ Thị Mai', fieldCodes: ['503'], expertise: ['giáo dục STEM'] },
  linguist: { fullName: 'Tạ Thị Thu Hà', fieldCodes: ['602'], expertise: ['ngôn ngữ Raglai'] },
  cardiologist: {
    fullName: 'Bùi Thị Lan',
    organization: 'BVDK-KH',
    fieldCodes: ['302'],
    expertise: ['tim mạch can thiệp'],
    degrees: ['specialist_2'],
  },
  // Excluded whatever they know: deceased, and retired unless staff ask for the retired.
  lobsterDeceased: {
    fullName: 'Phan Thanh Bình',
    fieldCodes: ['405'],
    expertise: ['tôm hùm bông', 'nuôi tôm hùm lồng bè'],
    degrees: ['doctorate'],
    status: 'deceased',
  },
  lobsterRetired: {
    fullName: 'Lê Văn Tám',
    fieldCodes: ['405'],
    expertise: ['tôm hùm bông'],
    degrees: ['doctorate'],
    status: 'retired',
  },
};

export type ExpertKey = keyof typeof EXPERTS;

export interface LabelledProposal {
  title: string;
  fieldCodes: string[];
  text: string;
  expected: [ExpertKey, ExpertKey, ExpertKey];
}

export const PROPOSALS: LabelledProposal[] = [
  {
    title: 'Mạng lưới quan trắc môi trường biển tự động',
    fieldCodes: ['105'],
    expected: ['oceanAcademic', 'oceanEngineer', 'oceanProject'],
    text: `Đề án xây dựng mạng lưới quan trắc môi trường biển tự động tại vịnh Vân Phong và vịnh Nha Trang
giai đoạn 2026–2030. Hiện nay tỉnh Khánh Hòa chưa có hệ thống quan trắc liên tục chất lượng nước biển, dòng
chảy và sóng; số liệu chủ yếu thu thập thủ công theo đợt. Đề án đề xuất lắp đặt các trạm phao đo sóng, thiết
bị quan trắc biển đo nhiệt độ, độ mặn, oxy hòa tan và dòng chảy, truyền số liệu thời gian thực về trung tâm
điều hành. Số liệu quan trắc môi trường biển phục vụ cảnh báo sớm sự cố môi trường, bảo vệ rạn san hô và hệ
sinh thái biển, hỗ trợ nuôi trồng và du lịch. Nội dung gồm: khảo sát vị trí đặt trạm; lựa chọn thiết bị quan
trắc biển; xây dựng phần mềm quản lý số liệu; đào tạo cán bộ vận hành; đánh giá hiệu quả sau hai năm.`,
  },
  {
    title: 'Chuyển đổi nuôi tôm hùm lồng gỗ sang lồng HDPE',
    fieldCodes: ['405'],
    expected: ['lobsterAcademic', 'lobsterFarmer', 'lobsterProject'],
    text: `Dự án hỗ trợ người nuôi tôm hùm ở vịnh Cam Ranh và đầm Thủy Triều chuyển từ lồng bè gỗ truyền thống
sang lồng HDPE chịu được sóng gió. Nghề nuôi tôm hùm bông là sinh kế của hàng nghìn hộ nhưng thường xuyên
chịu thiệt hại do bão và dịch bệnh; lồng bè gỗ xuống cấp nhanh, gây ô nhiễm. Dự án xây dựng mô hình nuôi tôm
hùm lồng HDPE, quy trình ương giống tôm hùm bông, thay thế cá tạp bằng thức ăn công nghiệp cho tôm hùm, quản
lý mật độ lồng nuôi theo sức tải của vùng nước. Các hợp tác xã nuôi tôm hùm tham gia trình diễn; đánh giá
tăng trưởng, tỷ lệ sống và hiệu quả kinh tế so với lồng gỗ.`,
  },
  {
    title: 'Phòng bệnh hoại tử gan tụy trên tôm thẻ chân trắng',
    fieldCodes: ['405'],
    expected: ['shrimpAcademic', 'shrimpVet', 'shrimpPatent'],
    text: `Đề tài nghiên cứu giải pháp phòng bệnh hoại tử gan tụy cấp (AHPND) và bệnh đốm trắng cho tôm thẻ chân
trắng nuôi thâm canh ven biển. Bệnh gây chết hàng loạt trong 30 ngày đầu thả nuôi, thiệt hại lớn cho người nuôi.
Nội dung: giám sát mầm bệnh trong ao nuôi; quy trình an toàn sinh học ao nuôi; chẩn đoán bệnh tôm sớm bằng
PCR; thử nghiệm chế phẩm sinh học probiotic bổ sung vào thức ăn; hướng dẫn người nuôi quản lý môi trường ao.
Sản phẩm là quy trình nuôi tôm thẻ chân trắng an toàn bệnh được chuyển giao cho các vùng nuôi tập trung.`,
  },
  {
    title: 'Nâng cao tỷ lệ tiêm vắc xin phòng dại',
    fieldCodes: ['303', '305'],
    expected: ['vaccineAcademic', 'vaccineField', 'vaccineAward'],
    text: `Đề án nâng cao tỷ lệ tiêm vắc xin phòng dại sau phơi nhiễm và tiêm chủng mở rộng ở vùng nông thôn, miền
núi. Mỗi năm tỉnh ghi nhận hàng chục nghìn ca bị chó cắn nhưng nhiều người không tiêm đủ mũi vắc xin. Đề án
đánh giá lịch tiêm vắc xin dại rút gọn, tính sinh miễn dịch và an toàn; tổ chức điểm tiêm lưu động; truyền
thông về vaccine cho cộng đồng; bảo đảm dây chuyền lạnh bảo quản vắc xin và sinh phẩm y tế tại tuyến xã.`,
  },
  {
    title: 'Phát triển du lịch cộng đồng và du lịch biển đảo bền vững',
    fieldCodes: ['502'],
    expected: ['tourismAcademic', 'tourismOperator', 'tourismProject'],
    text: `Đề án phát triển du lịch biển đảo và du lịch cộng đồng bền vững, giảm áp lực lên các đảo đông khách.
Du lịch là ngành kinh tế mũi nhọn của tỉnh; lượng khách tăng nhanh làm vượt sức chứa du lịch tại một số đảo,
gây ô nhiễm và xung đột với sinh kế ngư dân. Đề án xác định sức chứa du lịch của từng đảo, xây dựng sản phẩm du
lịch cộng đồng tại các làng chài, đào tạo người dân làm du lịch, liên kết các doanh nghiệp lữ hành và quảng bá
điểm đến du lịch bền vững.`,
  },
  {
    title: 'Điện gió ngoài khơi và điện mặt trời kết hợp lưu trữ',
    fieldCodes: ['202'],
    expected: ['energyAcademic', 'energyEngineer', 'energyProject'],
    text: `Đề án phát triển năng lượng tái tạo: điện gió ngoài khơi và điện mặt trời kết hợp hệ thống lưu trữ năng
lượng. Vùng ven biển phía nam tỉnh có tốc độ gió và bức xạ mặt trời thuộc loại cao nhất cả nước, nhưng lưới
điện truyền tải bị quá tải, nhiều nhà máy điện mặt trời phải cắt giảm công suất. Nội dung: đánh giá tiềm năng
điện gió ngoài khơi; giải pháp tích hợp nguồn điện gió, điện mặt trời vào lưới điện thông minh; vận hành nhà
máy điện với pin lưu trữ; cơ chế thu hút đầu tư.`,
  },
  {
    title: 'Nâng cao giá trị nghề muối và nông nghiệp vùng khô hạn',
    fieldCodes: ['401'],
    expected: ['saltAcademic', 'drylandsFarmer', 'drylandsProject'],
    text: `Đề án nâng cao chất lượng và giá trị sản xuất muối, kết hợp phát triển nông nghiệp thích ứng vùng khô
hạn. Diêm dân sản xuất muối thủ công, năng suất thấp, muối lẫn tạp chất, giá bấp bênh. Đề án nhân rộng mô hình
sản xuất muối sạch trên ruộng trải bạt, xây dựng thương hiệu muối; đồng thời chuyển đổi cây trồng phù hợp vùng
khô hạn như nho, táo, cây dược liệu chịu hạn, áp dụng tưới nhỏ giọt tiết kiệm nước và canh tác bảo tồn độ ẩm đất.`,
  },
  {
    title: 'Quy hoạch đô thị ven biển thích ứng nước biển dâng',
    fieldCodes: ['201'],
    expected: ['urbanAcademic', 'urbanArchitect', 'urbanTransport'],
    text: `Đề án điều chỉnh quy hoạch đô thị ven biển thích ứng với nước biển dâng và ngập lụt đô thị. Tốc độ đô
thị hóa nhanh làm mất không gian xanh, giao thông đô thị ùn tắc, nhiều khu dân cư ven biển bị ngập khi triều
cường. Nội dung: rà soát quy hoạch đô thị hiện hành; thiết kế đô thị các khu vực ven biển; quy hoạch không gian
công cộng, công viên và kiến trúc cảnh quan; tổ chức mạng lưới giao thông công cộng đô thị; lấy ý kiến cộng
đồng dân cư về phương án quy hoạch.`,
  },
  {
    title: 'Kiểm soát sốt xuất huyết Dengue',
    fieldCodes: ['303'],
    expected: ['dengueDoctor', 'dengueOfficer', 'dengueEntomologist'],
    text: `Đề án kiểm soát bệnh sốt xuất huyết Dengue giai đoạn 2026–2030. Sốt xuất huyết lưu hành quanh năm, bùng
phát vào mùa mưa, nhiều ca nặng ở trẻ em. Đề án tăng cường giám sát dịch tễ học, giám sát mật độ muỗi Aedes và
chỉ số véc tơ tại các ổ dịch cũ; kiểm soát véc tơ bằng diệt lăng quăng và phun hóa chất có trọng điểm; huy động
cộng đồng phòng chống dịch; nâng cao năng lực điều trị sốt xuất huyết nặng tại bệnh viện tuyến tỉnh.`,
  },
  {
    title: 'Bảo tồn và khai thác bền vững yến sào',
    fieldCodes: ['106'],
    expected: ['nestAcademic', 'nestKeeper', 'nestProduct'],
    text: `Đề án bảo tồn quần thể chim yến hàng và khai thác bền vững yến sào trên các đảo. Yến sào là đặc sản có
giá trị cao của tỉnh; khai thác quá mức và biến động môi trường đe dọa quần thể chim yến. Nội dung: điều tra
sinh thái chim yến và số lượng tổ; quy định mùa vụ khai thác yến sào để chim kịp sinh sản; bảo vệ đảo yến;
phát triển sản phẩm chế biến từ yến sào như nước yến đóng lon, bảo hộ chỉ dẫn địa lý.`,
  },
  {
    title: 'Nâng cao chất lượng nước mắm truyền thống',
    fieldCodes: ['211'],
    expected: ['sauceAcademic', 'sauceMaker', 'sauceQuality'],
    text: `Đề án nâng cao chất lượng và an toàn thực phẩm của nước mắm truyền thống. Các cơ sở chế biến nước mắm
quy mô hộ gia đình chưa kiểm soát được hàm lượng histamin, đạm và vệ sinh nhà xưởng, khó xuất khẩu. Nội dung:
quy trình lên men nước mắm rút ngắn thời gian nhưng giữ hương vị; kiểm nghiệm histamin và chỉ tiêu an toàn
thực phẩm; cải tạo thùng chượp; xây dựng thương hiệu nước mắm truyền thống của địa phương.`,
  },
  {
    title: 'Chống xói lở bờ biển trong bối cảnh biến đổi khí hậu',
    fieldCodes: ['105', '201'],
    expected: ['coastAcademic', 'coastEngineer', 'coastProject'],
    text: `Đề án phòng chống xói lở bờ biển và thích ứng biến đổi khí hậu cho các đoạn bờ xung yếu. Nhiều đoạn bờ
biển bị xói lở nghiêm trọng, đe dọa nhà dân và đường ven biển. Nội dung: đánh giá diễn biến đường bờ và nguyên
nhân xói lở bờ biển; lựa chọn giải pháp công trình như kè chắn sóng, đê giảm sóng; giải pháp phi công trình
như trồng rừng ngập mặn, nuôi bãi; quy chế quản lý hành lang bảo vệ bờ biển.`,
  },
  {
    title: 'Trợ lý ảo trí tuệ nhân tạo cho thủ tục hành chính',
    fieldCodes: ['102'],
    expected: ['digitalAcademic', 'digitalOfficer', 'digitalProject'],
    text: `Đề án chuyển đổi số trong giải quyết thủ tục hành chính: xây dựng trợ lý ảo ứng dụng trí tuệ nhân tạo
(AI) trả lời câu hỏi của người dân và doanh nghiệp. Người dân gặp khó khăn khi tra cứu hồ sơ, thủ tục; cán bộ
một cửa quá tải. Nội dung: xây dựng kho dữ liệu thủ tục; mô hình xử lý ngôn ngữ tự nhiên tiếng Việt; học máy để
phân loại câu hỏi; tích hợp trợ lý ảo vào cổng dịch vụ công; bảo đảm an toàn dữ liệu cá nhân của chính quyền số.`,
  },
  {
    title: 'Phát triển vùng trồng dược liệu và y học cổ truyền',
    fieldCodes: ['304'],
    expected: ['herbAcademic', 'herbPractitioner', 'herbGrower'],
    text: `Đề án phát triển vùng trồng cây dược liệu ở các xã miền núi gắn với bảo tồn tri thức y học cổ truyền của
đồng bào dân tộc thiểu số. Nguồn dược liệu tự nhiên cạn kiệt, người dân thiếu kỹ thuật trồng và sơ chế. Nội dung:
điều tra nguồn gen dược liệu; xây dựng vùng trồng cây dược liệu theo GACP; phân tích hoạt chất; hỗ trợ hợp tác
xã dược liệu; bào chế thuốc nam và sản phẩm y học cổ truyền có thương hiệu.`,
  },
];
