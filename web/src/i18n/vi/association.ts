export default {
  title: 'Tìm chuyên gia',
  intro:
    'Tìm trong toàn bộ trí thức đang hoạt động để mời tư vấn, phản biện, giám định xã hội hoặc đề cử khen thưởng. Gõ không dấu hay gõ sai một chữ vẫn tìm được; mọi bộ lọc nằm trong địa chỉ trang để lưu hoặc gửi cho đồng nghiệp.',
  searchLabel: 'Tìm theo tên, chuyên môn, lĩnh vực, công trình, cơ quan',
  exportLabel: 'Xuất danh sách kết quả:',
  export: {
    xlsx: 'Tải Excel',
    csv: 'Tải CSV',
  },
} as const;
