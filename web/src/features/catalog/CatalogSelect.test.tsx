import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { api } from '../../api/client';
import { CatalogLabel, CatalogSelect } from './CatalogSelect';

const COMMUNES = [
  { code: '22366', nameVi: 'Phường Nha Trang', nameEn: null },
  { code: '22333', nameVi: 'Phường Bắc Nha Trang', nameEn: null },
  { code: '22435', nameVi: 'Xã Đông Khánh Sơn', nameEn: null },
].map((entry) => ({ ...entry, parentCode: null, level: 1, attributes: {} }));

function answer(items: typeof COMMUNES, offset = 0) {
  return {
    data: { items, total: items.length, limit: 100, offset },
    error: undefined,
    response: new Response('{}', { status: 200 }),
  };
}

function renderWithClient(node: React.ReactNode) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(<QueryClientProvider client={client}>{node}</QueryClientProvider>);
}

afterEach(() => vi.restoreAllMocks());

describe('the catalog picker', () => {
  it('finds an entry typed without diacritics, names its open list after the field, and picks its code', async () => {
    const get = vi.spyOn(api, 'GET').mockResolvedValue(answer(COMMUNES) as never);
    const onChange = vi.fn();
    renderWithClient(<CatalogSelect catalog="communes" label="Quê quán" onChange={onChange} />);
    const box = screen.getByRole('combobox', { name: 'Quê quán' });
    await userEvent.click(box);
    await userEvent.type(box, 'dong khanh');
    const list = await screen.findByRole('listbox');
    await waitFor(() => expect(list).toHaveAttribute('aria-label', 'Quê quán'));
    // one option is left, named for screen readers by the entry's name
    await waitFor(() =>
      expect(screen.getAllByRole('option').map((option) => option.getAttribute('aria-label'))).toEqual([
        'Xã Đông Khánh Sơn',
      ]),
    );
    await userEvent.click(
      screen.getByText('Xã Đông Khánh Sơn', { selector: '.ant-select-item-option-content' }),
    );
    expect(onChange).toHaveBeenCalledWith('22435');
    // the whole catalog is read once, through the typed client
    expect(get).toHaveBeenCalledTimes(1);
    expect(get.mock.calls[0][0]).toBe('/catalog/{name}');
  });

  it('shows a code by its name, and a code the catalog lacks as the code', async () => {
    vi.spyOn(api, 'GET').mockResolvedValue(answer(COMMUNES) as never);
    renderWithClient(
      <>
        <CatalogLabel catalog="communes" code="22366" />|<CatalogLabel catalog="communes" code="99999" />
      </>,
    );
    await screen.findByText('Phường Nha Trang|99999');
  });
});
