import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, useLocation } from 'react-router';
import { useUrlPage } from './url-page';

function renderPage(start: string, parameter?: string) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <MemoryRouter initialEntries={[start]}>{children}</MemoryRouter>
  );
  return renderHook(() => ({ paging: useUrlPage(20, parameter), location: useLocation() }), { wrapper });
}

describe('useUrlPage: the page of a list lives in the address', () => {
  it('asks the API for the window of the page the address names', () => {
    const { result } = renderPage('/review-requests?state=submitted&page=3');
    expect(result.current.paging.page).toBe(3);
    expect(result.current.paging.window).toEqual({ limit: 20, offset: 40 });
  });

  it('starts at page 1 when the address names no page or a page that is not one', () => {
    for (const start of ['/x', '/x?page=0', '/x?page=-2', '/x?page=abc', '/x?page=2.5x']) {
      expect(renderPage(start).result.current.paging.page).toBe(1);
    }
  });

  it('moves to another page keeping the filters, and hides itself while everything fits on one page', () => {
    const { result } = renderPage('/review-requests?state=submitted');
    const pagination = result.current.paging.pagination(45);
    expect(pagination).toMatchObject({ current: 1, pageSize: 20, total: 45, hideOnSinglePage: true });
    act(() => pagination.onChange?.(2, 20));
    expect(result.current.location.search).toBe('?state=submitted&page=2');
    expect(result.current.paging.window.offset).toBe(20);
  });

  it('uses its own parameter where a page shows a second list', () => {
    const { result } = renderPage('/panel?page=2', 'candidates');
    act(() => result.current.paging.pagination(100).onChange?.(4, 20));
    expect(result.current.location.search).toBe('?page=2&candidates=4');
    expect(result.current.paging.page).toBe(4);
  });
});
