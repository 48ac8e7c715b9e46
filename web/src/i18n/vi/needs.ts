/** The needs board: task orders matched to experts' fields, their interest and staff's shortlist. */
export default {
  board: {
    title: 'Nhu cầu phù hợp với tôi',
    intro:
      'Các đặt hàng nhiệm vụ mà Liên hiệp các Hội đã tiếp nhận, thuộc lĩnh vực của bạn. Bày tỏ quan tâm để cán bộ cân nhắc mời bạn vào nhóm chuyên gia; bạn có thể rút lại bất cứ lúc nào.',
    notProposable:
      'Hồ sơ của bạn hiện không thuộc diện được đề xuất tham gia hội đồng, nên bảng nhu cầu không hiển thị đặt hàng nào.',
    empty: 'Hiện chưa có đặt hàng nào thuộc lĩnh vực của bạn',
    agency: 'Cơ quan đặt hàng',
    deadline: 'Hạn hoàn thành',
    fields: 'Lĩnh vực',
    summary: 'Nội dung',
    interested: 'Bạn đã bày tỏ quan tâm',
    interestedAt: 'Bạn đã bày tỏ quan tâm lúc {{when}}',
    note: 'Ghi chú gửi Liên hiệp các Hội (không bắt buộc)',
    noteHelp: 'Tối đa 500 ký tự, ví dụ kinh nghiệm liên quan của bạn.',
    express: 'Bày tỏ quan tâm',
    updateNote: 'Cập nhật ghi chú',
    withdraw: 'Rút quan tâm',
    withdrawConfirm: 'Rút quan tâm với đặt hàng này?',
    confirm: 'Đồng ý',
    cancel: 'Hủy',
    saved: 'Đã ghi nhận quan tâm của bạn',
  },
  staff: {
    title: 'Quan tâm',
    intro:
      'Chuyên gia thuộc lĩnh vực của đặt hàng tự bày tỏ quan tâm; chọn vào danh sách rút gọn từ người quan tâm và người được hệ thống ghép nối, rồi xếp họ vào hội đồng ở trang lập hội đồng.',
    counts: '{{interested}} chuyên gia quan tâm, {{shortlisted}} trong danh sách rút gọn',
    none: 'Chưa có chuyên gia nào bày tỏ quan tâm',
    interested: 'Đã quan tâm',
    shortlisted: 'Trong danh sách rút gọn',
    match: 'Hạng {{rank}} trong kết quả ghép nối, điểm {{score}}',
    noMatch: 'Không có trong kết quả ghép nối',
    conflict: 'Xung đột lợi ích: {{rules}}',
    block: 'mức chặn',
    warn: 'cần lưu ý',
    note: 'Ghi chú: {{note}}',
    shortlist: 'Đưa vào danh sách rút gọn',
    unshortlist: 'Bỏ khỏi danh sách rút gọn',
    topMatched: 'Chuyên gia phù hợp nhất (chưa bày tỏ quan tâm)',
    topMatchedNone: 'Không còn chuyên gia ghép nối nào khác',
  },
  agency: {
    count: 'Chuyên gia quan tâm: {{interested}}; Liên hiệp các Hội đã chọn sơ bộ: {{shortlisted}}',
  },
} as const;
