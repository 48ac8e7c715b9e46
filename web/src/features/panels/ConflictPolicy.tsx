import { Badge, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../app/ProblemAlert';
import { LIST_STYLE, useBilingual } from './bilingual';
import { usePanelPolicy } from './panels-api';

/** The conflict-of-interest rules in force (severity, window) and the limits N and M, for staff to see. */
export function ConflictPolicy() {
  const { t } = useTranslation('panels');
  const pick = useBilingual();
  const policy = usePanelPolicy();
  return (
    <section aria-labelledby="panel-policy">
      <Typography.Title level={2} id="panel-policy">
        {t('policy.title')}
      </Typography.Title>
      <ProblemAlert error={policy.error} onRetry={() => void policy.refetch()} />
      {!policy.data ? (
        !policy.error && <Skeleton active />
      ) : (
        <>
          <ul style={LIST_STYLE}>
            {policy.data.conflictRules.map((rule) => (
              <li key={rule.rule}>
                <Badge
                  status={rule.severity === 'block' ? 'error' : 'warning'}
                  text={<strong>{t(`severity.${rule.severity}`)}</strong>}
                />{' '}
                {pick(rule.vi, rule.en)}
                {'. '}
                {rule.withinYears === null
                  ? t('policy.anyTime')
                  : t('policy.within', { years: rule.withinYears })}
                {rule.blockFrom !== null && ` ${t('policy.blockFrom', { count: rule.blockFrom })}`}
              </li>
            ))}
          </ul>
          <Typography.Paragraph style={{ marginTop: 12 }}>
            {t('policy.limits', {
              perOrganization: policy.data.limits.maxPerOrganization,
              activePanels: policy.data.limits.maxActivePanels,
            })}
          </Typography.Paragraph>
        </>
      )}
    </section>
  );
}
