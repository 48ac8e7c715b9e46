import { Empty, Flex, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../../api/client';
import { ProblemAlert } from '../../../app/ProblemAlert';
import { formatNumber } from '../../../i18n/format';
import { Pager } from './Pager';
import { SearchHitCard } from './SearchHitCard';
import { MAX_PAGE } from './search-state';

interface Props {
  data: Schemas['SearchPageView'] | undefined;
  error: unknown;
  /** A newer search is on its way; the results shown are the previous ones. */
  fetching: boolean;
  page: number;
  pageSize: number;
  linkTo: (id: string) => string;
  onPage: (page: number) => void;
  onRetry: () => void;
}

/** The hits of a search with their count (announced to screen readers) and the pages. */
export function SearchResults({ data, error, fetching, page, pageSize, linkTo, onPage, onRetry }: Props) {
  const { t } = useTranslation('public');
  return (
    <section aria-labelledby="results-heading" aria-busy={fetching}>
      {/* the count follows the heading and the spinner keeps its slot: text that grows or loses its
          spinner moves nothing (layout shift) */}
      <Flex align="baseline" wrap gap={16}>
        <Typography.Title level={2} id="results-heading" style={{ fontSize: 18 }}>
          {t('search.resultsHeading')}
        </Typography.Title>
        <Typography.Text role="status">
          <span className="tkh-status-spin">{fetching ? <Spin size="small" /> : null}</span>
          {data
            ? t('search.results', { total: formatNumber(data.total) })
            : fetching
              ? t('search.searching')
              : ''}
        </Typography.Text>
      </Flex>
      <ProblemAlert error={error} onRetry={onRetry} />
      {/* the first page of hits is taller than the screen: holding its place keeps the footer from
          showing and then being pushed away when they arrive (layout shift) */}
      {!data && !error && <div className="tkh-results-pending" />}
      {data && data.items.length === 0 && (
        <Empty description={`${t('search.noResults')} ${t('search.noResultsHint')}`} />
      )}
      {data?.items.map((hit) => (
        <SearchHitCard key={hit.id} hit={hit} to={linkTo(hit.id)} />
      ))}
      {data && (
        <Pager page={page} pages={Math.min(Math.ceil(data.total / pageSize), MAX_PAGE)} onPage={onPage} />
      )}
    </section>
  );
}
