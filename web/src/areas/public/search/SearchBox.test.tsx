import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { SearchBox } from './SearchBox';

/** The box as a page holds it: the words it hands on become the value the results are for. */
function Page({ initial, onQuery }: { initial: string; onQuery: (q: string) => void }) {
  const [q, setQ] = useState(initial);
  return (
    <SearchBox
      value={q}
      onQuery={(next) => {
        onQuery(next);
        setQ(next);
      }}
      label="Từ khóa"
    />
  );
}

describe('SearchBox: results as one types', () => {
  const type = (text: string) =>
    fireEvent.change(screen.getByLabelText('Từ khóa'), { target: { value: text } });

  it('hands on the trimmed words at every keystroke that changes them, and not for a space', () => {
    const onQuery = vi.fn();
    render(<Page initial="" onQuery={onQuery} />);
    type('n');
    type('ng');
    type('ng ');
    type('ng v');
    expect(onQuery.mock.calls).toEqual([['n'], ['ng'], ['ng v']]);
    expect(screen.getByLabelText('Từ khóa')).toHaveValue('ng v');
  });

  it('shows words that change from elsewhere (Back, a link) without sending them back', () => {
    const onQuery = vi.fn();
    const { rerender } = render(<SearchBox value="tom hum" onQuery={onQuery} label="Từ khóa" />);
    rerender(<SearchBox value="ca bien" onQuery={onQuery} label="Từ khóa" />);
    expect(screen.getByLabelText('Từ khóa')).toHaveValue('ca bien');
    expect(onQuery).not.toHaveBeenCalled();
  });
});
