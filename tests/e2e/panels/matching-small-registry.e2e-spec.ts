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
      // words that differ only by their diacritics: storm and newspaper, salt and mosquito
      storm: { fullName: 'Trương Văn Phong', expertise: ['bão nhiệt đới', 'phòng chống bão lũ'] },
      press: { fullName: 'Lý Thị Tin', expertise: ['báo chí', 'báo điện tử'], position: 'Phóng viên báo' },
      salt: { fullName: 'Đinh Văn Diêm', expertise: ['sản xuất muối sạch'] },
      mosquito: { fullName: 'Hồ Thị Vằn', expertise: ['muỗi truyền bệnh sốt xuất huyết'] },
    };
    for (const [key, spec] of Object.entries(profiles)) {
      ids[key] = (await createProfile(t.dataSource, spec)).id;
    }
    await t.app.get(IndexerService).drain();
  });
  afterAll(() => t.close());

  const match = (text: string) =>
    t.app.get(MatchingService).match({ text, fieldCodes: [] }, { includeRetired: false });
  const candidateIds = (result: Awaited<ReturnType<typeof match>>) =>
    result.candidates.map((candidate) => candidate.intellectualId);

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

  it('matches a proposal written with diacritics to the same diacritics only: bão (storm) is not báo (newspaper)', async () => {
    const storm = await match(`Nâng cao năng lực ứng phó với bão cho ngư dân ven biển: dự phòng trước bão,
cứu hộ trong bão và khắc phục sau bão.`);
    expect(storm.keyPhrases.map((phrase) => phrase.text)).toContain('bão');
    expect(storm.candidates[0].intellectualId).toBe(ids.storm);
    expect(candidateIds(storm)).not.toContain(ids.press);
    const everyMatch = storm.candidates.flatMap((candidate) => candidate.matchedPhrases);
    const texts = everyMatch.flatMap((match) => match.places.flatMap((place) => place.texts));
    expect(texts.filter((text) => /báo/u.test(text))).toEqual([]);

    const salt = await match('Sản xuất và tiêu thụ muối: khi nào muối được giá, vì sao muối bị ép giá.');
    expect(candidateIds(salt)).toContain(ids.salt);
    expect(candidateIds(salt)).not.toContain(ids.mosquito);
  });

  it('matches a proposal written without diacritics to every spelling that folds to its words', async () => {
    const result = await match('muoi; muoi; anh huong cua muoi');
    expect(result.keyPhrases).toContainEqual(expect.objectContaining({ text: 'muoi', profiles: 2 }));
    expect(candidateIds(result).slice(0, 2).sort()).toEqual([ids.salt, ids.mosquito].sort());
  });
});
