import { act, fireEvent, render, screen } from '@testing-library/react';
import { SearchBox, TYPING_PAUSE_MS } from './SearchBox';

describe('SearchBox: search as one types', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const type = (text: string) =>
    fireEvent.change(screen.getByLabelText('Từ khóa'), { target: { value: text } });
  const wait = (ms: number) => {
    // act runs a synchronous callback at once; its thenable has nothing left to wait for
    void act(() => {
      vi.advanceTimersByTime(ms);
    });
  };

  it('hands on the words once, after a pause in typing, trimmed', () => {
    const onSettled = vi.fn();
    render(<SearchBox value="" onSettled={onSettled} label="Từ khóa" />);
    type('ng');
    wait(100);
    type('nguyen ');
    wait(TYPING_PAUSE_MS - 1);
    expect(onSettled).not.toHaveBeenCalled();
    wait(1);
    expect(onSettled.mock.calls).toEqual([['nguyen']]);
  });

  it('does not search again for the words the results already show', () => {
    const onSettled = vi.fn();
    render(<SearchBox value="nguyen van" onSettled={onSettled} label="Từ khóa" />);
    type('nguyen van ');
    wait(TYPING_PAUSE_MS);
    expect(onSettled).not.toHaveBeenCalled();
  });

  it('shows words that change from elsewhere (Back, a link) without sending the old ones back', () => {
    const onSettled = vi.fn();
    const { rerender } = render(<SearchBox value="tom hum" onSettled={onSettled} label="Từ khóa" />);
    rerender(<SearchBox value="ca bien" onSettled={onSettled} label="Từ khóa" />);
    expect(screen.getByLabelText('Từ khóa')).toHaveValue('ca bien');
    wait(TYPING_PAUSE_MS * 2);
    expect(onSettled).not.toHaveBeenCalled();
  });
});
