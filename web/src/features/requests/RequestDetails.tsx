import { Descriptions, Flex, Grid, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCatalog } from '../catalog/use-catalog';
import { formatDate } from '../../i18n/format';
import { RequestStateTag } from './RequestStateTag';
import { RequestTimeline } from './RequestTimeline';
import type { ReviewRequest } from './requests-api';

/** A request as both the agency and the staff read it, the actions each may take, then its timeline. */
export function RequestDetails({
  request,
  backTo,
  actions,
}: {
  request: ReviewRequest;
  backTo: string;
  actions?: ReactNode;
}) {
  const { t } = useTranslation('requests');
  const fields = useCatalog('fields');
  // on a phone the labels go above their values: beside them they wrapped a word a line
  const wide = Grid.useBreakpoint().sm ?? true;
  return (
    <Flex vertical gap="middle">
      <Link to={backTo}>{t('detail.back')}</Link>
      <Typography.Title level={1}>{request.title}</Typography.Title>
      <Flex wrap gap="middle" align="center">
        <RequestStateTag state={request.state} />
        {actions}
      </Flex>
      <Descriptions
        bordered
        column={1}
        layout={wide ? 'horizontal' : 'vertical'}
        size="small"
        items={[
          { key: 'kind', label: t('columns.kind'), children: t(`kinds.${request.kind}`) },
          { key: 'org', label: t('columns.organization'), children: request.requestingOrganization.nameVi },
          { key: 'deadline', label: t('columns.deadline'), children: formatDate(request.deadline) },
          {
            key: 'fields',
            label: t('detail.fields'),
            children: request.fieldCodes.map(fields.nameOf).join('; '),
          },
          {
            key: 'size',
            label: t('detail.panelSize'),
            children: t('detail.panelSizeValue', { min: request.panelSizeMin, max: request.panelSizeMax }),
          },
          {
            key: 'opinions',
            label: t('detail.opinions'),
            children: `${request.opinionsAttributed ? t('detail.attributed') : t('detail.anonymous')}; ${
              request.opinionsVisibleToMembers ? t('detail.visible') : t('detail.hidden')
            }`,
          },
          {
            key: 'drafters',
            label: t('detail.drafters'),
            children: request.drafters.length
              ? request.drafters.map((drafter) => drafter.name).join('; ')
              : t('detail.noDrafters'),
          },
          ...(request.declineReason
            ? [{ key: 'decline', label: t('detail.declineReason'), children: request.declineReason }]
            : []),
          { key: 'summary', label: t('detail.summary'), children: request.summary },
        ]}
      />
      <section aria-labelledby="request-proposal">
        <Typography.Title level={2} id="request-proposal">
          {t('detail.proposalText')}
        </Typography.Title>
        {/* A long proposal scrolls in its own box, which keyboard users reach with Tab (WCAG 2.1.1). */}
        <div
          tabIndex={0}
          role="region"
          aria-labelledby="request-proposal"
          style={{ maxHeight: 320, overflow: 'auto' }}
        >
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>
            {request.proposalText ?? t('detail.noProposal')}
          </Typography.Paragraph>
        </div>
      </section>
      <RequestTimeline id={request.id} />
    </Flex>
  );
}
