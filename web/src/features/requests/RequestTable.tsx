import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, formatDateTime } from '../../i18n/format';
import { RequestStateTag } from './RequestStateTag';
import type { RequestSummary } from './requests-api';

/** One page of requests: title (a link to it), kind, state, deadline; the organization for staff. */
export function RequestTable({
  items,
  total,
  loading,
  page,
  pageSize,
  linkTo,
  showOrganization,
  onPage,
}: {
  items: RequestSummary[] | undefined;
  total: number | undefined;
  loading: boolean;
  page: number;
  pageSize: number;
  linkTo: (id: string) => string;
  showOrganization?: boolean;
  onPage: (page: number) => void;
}) {
  const { t } = useTranslation('requests');
  return (
    <Table<RequestSummary>
      rowKey="id"
      loading={loading}
      dataSource={items}
      scroll={{ x: 'max-content' }}
      pagination={{ current: page, pageSize, total, showSizeChanger: false, onChange: onPage }}
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
