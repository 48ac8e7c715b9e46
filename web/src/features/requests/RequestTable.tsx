import type { PaginationProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ResponsiveTable, type ResponsiveColumn } from '../../app/ResponsiveTable';
import { formatDate, formatDateTime } from '../../i18n/format';
import { RequestStateTag } from './RequestStateTag';
import type { RequestSummary } from './requests-api';

/**
 * One page of requests: title (a link to it), kind, state, deadline, last change; the organization
 * for staff. On the app's one ResponsiveTable: on a wide screen the columns share the width and their
 * cells wrap (a long title or organization name takes lines, not a sideways scroll at 1024 px), on a
 * phone the details go under the title as "column: value".
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
  const columns: ResponsiveColumn<RequestSummary>[] = [
    {
      key: 'title',
      title: t('columns.title'),
      render: (request) => <Link to={linkTo(request.id)}>{request.title}</Link>,
    },
    ...(showOrganization
      ? [
          {
            key: 'organization',
            title: t('columns.organization'),
            width: '22%',
            render: (request: RequestSummary) => request.requestingOrganization.nameVi,
          },
        ]
      : []),
    { key: 'kind', title: t('columns.kind'), width: 120, render: (request) => t(`kinds.${request.kind}`) },
    {
      key: 'state',
      title: t('columns.state'),
      width: 130,
      render: (request) => <RequestStateTag state={request.state} />,
    },
    {
      key: 'deadline',
      title: t('columns.deadline'),
      width: 110,
      render: (request) => formatDate(request.deadline),
    },
    {
      key: 'updatedAt',
      title: t('columns.updatedAt'),
      width: 110,
      render: (request) => formatDateTime(request.updatedAt),
    },
  ];
  return (
    <ResponsiveTable<RequestSummary>
      rowKey="id"
      loading={loading}
      dataSource={items}
      pagination={pagination}
      columns={columns}
    />
  );
}
