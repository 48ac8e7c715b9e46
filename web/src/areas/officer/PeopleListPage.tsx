import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Col, Flex, Form, Input, Row, Select, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api, unwrap, unwrapWithEtag, type Schemas } from '../../api/client';
import { usePageTitle } from '../../app/page-title';
import { ProblemAlert } from '../../app/ProblemAlert';
import { ResponsiveTable } from '../../app/ResponsiveTable';
import { useSession } from '../../auth/session';
import { CatalogSelect } from '../../features/catalog/CatalogSelect';
import { useCatalog } from '../../features/catalog/use-catalog';
import { TAG_COLORS } from '../../features/profile/tag-colors';
import { formatDate, formatNumber } from '../../i18n/format';
import {
  DEGREES,
  exportHref,
  PAGE_SIZES,
  readPeopleQuery,
  SORTS,
  STATUS_FILTERS,
  toListQuery,
  writePeopleQuery,
  type PeopleQuery,
} from './people-query';

type Person = Schemas['IntellectualSummaryView'];

/**
 * The people list: server-paged, full-text search and filters, all in the address bar; the export
 * buttons download exactly the current search and filters.
 */
export default function PeopleListPage() {
  const { t } = useTranslation('officer');
  const { can } = useSession();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const query = readPeopleQuery(params);
  const communes = useCatalog('communes');
  usePageTitle(t('people.title'));
  const mayReadDeleted = can('profiles.read-deleted');
  const deleted = query.status === 'deleted';

  const people = useQuery({
    queryKey: ['people', toListQuery(query)],
    queryFn: () => unwrap(api.GET('/intellectuals', { params: { query: toListQuery(query) } })),
    placeholderData: keepPreviousData,
  });
  const restore = useMutation({
    mutationFn: (person: Person) =>
      unwrapWithEtag(
        api.POST('/intellectuals/{id}/restore', {
          // a listed profile's version is its ETag (the list answers no headers per row)
          params: { path: { id: person.id! }, header: { 'If-Match': `"${person.version}"` } },
        }),
      ),
    onSuccess: ({ data }) => {
      void message.success(t('people.restored', { name: data.fullName ?? '' }));
      void queryClient.invalidateQueries({ queryKey: ['people'] });
    },
  });

  /** A new search or filter starts at the first page; paging and order keep the filters. */
  const change = (next: Partial<PeopleQuery>, keepPage = false) =>
    setParams(writePeopleQuery({ ...query, ...next, page: keepPage ? (next.page ?? query.page) : 1 }));

  const statusOptions = STATUS_FILTERS.filter((status) => status !== 'deleted' || mayReadDeleted).map(
    (status) => ({
      value: status,
      label: status === 'deleted' ? t('people.filter.deleted') : t(`statuses.${status}`),
    }),
  );

  return (
    <Flex vertical gap={16}>
      <h1>{t('people.title')}</h1>
      <Form layout="vertical" aria-label={t('people.filtersLabel')} role="search">
        <Row gutter={[12, 0]}>
          <Col xs={24} lg={12}>
            <Form.Item label={t('people.searchLabel')} htmlFor="people-q">
              <Input.Search
                id="people-q"
                key={query.q ?? ''}
                defaultValue={query.q}
                placeholder={t('people.searchPlaceholder')}
                enterButton={t('people.searchButton')}
                allowClear
                onSearch={(value) => change({ q: value.trim() || undefined })}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12} lg={6}>
            <Form.Item label={t('people.sortLabel')} htmlFor="people-sort">
              <Select
                id="people-sort"
                value={query.sort}
                options={SORTS.map((sort) => ({ value: sort, label: t(`people.sort.${sort}`) }))}
                onChange={(sort) => change({ sort }, true)}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12} lg={6}>
            <Form.Item label={t('people.filter.status')} htmlFor="people-status">
              <Select
                id="people-status"
                allowClear
                placeholder={t('people.any')}
                value={query.status}
                options={statusOptions}
                onChange={(status?: PeopleQuery['status']) => change({ status })}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12} lg={6}>
            <Form.Item label={t('people.filter.field')} htmlFor="people-field">
              <CatalogSelect
                id="people-field"
                catalog="fields"
                label={t('people.filter.field')}
                placeholder={t('people.any')}
                value={query.fieldCode}
                onChange={(code) => change({ fieldCode: typeof code === 'string' ? code : undefined })}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12} lg={6}>
            <Form.Item label={t('people.filter.degree')} htmlFor="people-degree">
              <Select
                id="people-degree"
                allowClear
                placeholder={t('people.any')}
                value={query.degreeLevel}
                options={DEGREES.map((degree) => ({ value: degree, label: t(`degrees.${degree}`) }))}
                onChange={(degreeLevel?: PeopleQuery['degreeLevel']) => change({ degreeLevel })}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12} lg={6}>
            <Form.Item label={t('people.filter.commune')} htmlFor="people-commune">
              <CatalogSelect
                id="people-commune"
                catalog="communes"
                label={t('people.filter.commune')}
                placeholder={t('people.any')}
                value={query.communeCode}
                onChange={(code) => change({ communeCode: typeof code === 'string' ? code : undefined })}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12} lg={6}>
            <Form.Item label={t('people.filter.organization')} htmlFor="people-org">
              <CatalogSelect
                id="people-org"
                catalog="organizations"
                label={t('people.filter.organization')}
                placeholder={t('people.any')}
                value={query.organizationId}
                onChange={(code) => change({ organizationId: typeof code === 'string' ? code : undefined })}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12} lg={6}>
            <Form.Item label={t('people.filter.verified')} htmlFor="people-verified">
              <Select
                id="people-verified"
                allowClear
                placeholder={t('people.any')}
                value={query.verified === undefined ? undefined : String(query.verified)}
                options={[
                  { value: 'true', label: t('people.verifiedValues.true') },
                  { value: 'false', label: t('people.verifiedValues.false') },
                ]}
                onChange={(value?: string) =>
                  change({ verified: value === undefined ? undefined : value === 'true' })
                }
              />
            </Form.Item>
          </Col>
        </Row>
      </Form>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Text strong aria-live="polite">
          {people.data ? t('people.total', { total: formatNumber(people.data.total) }) : ''}
        </Typography.Text>
        <Space wrap>
          {params.toString() !== '' && (
            <Button onClick={() => setParams(new URLSearchParams())}>{t('people.clearFilters')}</Button>
          )}
          {can('exports.run') && (
            <>
              <Button href={exportHref('xlsx', query)} download>
                {t('people.exportXlsx')}
              </Button>
              <Button href={exportHref('csv', query)} download>
                {t('people.exportCsv')}
              </Button>
            </>
          )}
        </Space>
      </Flex>
      {can('exports.run') && <Typography.Text type="secondary">{t('people.exportHint')}</Typography.Text>}
      {deleted && <Alert type="warning" showIcon title={t('people.deletedNotice')} />}
      <ProblemAlert error={people.error ?? restore.error} onRetry={() => void people.refetch()} />
      <ResponsiveTable<Person>
        aria-label={t('people.tableLabel')}
        rowKey={(person) => person.id!}
        loading={people.isFetching}
        dataSource={people.data?.items ?? []}
        locale={{ emptyText: t('people.empty') }}
        pagination={{
          current: query.page,
          pageSize: query.pageSize,
          total: people.data?.total ?? 0,
          pageSizeOptions: PAGE_SIZES.map(String),
          showSizeChanger: true,
          onChange: (page, pageSize) =>
            change({ page, pageSize: PAGE_SIZES.find((size) => size === pageSize) ?? PAGE_SIZES[0] }, true),
        }}
        columns={[
          {
            title: t('people.columns.fullName'),
            key: 'fullName',
            render: (person) =>
              deleted ? person.fullName : <Link to={`/people/${person.id}`}>{person.fullName}</Link>,
          },
          {
            title: t('people.columns.degree'),
            key: 'degree',
            render: (person) => (person.highestDegree ? t(`degrees.${person.highestDegree}`) : t('empty')),
          },
          {
            title: t('people.columns.organization'),
            key: 'organization',
            render: (person) => person.organizationName ?? t('empty'),
          },
          {
            title: t('people.columns.commune'),
            key: 'commune',
            render: (person) =>
              (person.communeCode && communes.nameOf(person.communeCode)) ||
              person.provinceName ||
              t('empty'),
          },
          {
            title: t('people.columns.verification'),
            key: 'verification',
            render: (person) =>
              person.verification && (
                <Tag color={TAG_COLORS[person.verification]}>
                  {t(`profile.verification.${person.verification}`)}
                </Tag>
              ),
          },
          {
            title: t('people.columns.status'),
            key: 'status',
            render: (person) => (person.status ? t(`statuses.${person.status}`) : t('empty')),
          },
          {
            title: t('people.columns.updatedAt'),
            key: 'updatedAt',
            render: (person) => formatDate(person.updatedAt),
          },
          ...(deleted && can('profiles.edit')
            ? [
                {
                  title: t('people.columns.actions'),
                  key: 'actions',
                  render: (person: Person) => (
                    <Button
                      size="small"
                      loading={restore.isPending && restore.variables?.id === person.id}
                      onClick={() => restore.mutate(person)}
                      aria-label={`${t('people.restore')}: ${person.fullName}`}
                    >
                      {t('people.restore')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
    </Flex>
  );
}
