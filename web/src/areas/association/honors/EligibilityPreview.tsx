import { Badge, Flex, Form, List, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../app/ProblemAlert';
import { PersonPicker } from '../../admin/PersonPicker';
import { Panel } from '../../../app/Panel';
import { useEligibility, type Eligibility } from '../../../features/honors/campaigns-api';
import { useCriterionText } from '../../../features/honors/use-criterion-text';
import { useCampaign } from '../../../features/honors/campaigns-api';

type Result = Eligibility['criteria'][number];

const OUTCOME_BADGE: Record<Result['outcome'], 'success' | 'error' | 'warning'> = {
  pass: 'success',
  fail: 'error',
  needs_declaration: 'warning',
};

/** Picks a person and shows how each of the campaign's criteria evaluates for them, with the facts used. */
export function EligibilityPreview({ campaignId }: { campaignId: string }) {
  const { t } = useTranslation('honors');
  const [person, setPerson] = useState<string | null>(null);
  const eligibility = useEligibility(campaignId, person);
  const campaign = useCampaign(campaignId);
  const criterionText = useCriterionText();
  const criteria = campaign.data?.data.criteria ?? [];
  return (
    <section aria-labelledby="campaign-eligibility">
      <Typography.Title level={2} id="campaign-eligibility">
        {t('eligibility.title')}
      </Typography.Title>
      <Typography.Paragraph>{t('eligibility.intro')}</Typography.Paragraph>
      <Form layout="vertical" style={{ maxWidth: 560 }}>
        <Form.Item label={t('eligibility.person')} htmlFor="eligibility-person">
          <PersonPicker
            id="eligibility-person"
            aria-label={t('eligibility.person')}
            value={person}
            onChange={setPerson}
            labels={{
              placeholder: t('eligibility.personPlaceholder'),
              typeToSearch: t('eligibility.typeToSearch'),
              noPerson: t('eligibility.noPerson'),
              chosen: t('eligibility.chosen'),
              clear: t('eligibility.clear'),
            }}
          />
        </Form.Item>
      </Form>
      <ProblemAlert error={eligibility.error} onRetry={() => void eligibility.refetch()} />
      {eligibility.data && (
        <Flex vertical gap="middle" aria-live="polite">
          <Typography.Text strong>
            {eligibility.data.automaticPass ? t('eligibility.summaryPass') : t('eligibility.summaryFail')}
          </Typography.Text>
          {eligibility.data.criteria.map((result) => (
            <Panel key={result.index} size="small">
              <Flex vertical gap={4}>
                <Typography.Text strong>
                  {criteria[result.index]
                    ? criterionText(criteria[result.index])
                    : t(`criteria.${result.kind}`)}{' '}
                  ({t(`modes.${result.mode}`)})
                </Typography.Text>
                <Badge
                  status={OUTCOME_BADGE[result.outcome]}
                  text={t(`eligibility.outcome.${result.outcome}`)}
                />
                {result.count !== null && result.required !== null && (
                  <span>{t('eligibility.count', { found: result.count, required: result.required })}</span>
                )}
                {result.fromYear !== null && result.toYear !== null && (
                  <span>{t('eligibility.years', { from: result.fromYear, to: result.toYear })}</span>
                )}
                {result.mode === 'automatic' &&
                  (result.facts.length ? (
                    <List
                      size="small"
                      header={t('eligibility.facts')}
                      dataSource={result.facts}
                      renderItem={(fact) => (
                        <List.Item>
                          {t(`eligibility.source.${fact.source}`)}: {fact.label}
                          {fact.year !== null && ` (${fact.year})`}
                          {fact.detail && ` · ${fact.detail}`}
                        </List.Item>
                      )}
                    />
                  ) : (
                    <Typography.Text type="secondary">{t('eligibility.noFacts')}</Typography.Text>
                  ))}
              </Flex>
            </Panel>
          ))}
        </Flex>
      )}
    </section>
  );
}
