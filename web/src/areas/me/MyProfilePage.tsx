import { LockOutlined } from '@ant-design/icons';
import { Alert, Card, Descriptions, Flex, Grid, Spin, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { ButtonLink } from '../../app/ButtonLink';
import type { Schemas } from '../../api/client';
import { usePageTitle } from '../../app/page-title';
import { ProblemAlert } from '../../app/ProblemAlert';
import { formatDate } from '../../i18n/format';
import { ConsentCard } from './ConsentCard';
import { targetParams, type CorrectionTarget } from './correction';
import {
  FACT_SECTIONS,
  FIELD_INPUTS,
  factValue,
  isLocked,
  sourceOwner,
  type Profile,
  type ShownField,
} from './fact-inputs';
import { FactValue, shapeOf } from './FactValue';
import { CARD_TITLE } from './layout';
import { useMyProfile } from './my-profile';
import { PartsSections } from './PartsSections';

export default function MyProfilePage() {
  const { t } = useTranslation('me');
  usePageTitle(t('profile.title'));
  const query = useMyProfile();
  const saved = (useLocation().state as { saved?: boolean } | null)?.saved === true;
  const title = <Typography.Title level={1}>{t('profile.title')}</Typography.Title>;
  if (query.isPending) return <Spin />;
  if (query.isError)
    return (
      <>
        {title}
        <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
      </>
    );
  const { data: profile, etag } = query.data;
  return (
    <Flex vertical gap="large">
      <div>
        {title}
        <Typography.Paragraph>{t('profile.intro')}</Typography.Paragraph>
        <Flex wrap gap="small">
          <ButtonLink type="primary" to="/me/edit">
            {t('profile.editMine')}
          </ButtonLink>
          <ButtonLink to="/me/corrections">{t('profile.myRequests')}</ButtonLink>
        </Flex>
      </div>
      {saved && <Alert type="success" showIcon role="status" title={t('profile.saved')} />}
      <ConsentCard profile={profile} etag={etag} />
      {FACT_SECTIONS.map((section) => (
        <FactSection key={section.group} profile={profile} group={section.group} fields={section.fields} />
      ))}
      <PartsSections profile={profile} etag={etag} />
    </Flex>
  );
}

/** Where a group of facts came from and whether an officer verified it. */
export function ProvenanceTags({ provenance }: { provenance: Schemas['ProvenanceView'] | undefined }) {
  const { t } = useTranslation('me');
  const owner = sourceOwner(provenance?.source);
  if (!provenance || !owner) return null;
  return (
    <Flex wrap gap="small">
      <Tag>{t(`source.${owner}`)}</Tag>
      {provenance.verification.status === 'verified' ? (
        <Tag>{t('source.verifiedOn', { date: formatDate(provenance.verification.verifiedAt) })}</Tag>
      ) : (
        <Tag>{t('source.unverified')}</Tag>
      )}
    </Flex>
  );
}

/** A locked fact's mark and the way to ask Sở Nội vụ to change it. */
export function LockedFact({
  target,
  fact,
  canRequest,
}: {
  target: CorrectionTarget;
  fact: string;
  canRequest: boolean;
}) {
  const { t } = useTranslation('me');
  return (
    <Flex wrap gap="small" align="center">
      <Tag icon={<LockOutlined aria-hidden />}>{t('fact.locked')}</Tag>
      {canRequest && (
        <ButtonLink
          size="small"
          aria-label={t('fact.requestCorrectionFor', { fact })}
          to={`/me/corrections/new?${targetParams(target)}`}
        >
          {t('fact.requestCorrection')}
        </ButtonLink>
      )}
    </Flex>
  );
}

function FactSection({
  profile,
  group,
  fields,
}: {
  profile: Profile;
  group: (typeof FACT_SECTIONS)[number]['group'];
  fields: readonly ShownField[];
}) {
  const { t } = useTranslation('me');
  const wide = Grid.useBreakpoint().sm ?? true;
  return (
    <Card
      title={
        <Typography.Title level={2} style={CARD_TITLE}>
          {t(`groups.${group}`)}
        </Typography.Title>
      }
    >
      <ProvenanceTags provenance={profile.provenance?.[group]} />
      <Descriptions
        column={1}
        size="small"
        // on a phone each label sits above its value, which then has the whole width
        layout={wide ? 'horizontal' : 'vertical'}
        style={{ marginTop: 8 }}
        items={fields.map((field) => ({
          key: field,
          label: t(`fields.${field}`),
          children: (
            <Flex wrap gap="small" justify="space-between" align="center" style={{ width: '100%' }}>
              <span>
                <FactValue shape={shapeOf(field)} value={factValue(profile, field)} />
              </span>
              {isLocked(profile, field) && (
                <LockedFact
                  target={{ field }}
                  fact={t(`fields.${field}`)}
                  canRequest={FIELD_INPUTS[field] !== undefined}
                />
              )}
            </Flex>
          ),
        }))}
      />
    </Card>
  );
}
