import { Alert, Descriptions, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCatalog } from '../catalog/use-catalog';
import { LIST_STYLE, useBilingual } from './bilingual';
import type { Balance, Violation } from './panels-api';

/**
 * The rules' verdict on the draft as the server last checked it (errors refuse a save, warnings are
 * shown) and the balance: women, under-35s, people abroad, members per requested field.
 */
export function PanelVerdict({
  violations,
  balance,
  checking,
}: {
  violations: readonly Violation[] | undefined;
  balance: Balance | undefined;
  checking: boolean;
}) {
  const { t } = useTranslation('panels');
  const pick = useBilingual();
  const fields = useCatalog('fields');
  const errors = violations?.filter((violation) => violation.level === 'error') ?? [];
  const warnings = violations?.filter((violation) => violation.level === 'warning') ?? [];
  const list = (items: Violation[]) => (
    <ul style={LIST_STYLE}>
      {items.map((violation) => (
        <li key={violation.code + (violation.fieldCode ?? '')}>
          {pick(violation.messageVi, violation.message)}
        </li>
      ))}
    </ul>
  );
  return (
    <Flex vertical gap="middle">
      <section aria-labelledby="panel-rules" aria-busy={checking}>
        <Typography.Title level={2} id="panel-rules">
          {t('rules.title')}
        </Typography.Title>
        {/* a live region: each change's verdict is read out when it arrives */}
        <div role="status" aria-live="polite">
          {violations && errors.length === 0 && <Alert type="success" showIcon title={t('rules.ok')} />}
          {errors.length > 0 && (
            <Alert type="error" showIcon title={t('rules.errors')} description={list(errors)} />
          )}
          {warnings.length > 0 && (
            <Alert
              style={{ marginTop: 8 }}
              type="warning"
              showIcon
              title={t('rules.warnings')}
              description={list(warnings)}
            />
          )}
        </div>
      </section>
      <section aria-labelledby="panel-balance">
        <Typography.Title level={2} id="panel-balance">
          {t('balance.title')}
        </Typography.Title>
        {balance && (
          <Descriptions
            bordered
            column={1}
            size="small"
            items={[
              { key: 'size', label: t('balance.size'), children: balance.size },
              { key: 'women', label: t('balance.women'), children: balance.women },
              { key: 'under35', label: t('balance.under35'), children: balance.under35 },
              { key: 'overseas', label: t('balance.overseas'), children: balance.overseas },
              ...balance.fields.map((field) => ({
                key: `field-${field.code}`,
                label: t('balance.field', { field: fields.nameOf(field.code) }),
                children: field.members,
              })),
            ]}
          />
        )}
      </section>
    </Flex>
  );
}
