import { NICHE_ORDER, nicheWords } from '../../src/seed/generator/niche';
import type { Rng } from '../../src/seed/prng';
import { FIELD_VOCABULARIES, type FieldVocabulary } from '../../src/seed/vocabulary/fields';
import type { NichePools } from '../../src/seed/vocabulary/niches';

/** The generator's vocabulary of a primary field: where its people's titles and expertise come from. */
export function vocabularyOf(fieldCode: string): FieldVocabulary {
  const vocabulary = FIELD_VOCABULARIES.find(({ codes }) => codes.some(([code]) => code === fieldCode));
  if (!vocabulary) throw new Error(`no generator vocabulary for field ${fieldCode}`);
  return vocabulary;
}

/** The field topic a generated title was built on, and whether it is Vietnamese. */
export function topicOf(title: string, vocabulary: FieldVocabulary): { topic: string; vietnamese: boolean } {
  const vi = vocabulary.topicsVi.find((candidate) => title.includes(candidate));
  if (vi) return { topic: vi, vietnamese: true };
  return {
    topic: vocabulary.topicsEn.find((candidate) => title.includes(candidate)) ?? title,
    vietnamese: false,
  };
}

/** The niche specifics a generated title names besides its topic, in the title's language. */
export type NamedSpecifics = Partial<Record<keyof NichePools, string>>;

/**
 * The specifics of the author's niche that a generated title names (none for a title off the
 * niche): in each pool, the longest form the title joins as the generator does (" tại X"), outside
 * the topic, so "tại cảng Nha Trang" is not also read as "tại Nha Trang".
 */
export function specificsOf(title: string, vocabulary: FieldVocabulary): NamedSpecifics {
  const { topic, vietnamese } = topicOf(title, vocabulary);
  const rest = title.replace(topic, '');
  const named: NamedSpecifics = {};
  for (const part of NICHE_ORDER) {
    const pool = vocabulary.niches[part];
    const forms = pool.items
      .map((specific) => specific[vietnamese ? 0 : 1])
      .filter((form) => rest.includes(nicheWords(pool, form, vietnamese)))
      .sort((a, b) => b.length - a.length);
    if (forms[0]) named[part] = forms[0];
  }
  return named;
}

/**
 * Abstract-like text for a generated publication, which has a title only: written from that title
 * alone, its topic and the niche specifics it names (study object, setting, method), in an
 * abstract's generic sentences. Nothing comes from the author's profile or other publications, and
 * no other words of the field are added: an off-niche title gives an abstract of its topic only.
 */
export function abstractFor(title: string, vocabulary: FieldVocabulary, rng: Rng): string {
  const { topic, vietnamese } = topicOf(title, vocabulary);
  const { subjects, settings, methods } = specificsOf(title, vocabulary);
  const joined = (part: keyof NichePools, form: string | undefined, otherwise: string) =>
    form ? nicheWords(vocabulary.niches[part], form, vietnamese) : otherwise;
  const from = rng.int(2012, 2021);
  const until = from + rng.int(1, 4);
  if (!vietnamese) {
    return [
      `This study reports ${topic}.`,
      ...(subjects ? [`It focuses on ${subjects}.`] : []),
      `Earlier work on this subject in the region has been limited to small samples and single seasons.`,
      `Data were collected from ${from} to ${until}${joined('settings', settings, '')} and analysed${joined('methods', methods, ' with mixed-effects models')}.`,
      `Results show that ${topic} varied markedly between seasons and sites, with the largest differences in the dry season.`,
      `We discuss the implications for management in the province.`,
    ].join(' ');
  }
  return [
    `Bài báo trình bày kết quả ${topic}.`,
    ...(subjects ? [`Đối tượng nghiên cứu là ${subjects}.`] : []),
    `Các công trình trước đây về vấn đề này mới dừng ở quy mô nhỏ và trong một mùa vụ.`,
    `Số liệu được thu thập trong giai đoạn ${from}–${until}${joined('settings', settings, '')}, phân tích${joined('methods', methods, ' bằng các mô hình thống kê')}.`,
    `Kết quả cho thấy ${topic} có sự khác biệt rõ rệt giữa các mùa và các điểm khảo sát.`,
    `Từ đó, nhóm tác giả đề xuất một số giải pháp phù hợp với điều kiện của tỉnh.`,
  ].join(' ');
}

const SECTION_OPENERS = [
  'Sự cần thiết của đề án.',
  'Căn cứ pháp lý và thực tiễn.',
  'Mục tiêu tổng quát và mục tiêu cụ thể.',
  'Nội dung và phạm vi thực hiện.',
  'Phương pháp tiếp cận và kỹ thuật sử dụng.',
  'Tổ chức thực hiện và phân công trách nhiệm.',
  'Dự kiến kinh phí và nguồn vốn.',
  'Hiệu quả kinh tế, xã hội và môi trường.',
];
const SENTENCES = [
  (a: string, b: string) =>
    `Trong những năm qua, ${a} đã có bước phát triển nhưng còn nhiều hạn chế, nhất là về ${b}.`,
  (a: string, b: string) =>
    `Đề án tập trung giải quyết các vấn đề về ${a}, đồng thời lồng ghép nội dung ${b} trong từng giai đoạn.`,
  (a: string, b: string) =>
    `Các đơn vị chủ trì phối hợp với viện, trường để chuyển giao kết quả về ${a} và đào tạo nhân lực cho ${b}.`,
  (a: string, b: string) =>
    `Hội đồng cần xem xét tính khả thi của các chỉ tiêu về ${a}, cũng như tác động của ${b} đối với người dân vùng ven biển.`,
  (a: string, b: string) =>
    `Kinh nghiệm của các địa phương khác cho thấy ${a} chỉ hiệu quả khi gắn với ${b} và cơ chế đặt hàng rõ ràng.`,
  (a: string, b: string) =>
    `Giai đoạn sau năm 2030 sẽ mở rộng mô hình ${a} ra các xã, phường còn lại và đánh giá lại ${b}.`,
];

/**
 * A long Vietnamese proposal (đề án) of about `words` words in the genre's own sentences, about one
 * field's expertise and topics with a second field's mixed in, as the province's proposals read.
 */
export function longProposal(
  main: FieldVocabulary,
  second: FieldVocabulary,
  words: number,
  rng: Rng,
): string {
  const terms = [
    ...main.expertise,
    ...main.topicsVi,
    ...main.expertise,
    ...second.expertise,
    ...second.topicsVi,
  ];
  const parts: string[] = [];
  let count = 0;
  let section = 0;
  while (count < words) {
    const sentence =
      count === 0 || rng.chance(0.08)
        ? SECTION_OPENERS[section++ % SECTION_OPENERS.length]
        : rng.pick(SENTENCES)(rng.pick(terms), rng.pick(terms));
    parts.push(sentence);
    count += sentence.split(/\s+/).length;
  }
  return parts.join(' ');
}

export const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** The proposal's first ten words: what one Meilisearch query reads of it. */
export const firstTenWords = (text: string) => text.split(/\s+/).filter(Boolean).slice(0, 10).join(' ');
