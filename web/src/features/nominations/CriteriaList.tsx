import { Badge, Flex, List, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CriterionValues } from '../honors/campaign-form';
import { useCriterionText } from '../honors/use-criterion-text';
import { formatDateTime } from '../../i18n/format';
import { Panel } from '../../app/Panel';
import type { NominationCriterion, NominationState } from './nominations-api';

const OUTCOME_BADGE: Record<NominationCriterion['effectiveOutcome'], 'success' | 'error' | 'warning'> = {
  pass: 'success',
  fail: 'error',
  needs_declaration: 'warning',
};

/**
 * A nomination's criteria: each one's outcome that counts (met / not met / needs a declaration),
 * the counts and the registry facts the check used, a staff decision or a signature; `action`
 * adds a control under a criterion (sign, decide instead).
 */
export function CriteriaList({
  criteria,
  definitions,
  action,
}: {
  criteria: readonly NominationCriterion[];
  /** The campaign's criteria, when the page has them: a fuller name for each. */
  definitions?: readonly CriterionValues[];
  action?: (criterion: NominationCriterion) => ReactNode;
}) {
  const { t } = useTranslation(['nominations', 'honors']);
  const criterionText = useCriterionText();
  const nameOf = (criterion: NominationCriterion) => {
    const definition = definitions?.[criterion.index];
    if (definition) return criterionText(definition);
    const kind = t(`honors:criteria.${criterion.kind}`);
    return criterion.declarationText ? `${kind}: ${criterion.declarationText}` : kind;
  };
  return (
    <Flex vertical gap="small">
      {criteria.map((criterion) => (
        <Panel key={criterion.index} size="small">
          <Flex vertical gap={4}>
            <Typography.Text strong>
              {criterion.index + 1}. {nameOf(criterion)} ({t(`honors:modes.${criterion.mode}`)})
            </Typography.Text>
            <Badge
              status={OUTCOME_BADGE[criterion.effectiveOutcome]}
              text={t(`nominations:outcome.${criterion.effectiveOutcome}`)}
            />
            {criterion.override && (
              <span>
                {t('nominations:overridden', {
                  outcome: t(`nominations:outcome.${criterion.override.outcome}`),
                  reason: criterion.override.reason,
                })}
              </span>
            )}
            {criterion.signature && (
              <span>
                {t(`nominations:signedBy.${criterion.signature.signedAs}`, {
                  when: formatDateTime(criterion.signature.signedAt),
                })}
              </span>
            )}
            {criterion.count !== null && criterion.required !== null && (
              <span>{t('nominations:count', { found: criterion.count, required: criterion.required })}</span>
            )}
            {criterion.fromYear !== null && criterion.toYear !== null && (
              <span>{t('nominations:years', { from: criterion.fromYear, to: criterion.toYear })}</span>
            )}
            {criterion.mode === 'automatic' &&
              (criterion.facts.length ? (
                <List
                  size="small"
                  header={t('nominations:facts')}
                  dataSource={criterion.facts}
                  renderItem={(fact) => (
                    <List.Item>
                      {t(`honors:eligibility.source.${fact.source}`)}: {fact.label}
                      {fact.year !== null && ` (${fact.year})`}
                      {fact.detail && ` · ${fact.detail}`}
                    </List.Item>
                  )}
                />
              ) : (
                <Typography.Text type="secondary">{t('nominations:noFacts')}</Typography.Text>
              ))}
            {action?.(criterion)}
          </Flex>
        </Panel>
      ))}
    </Flex>
  );
}

/** Eligible / not / not evaluated, as a dot beside text (coloured tags miss the contrast). */
export function EligibleBadge({ eligible }: { eligible: boolean | null }) {
  const { t } = useTranslation('nominations');
  if (eligible === null) return <Badge status="default" text={t('eligible.unknown')} />;
  return (
    <Badge status={eligible ? 'success' : 'error'} text={t(eligible ? 'eligible.yes' : 'eligible.no')} />
  );
}

/** A nomination's state in the reader's language. */
export function NominationStateText({ state }: { state: NominationState }) {
  const { t } = useTranslation('nominations');
  return <>{t(`states.${state}`)}</>;
}
