import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Col, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type ApiPaths } from '../../api/client';
import { usePageTitle } from '../../app/page-title';
import { FacetFilters } from './search/FacetFilters';
import { SearchBox } from './search/SearchBox';
import { SearchResults } from './search/SearchResults';
import { searchParamsOf, searchQuery } from './search/search-state';
import { useUrlSearch } from './search/use-url-search';

type DirectoryQuery = NonNullable<ApiPaths['/directory']['get']['parameters']['query']>;

/** What anyone may filter the directory by (public attributes only). */
export const DIRECTORY_FACETS = [
  'fieldCode',
  'degreeLevel',
  'academicTitle',
  'organizationId',
  'sector',
  'overseas',
  'countryCode',
] as const;

const PAGE_SIZE = 20;

export default function DirectoryPage() {
  const { t } = useTranslation('public');
  usePageTitle(t('directory.title'));
  const search = useUrlSearch(DIRECTORY_FACETS);
  const current = search.state;
  const results = useQuery({
    queryKey: ['directory', searchParamsOf(current, DIRECTORY_FACETS).toString()],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/directory', {
          params: { query: searchQuery(current, DIRECTORY_FACETS, PAGE_SIZE) as DirectoryQuery },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
  return (
    <>
      <Typography.Title level={1}>{t('directory.title')}</Typography.Title>
      <Typography.Paragraph>{t('directory.intro')}</Typography.Paragraph>
      <SearchBox value={search.state.q} onQuery={search.setQuery} label={t('search.label')} />
      <Row gutter={[24, 16]}>
        <Col xs={24} md={8} lg={6}>
          <FacetFilters
            facets={results.data?.facets}
            names={DIRECTORY_FACETS}
            title={(name) => t(`facet.${name}`)}
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
            linkTo={(id) => `/directory/${id}`}
            onPage={search.setPage}
            onRetry={() => void results.refetch()}
          />
        </Col>
      </Row>
    </>
  );
}
