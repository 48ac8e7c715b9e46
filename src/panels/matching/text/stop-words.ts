/**
 * Function words that carry no expertise, compared on the lower-cased NFC syllable BEFORE diacritics are
 * folded: folded, "được" (passive marker) would also drop "dược" (pharmacy), "của" the crab "cua", "là"
 * the leaf "lá". Both tone placements are listed where they differ (hoà/hòa). English ones because
 * publication titles and many proposals mix languages. Everything else is left to the IDF weights.
 */
const VIETNAMESE = `
và với cùng của cho các những mọi mỗi từng một hai ba này kia ấy đó đây nọ đấy
là thì mà rằng nên nếu vì bởi do để nhằm nhưng tuy song còn hoặc hay
được bị đã đang sẽ vẫn cũng đều chỉ rất quá lắm hơn nhất khá
có không chưa chẳng phải cần nên
ở tại trong trên dưới giữa sau trước khi lúc từ đến tới về theo qua bằng như
thế vậy nào gì sao đâu bao nhiêu
việc sự cái chiếc cuộc
đối với về vào ra lên xuống
nhau mình họ chúng ta tôi chúng tôi
năm tháng ngày
gồm bao gồm cụ thể như sau
`;

const ENGLISH = `
a an the of and or in on at to for from by with without into onto over under about as is are was were be been
being its it this that these those their our we which who whom whose than then there here
using use based via new towards toward between among within vs
`;

export const STOP_WORDS: ReadonlySet<string> = new Set(
  `${VIETNAMESE} ${ENGLISH}`.normalize('NFC').split(/\s+/).filter(Boolean),
);
