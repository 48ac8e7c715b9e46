import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { Button, Col, Flex, Row, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type ApiPaths } from '../../api/client';
import { ProblemAlert } from '../../app/ProblemAlert';
import { usePageTitle } from '../../app/page-title';
import { FacetFilters } from '../public/search/FacetFilters';
import { SearchBox } from '../public/search/SearchBox';
import { SearchResults } from '../public/search/SearchResults';
import { searchParamsOf, searchQuery } from '../public/search/search-state';
import { useUrlSearch } from '../public/search/use-url-search';
import { EXPERT_FACETS, exportQuery } from './export-query';

type StaffQuery = NonNullable<ApiPaths['/search/intellectuals']['get']['parameters']['query']>;
type Format = 'xlsx' | 'csv';

const PAGE_SIZE = 20;

/** /experts: association staff find experts as they type, narrow by facets, open and export them. */
export default function ExpertsPage() {
  const { t } = useTranslation('association');
  const { t: shared } = useTranslation('public');
  usePageTitle(t('title'));
  const search = useUrlSearch(EXPERT_FACETS);
  const current = search.state;
  const results = useQuery({
    queryKey: ['experts', searchParamsOf(current, EXPERT_FACETS).toString()],
    // a newer keystroke aborts the request still under way (TanStack Query's signal)
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/search/intellectuals', {
          params: { query: searchQuery(current, EXPERT_FACETS, PAGE_SIZE) as StaffQuery },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
  const download = useMutation({
    mutationFn: async (format: Format) => {
      const query = exportQuery(current);
      const blob =
        format === 'xlsx'
          ? await unwrap(api.GET('/exports/intellectuals.xlsx', { params: { query }, parseAs: 'blob' }))
          : await unwrap(api.GET('/exports/intellectuals.csv', { params: { query }, parseAs: 'blob' }));
      saveFile(blob, `chuyen-gia.${format}`);
    },
  });

  return (
    <>
      <Typography.Title level={1}>{t('title')}</Typography.Title>
      <Typography.Paragraph>{t('intro')}</Typography.Paragraph>
      <SearchBox value={search.state.q} onQuery={search.setQuery} label={t('searchLabel')} />
      <Flex wrap gap={8} align="center" style={{ marginBottom: 16 }}>
        <Typography.Text>{t('exportLabel')}</Typography.Text>
        <Space wrap>
          {(['xlsx', 'csv'] as const).map((format) => (
            <Button
              key={format}
              onClick={() => download.mutate(format)}
              loading={download.isPending && download.variables === format}
              disabled={!results.data || results.data.total === 0}
            >
              {t(`export.${format}`)}
            </Button>
          ))}
        </Space>
      </Flex>
      <ProblemAlert error={download.error} />
      <Row gutter={[24, 16]}>
        <Col xs={24} md={8} lg={6}>
          <FacetFilters
            facets={results.data?.facets}
            names={EXPERT_FACETS}
            title={(name) => shared(`facet.${name}`)}
            selected={search.state.filters}
            onToggle={search.toggle}
            onClear={search.clearFilters}
          />
        </Col>
        <Col xs={24} md={16} lg={18}>
          <SearchResults
            data={results.data}
            error={results.error}
            fetching={results.isFetching}
            page={search.state.page}
            pageSize={PAGE_SIZE}
            linkTo={(id) => `/people/${id}`}
            onPage={search.setPage}
            onRetry={() => void results.refetch()}
          />
        </Col>
      </Row>
    </>
  );
}

/** Hands a downloaded file to the browser as a download with this name. */
function saveFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // the browser has taken the file once the click is handled
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
