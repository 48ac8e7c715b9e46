import { loadIndexSettings } from '../../../src/search/index/index-settings';
import { LongSynonyms } from '../../../src/search/query/long-synonyms';

describe('long synonym members', () => {
  const synonyms = new LongSynonyms([
    ['trí tuệ nhân tạo', 'ai', 'artificial intelligence'],
    ['y học', 'medicine'],
    ['y học cổ truyền', 'traditional medicine', 'đông y'],
    ['yến sào', 'chim yến', "edible bird's nest"],
  ]);

  it.each([
    ['trí tuệ nhân tạo', 'artificial intelligence'],
    ['Tri Tue Nhan Tao', 'artificial intelligence'],
    ['chuyên gia trí tuệ nhân tạo, Nha Trang', 'chuyên gia artificial intelligence, Nha Trang'],
    ['y học cổ truyền', 'traditional medicine'],
    ['y học', 'y học'],
    ["Edible bird's nest", 'yến sào'],
    ['trí tuệ nhân', 'trí tuệ nhân'],
    ['', ''],
  ])('%j → %j', (query, expected) => {
    expect(synonyms.rewrite(query)).toBe(expected);
  });

  it('refuses a group whose members are all too long for Meilisearch to expand', () => {
    expect(() => new LongSynonyms([['năng lượng tái tạo', 'năng lượng sạch và bền vững']])).toThrow(
      /at most 3 words/,
    );
  });

  it('accepts the shipped groups', () => {
    expect(() => new LongSynonyms(loadIndexSettings('intellectuals').synonymGroups)).not.toThrow();
  });
});
