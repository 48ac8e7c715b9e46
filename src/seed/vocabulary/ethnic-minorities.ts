import type { Gender } from '../../intellectuals';

/**
 * Ethnic minorities of Khánh Hòa (after the 2025 merger with Ninh Thuận), with the communes where
 * each lives and how its personal names are built. Codes are those of ethnic-groups.csv.
 */
export interface MinorityGroup {
  code: string;
  /** Share among minority intellectuals of the generated set. */
  weight: number;
  communes: readonly string[];
  name(gender: Gender, pick: <T>(items: readonly T[]) => T): string;
}

const VIETNAMESE_GIVEN: Record<Gender, readonly string[]> = {
  male: ['Minh', 'Thịnh', 'Dũng', 'Hải', 'Quang', 'Thanh', 'Tuấn', 'Long'],
  female: ['Hạnh', 'Lan', 'Hoa', 'Thủy', 'Bích', 'Yến', 'Nhung', 'Mai'],
};

const CLANS = ['Niê', 'Êban', 'Mlô', 'Ayun', 'Ksơr', 'Byă'] as const;

export const MINORITY_GROUPS: readonly MinorityGroup[] = [
  {
    code: '21', // Raglai: Khánh Sơn, Khánh Vĩnh, Bác Ái
    weight: 40,
    communes: ['22714', '22720', '22732', '22609', '22615', '22612', '22795', '22801', '22786'],
    name: (gender, pick) =>
      `${pick(['Mấu', 'Chamaléa', 'Katơr', 'Pinăng', 'Bo Bo', 'Cao', 'Tro'])} ${
        gender === 'male' ? 'Văn' : 'Thị'
      } ${pick(VIETNAMESE_GIVEN[gender])}`,
  },
  {
    code: '17', // Chăm: Ninh Phước, Phước Hữu, Phước Hậu, Thuận Nam, Ninh Hải, Phan Rang
    weight: 35,
    communes: ['22870', '22891', '22873', '22897', '22852', '22759'],
    name: (gender, pick) =>
      `${pick(['Đàng', 'Thành', 'Quảng', 'Thiên', 'Lưu', 'Bá', 'Trượng', 'Phú', 'Nại', 'Hán'])} ${
        gender === 'male'
          ? pick(['Năng', 'Đại', 'Văn', 'Sanh', 'Minh'])
          : pick(['Thị', 'Thị Hồng', 'Thị Kim'])
      } ${pick(VIETNAMESE_GIVEN[gender])}`,
  },
  {
    code: '16', // Cơ Ho: Ninh Sơn, Lâm Sơn, Anh Dũng, Khánh Vĩnh
    weight: 15,
    communes: ['22810', '22813', '22828', '22609'],
    name: (gender, pick) =>
      gender === 'male'
        ? `${pick(['Bon Niêng', 'Liêng Hót', 'Kơ Să', 'Ya'])} K'${pick(['Brơi', 'Sơ', 'Rin', 'Tiếu', 'Dũng', 'Hà'])}`
        : `${pick(['Bon Niêng', 'Liêng Hót', 'Kơ Să'])} Ka ${pick(['Huệ', 'Điệp', 'Nhung', 'Thủy'])}`,
  },
  {
    code: '12', // Ê Đê: Tây and Nam Khánh Vĩnh
    weight: 10,
    communes: ['22624', '22648'],
    name: (gender, pick) =>
      gender === 'male'
        ? `Y ${pick(['Bih', 'Ngông', 'Moan', 'Jek', 'Blô'])} ${pick(CLANS)}`
        : `H'${pick(['Linh', 'Mai', 'Hen', 'Drai'])} ${pick(CLANS)}`,
  },
];
