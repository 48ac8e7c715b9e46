import type { CreateReviewRequestDto } from '../panels';

/** A date `days` from now (YYYY-MM-DD), so demo deadlines stay in the future. */
export function daysFromNow(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** The S&T fields of the demo task order; the demo intellectual is someone they reach. */
export const DEMO_NEED_FIELD_CODES = ['405', '406'];

/**
 * Fictional requests of the demo agency: one sent to the association, one still a draft, and a task
 * order the association accepted, so the needs board (/me/matching-needs) is not empty.
 */
export function demoRequests(): Array<{ input: CreateReviewRequestDto; submit: boolean; accept?: boolean }> {
  return [
    {
      submit: true,
      input: {
        kind: 'critique',
        title: 'Phản biện đề án phát triển nuôi biển công nghệ cao vùng vịnh Vân Phong đến năm 2030',
        summary:
          'Đề án đề xuất chuyển đổi lồng bè truyền thống sang lồng HDPE chịu sóng, quy hoạch vùng nuôi cá biển và tôm hùm, kèm hệ thống quan trắc môi trường tự động.',
        proposalText:
          'Vịnh Vân Phong có điều kiện thuận lợi cho nuôi biển. Đề án đề xuất: (1) thay lồng gỗ bằng lồng HDPE chịu được gió cấp 10; (2) quy hoạch 1.200 ha mặt nước nuôi cá bớp, cá chim vây vàng và tôm hùm bông; (3) quan trắc chất lượng nước tự động, cảnh báo tảo nở hoa; (4) sản xuất giống và vắc xin phòng bệnh cho cá biển; (5) liên kết tiêu thụ với doanh nghiệp chế biến.',
        fieldCodes: ['405', '207'],
        panelSizeMin: 5,
        panelSizeMax: 7,
        rolesWanted: { reviewer: 2 },
        opinionsAttributed: true,
        opinionsVisibleToMembers: false,
        deadline: daysFromNow(45),
        drafters: [{ name: 'Phòng Quản lý khoa học, Sở Khoa học và Công nghệ' }],
      },
    },
    {
      submit: false,
      input: {
        kind: 'consulting',
        title: 'Tư vấn lộ trình phát triển điện mặt trời áp mái cho các cơ quan hành chính tỉnh',
        summary:
          'Xin ý kiến chuyên gia về quy mô, mô hình đầu tư và đấu nối điện mặt trời áp mái tại trụ sở các sở, ban, ngành.',
        fieldCodes: ['202'],
        panelSizeMin: 3,
        panelSizeMax: 5,
        deadline: daysFromNow(60),
      },
    },
    {
      submit: true,
      accept: true,
      input: {
        kind: 'task_order',
        title: 'Đặt hàng nhiệm vụ: giảm thiệt hại do bệnh sữa trên tôm hùm nuôi lồng ở vịnh Vân Phong',
        summary:
          'Tôm hùm nuôi lồng ở Vạn Ninh chết rải rác mỗi mùa mưa do bệnh sữa. Sở cần nhóm chuyên gia đề xuất quy trình phòng bệnh, chế phẩm sinh học và cách quan trắc nước phù hợp với hộ nuôi nhỏ.',
        fieldCodes: DEMO_NEED_FIELD_CODES,
        panelSizeMin: 3,
        panelSizeMax: 5,
        deadline: daysFromNow(75),
      },
    },
  ];
}
