import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, useLocation, useNavigate } from 'react-router';
import { ADDRESS_PAUSE_MS, useUrlSearch } from './use-url-search';

const FACETS = ['fieldCode'] as const;

function renderSearch(start: string) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <MemoryRouter initialEntries={[start]}>{children}</MemoryRouter>
  );
  return renderHook(
    () => ({ search: useUrlSearch(FACETS), location: useLocation(), navigate: useNavigate() }),
    { wrapper },
  );
}

describe('useUrlSearch: results follow typing, the address follows a pause', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('searches the typed words at once, from page 1, and writes them to the address after the pause', () => {
    const { result } = renderSearch('/experts?q=tom&fieldCode=1&page=3');
    act(() => result.current.search.setQuery('tom hum '));
    expect(result.current.search.state).toEqual({ q: 'tom hum', filters: { fieldCode: '1' }, page: 1 });
    expect(result.current.location.search).toBe('?q=tom&fieldCode=1&page=3');
    act(() => void vi.advanceTimersByTime(ADDRESS_PAUSE_MS - 1));
    expect(result.current.location.search).toBe('?q=tom&fieldCode=1&page=3');
    act(() => void vi.advanceTimersByTime(1));
    expect(result.current.location.search).toBe('?q=tom+hum&fieldCode=1');
    expect(result.current.search.state.q).toBe('tom hum');
  });

  it('writes only the words typing paused on, once', () => {
    const { result } = renderSearch('/experts');
    for (const q of ['c', 'ca', 'ca b', 'ca bi']) {
      act(() => result.current.search.setQuery(q));
      act(() => void vi.advanceTimersByTime(100));
    }
    expect(result.current.location.search).toBe('');
    act(() => void vi.advanceTimersByTime(ADDRESS_PAUSE_MS));
    expect(result.current.location.search).toBe('?q=ca+bi');
  });

  it('takes words that come from elsewhere (Back, a link) over what was typed', () => {
    const { result } = renderSearch('/experts?q=tom');
    act(() => result.current.search.setQuery('tom hum'));
    act(() => void result.current.navigate('/experts?q=ca+bien'));
    expect(result.current.search.state.q).toBe('ca bien');
    act(() => void vi.advanceTimersByTime(ADDRESS_PAUSE_MS * 2));
    expect(result.current.location.search).toBe('?q=ca+bien');
  });

  it('keeps the typed words when a filter is chosen, as a new address entry', () => {
    const { result } = renderSearch('/experts');
    act(() => result.current.search.setQuery('vac xin'));
    act(() => result.current.search.toggle('fieldCode', '3'));
    expect(result.current.location.search).toBe('?q=vac+xin&fieldCode=3');
    act(() => void vi.advanceTimersByTime(ADDRESS_PAUSE_MS));
    expect(result.current.search.state).toEqual({ q: 'vac xin', filters: { fieldCode: '3' }, page: 1 });
    expect(result.current.location.search).toBe('?q=vac+xin&fieldCode=3');
  });
});
