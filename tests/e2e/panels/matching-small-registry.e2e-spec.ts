import { MatchingService } from '../../../src/panels';
import { IndexerService } from '../../../src/search/indexer/indexer.service';
import { createProfile } from '../../support/factories/search-profile.factory';
import { startTestApp, TestApp } from '../../support/test-app';

jest.setTimeout(120_000);

/**
 * A small registry (a pilot, a new installation: eight profiles): the subject two of them share is
 * on a quarter of the profiles, above the share the matcher treats as too common in a large
 * registry, and still what tells them from the rest.
 */
describe('expert matching in a small registry', () => {
  let t: TestApp;
  const ids = {} as Record<string, string>;

  beforeAll(async () => {
    t = await startTestApp();
    const profiles: Record<string, { fullName: string; expertise: string[]; position?: string }> = {
      cageFarmer: { fullName: 'Huỳnh Văn Lợi', expertise: ['nuôi tôm hùm lồng bè'] },
      hatchery: {
        fullName: 'Nguyễn Thị Hạnh',
        expertise: ['sản xuất giống thủy sản'],
        position: 'Trưởng trại nuôi tôm hùm giống',
      },
      // neighbours sharing a syllable or the genre's words, not the subject
      whitelegShrimp: { fullName: 'Võ Thị Ngọc Hân', expertise: ['bệnh tôm thẻ chân trắng'] },
      cobia: { fullName: 'Trần Văn Bớp', expertise: ['nuôi cá biển'] },
      windPower: { fullName: 'Lê Minh Gió', expertise: ['điện gió ngoài khơi'] },
      rabies: { fullName: 'Phạm Thị Dại', expertise: ['vắc xin phòng bệnh dại'] },
      tourism: { fullName: 'Đặng Văn Du', expertise: ['du lịch biển đảo'] },
      water: { fullName: 'Bùi Thị Nước', expertise: ['cấp thoát nước đô thị'] },
    };
    for (const [key, spec] of Object.entries(profiles)) {
      ids[key] = (await createProfile(t.dataSource, spec)).id;
    }
    await t.app.get(IndexerService).drain();
  });
  afterAll(() => t.close());

  it('ranks the two people holding the subject first', async () => {
    const result = await t.app.get(MatchingService).match(
      {
        text: `Nhân rộng mô hình nuôi tôm hùm lồng tại vịnh Cam Ranh. Dự án hỗ trợ các hộ nuôi tôm hùm
chuyển sang lồng chịu sóng, chọn con giống khỏe và theo dõi tăng trưởng của tôm hùm sau sáu tháng.`,
        fieldCodes: [],
      },
      { includeRetired: false },
    );
    expect(result.keyPhrases.map((phrase) => phrase.text)).toContain('tôm hùm');
    expect(
      result.candidates
        .slice(0, 2)
        .map((candidate) => candidate.intellectualId)
        .sort(),
    ).toEqual([ids.cageFarmer, ids.hatchery].sort());
  });
});
