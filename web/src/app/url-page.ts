import type { PaginationProps } from 'antd';
import { useSearchParams } from 'react-router';

/**
 * The page of a paged list, kept in the address (`?page=…`, or another parameter where a page has
 * two lists) so a reload, the back button or a shared link shows the same page. The other parameters
 * (filters) are kept when the page changes.
 */
export function useUrlPage(pageSize: number, parameter = 'page') {
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Math.floor(Number(params.get(parameter))) || 1);
  const setPage = (next: number) =>
    setParams((current) => {
      const updated = new URLSearchParams(current);
      updated.set(parameter, String(next));
      return updated;
    });
  return {
    page,
    /** The API's window for this page. */
    window: { limit: pageSize, offset: (page - 1) * pageSize },
    /** antd's pagination for `total` items, hidden while they fit on one page. */
    pagination: (total = 0): PaginationProps => ({
      current: page,
      pageSize,
      total,
      showSizeChanger: false,
      hideOnSinglePage: true,
      onChange: setPage,
    }),
  };
}
