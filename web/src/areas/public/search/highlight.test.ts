import { parseHighlight } from './highlight';

describe('parseHighlight', () => {
  it('splits a value into matched and unmatched runs', () => {
    expect(parseHighlight('sinh thái <mark>rừng</mark> <mark>ngập</mark> mặn')).toEqual([
      { text: 'sinh thái ', marked: false },
      { text: 'rừng', marked: true },
      { text: ' ', marked: false },
      { text: 'ngập', marked: true },
      { text: ' mặn', marked: false },
    ]);
  });

  it('turns escaped characters back into text, so markup typed into a profile shows as typed', () => {
    expect(parseHighlight('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; <mark>AI</mark>')).toEqual(
      [
        { text: '<script>alert("x")</script> & ', marked: false },
        { text: 'AI', marked: true },
      ],
    );
  });

  it('keeps an escaped mark tag as text, not a match', () => {
    expect(parseHighlight('&lt;mark&gt;x&lt;/mark&gt;')).toEqual([{ text: '<mark>x</mark>', marked: false }]);
  });

  it('reads an entity only once: &amp;lt; is the text &lt;', () => {
    expect(parseHighlight('a &amp;lt; b')).toEqual([{ text: 'a &lt; b', marked: false }]);
  });

  it('gives a value without matches as one run, and nothing for an empty one', () => {
    expect(parseHighlight('Nguyễn Văn An')).toEqual([{ text: 'Nguyễn Văn An', marked: false }]);
    expect(parseHighlight('')).toEqual([]);
  });

  it('joins neighbouring matches into one marked run', () => {
    expect(parseHighlight('<mark>Nguyễn</mark><mark> Văn</mark> An')).toEqual([
      { text: 'Nguyễn Văn', marked: true },
      { text: ' An', marked: false },
    ]);
  });
});
