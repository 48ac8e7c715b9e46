import { Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../i18n/format';

/**
 * Previous / next with "page 2 of 15". Ant Design's Pagination weighs 31 KB gzip (it brings a select
 * for the page size), more than the rest of the search page's own code.
 */
export function Pager({
  page,
  pages,
  onPage,
}: {
  page: number;
  pages: number;
  onPage: (page: number) => void;
}) {
  const { t } = useTranslation('public');
  if (pages <= 1) return null;
  return (
    <nav aria-label={t('search.pages')}>
      <Flex gap={8} align="center" justify="center" wrap>
        <Button disabled={page <= 1} onClick={() => onPage(page - 1)}>
          {t('search.previous')}
        </Button>
        <Typography.Text aria-current="page">
          {t('search.pageOf', { page: formatNumber(page), pages: formatNumber(pages) })}
        </Typography.Text>
        <Button disabled={page >= pages} onClick={() => onPage(page + 1)}>
          {t('search.next')}
        </Button>
      </Flex>
    </nav>
  );
}
