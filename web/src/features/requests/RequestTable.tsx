import { Grid, Table, type PaginationProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, formatDateTime } from '../../i18n/format';
import { RequestStateTag } from './RequestStateTag';
import type { RequestSummary } from './requests-api';

/**
 * One page of requests: title (a link to it), kind, state, deadline; the organization for staff. On a
 * phone the details go under the title in one column: six columns would scroll sideways.
 */
export function RequestTable({
  items,
  loading,
  pagination,
  linkTo,
  showOrganization,
}: {
  items: RequestSummary[] | undefined;
  loading: boolean;
  /** From useUrlPage: the page shown and how to move. */
  pagination: PaginationProps;
  linkTo: (id: string) => string;
  showOrganization?: boolean;
}) {
  const { t } = useTranslation('requests');
  const wide = Grid.useBreakpoint().md ?? true;
  if (!wide) {
    return (
      <Table<RequestSummary>
        rowKey="id"
        loading={loading}
        dataSource={items}
        pagination={{ ...pagination, simple: true }}
        columns={[
          {
            key: 'request',
            title: t('columns.title'),
            render: (_, request) => (
              <>
                <Link to={linkTo(request.id)}>{request.title}</Link>
                {showOrganization && <div>{request.requestingOrganization.nameVi}</div>}
                <div>
                  <RequestStateTag state={request.state} />
                </div>
                <div>
                  {t(`kinds.${request.kind}`)} · {t('columns.deadline')}: {formatDate(request.deadline)}
                </div>
              </>
            ),
          },
        ]}
      />
    );
  }
  return (
    <Table<RequestSummary>
      rowKey="id"
      loading={loading}
      dataSource={items}
      scroll={{ x: 'max-content' }}
      pagination={pagination}
      columns={[
        {
          key: 'title',
          title: t('columns.title'),
          render: (_, request) => <Link to={linkTo(request.id)}>{request.title}</Link>,
        },
        ...(showOrganization
          ? [
              {
                key: 'organization',
                title: t('columns.organization'),
                render: (_: unknown, request: RequestSummary) => request.requestingOrganization.nameVi,
              },
            ]
          : []),
        { key: 'kind', title: t('columns.kind'), render: (_, request) => t(`kinds.${request.kind}`) },
        {
          key: 'state',
          title: t('columns.state'),
          render: (_, request) => <RequestStateTag state={request.state} />,
        },
        {
          key: 'deadline',
          title: t('columns.deadline'),
          render: (_, request) => formatDate(request.deadline),
        },
        {
          key: 'updatedAt',
          title: t('columns.updatedAt'),
          render: (_, request) => formatDateTime(request.updatedAt),
        },
      ]}
    />
  );
}
