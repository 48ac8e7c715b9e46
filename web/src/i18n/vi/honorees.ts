export default {
  list: {
    title: 'Kết quả xét chọn, tôn vinh',
    intro:
      'Các đợt xét chọn, tôn vinh đã công bố kết quả. Chỉ những người đã đồng ý công khai hồ sơ được nêu tên.',
    loading: 'Đang tải các đợt đã công bố…',
    empty: 'Chưa có đợt xét chọn, tôn vinh nào được công bố.',
    honorees: '{{count}} người được khen thưởng',
    levelCount: '{{level}}: {{count}} người',
    open: 'Xem danh sách được khen thưởng',
  },
  campaign: {
    year: 'Năm {{year}}',
    organizer: 'Đơn vị tổ chức: {{name}}',
    decision: 'Quyết định số {{number}} ngày {{date}}',
    levelsHeading: 'Danh sách được khen thưởng',
    noneNamed: 'Không có người được khen thưởng ở mức này.',
    others: 'và {{count}} người khác được khen thưởng',
    othersOnly: '{{count}} người được khen thưởng',
    othersNote:
      'Người chưa đồng ý công khai hồ sơ chỉ được đếm, không nêu tên, theo Luật Bảo vệ dữ liệu cá nhân.',
    loading: 'Đang tải danh sách được khen thưởng…',
    backToList: 'Tất cả các đợt đã công bố',
    notFoundTitle: 'Không tìm thấy đợt xét chọn này',
    notFoundDetail: 'Đợt này không tồn tại hoặc chưa công bố kết quả.',
  },
  award: {
    link: 'Danh sách được khen thưởng của đợt xét chọn',
    linkNamed: 'Danh sách được khen thưởng của đợt xét chọn đã trao {{name}}',
  },
} as const;
