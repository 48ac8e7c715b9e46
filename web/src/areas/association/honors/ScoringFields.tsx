import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input, InputNumber, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  AGGREGATION_METHODS,
  OTHER_TIE_BREAKS,
  type CampaignValues,
  type ScoringValues,
} from '../../../features/honors/campaign-form';

/**
 * The setup form's scoring: the councils' criteria with their weights, the scale, how the members'
 * totals are aggregated, the tie-break rules in order and each round's passing threshold. Without
 * scoring criteria the campaign has no scoring yet (the councils cannot score it).
 */
export function ScoringFields() {
  const { t } = useTranslation('honors');
  const form = Form.useFormInstance<CampaignValues>();
  const scoring = Form.useWatch<ScoringValues | undefined>('scoring', { form, preserve: true });
  const rounds = Form.useWatch<CampaignValues['rounds'] | undefined>('rounds', { form, preserve: true });
  const criteria = scoring?.criteria ?? [];
  const roundCount = Math.max(1, rounds?.length ?? 0);
  const tieBreakOptions = [
    ...criteria
      .filter((criterion) => criterion.code?.trim())
      .map((criterion) => ({
        value: `criterion:${criterion.code!.trim()}`,
        label: t('scoring.tieBreakCriterion', { name: criterion.name || criterion.code || '' }),
      })),
    ...OTHER_TIE_BREAKS.map((rule) => ({ value: rule, label: t(`scoring.tieBreaks.${rule}`) })),
  ];
  return (
    <fieldset className="fact-group">
      <legend>{t('scoring.title')}</legend>
      <Typography.Paragraph type="secondary">{t('scoring.help')}</Typography.Paragraph>
      <Form.List name={['scoring', 'criteria']}>
        {(items, { add, remove }) => (
          <>
            {items.map((item, index) => (
              <Flex key={item.key} wrap gap="small" align="baseline">
                <Form.Item
                  name={[item.name, 'code']}
                  label={t('scoring.code', { number: index + 1 })}
                  rules={[
                    { required: true, whitespace: true, message: t('scoring.codeRequired') },
                    {
                      validator: (_, value: string | undefined) =>
                        criteria.filter((other) => other.code?.trim() === value?.trim()).length > 1
                          ? Promise.reject(new Error(t('scoring.codeRepeated')))
                          : Promise.resolve(),
                    },
                  ]}
                  style={{ flex: '0 1 160px' }}
                >
                  <Input maxLength={30} />
                </Form.Item>
                <Form.Item
                  name={[item.name, 'name']}
                  label={t('scoring.name', { number: index + 1 })}
                  rules={[{ required: true, whitespace: true, message: t('scoring.nameRequired') }]}
                  style={{ flex: '1 1 240px', minWidth: 0 }}
                >
                  <Input maxLength={200} />
                </Form.Item>
                <Form.Item
                  name={[item.name, 'weight']}
                  label={t('scoring.weight', { number: index + 1 })}
                  rules={[{ required: true, message: t('scoring.weightRequired') }]}
                >
                  <InputNumber min={1} max={100} precision={0} />
                </Form.Item>
                <Button
                  type="text"
                  icon={<MinusCircleOutlined />}
                  aria-label={t('scoring.remove', { number: index + 1 })}
                  onClick={() => remove(item.name)}
                />
              </Flex>
            ))}
            <Form.Item>
              <Button icon={<PlusOutlined />} onClick={() => add({ code: '', name: '', weight: 1 })}>
                {t('scoring.add')}
              </Button>
            </Form.Item>
          </>
        )}
      </Form.List>
      {criteria.length > 0 && (
        <>
          <Flex wrap gap="middle">
            <Form.Item name={['scoring', 'scale', 'min']} label={t('scoring.scaleMin')}>
              <InputNumber min={0} max={1000} precision={0} />
            </Form.Item>
            <Form.Item name={['scoring', 'scale', 'max']} label={t('scoring.scaleMax')}>
              <InputNumber min={1} max={1000} precision={0} />
            </Form.Item>
            <Form.Item
              name={['scoring', 'method']}
              label={t('scoring.method')}
              style={{ flex: '1 1 280px', minWidth: 0 }}
            >
              <Select
                aria-label={t('scoring.method')}
                options={AGGREGATION_METHODS.map((method) => ({
                  value: method,
                  label: t(`scoring.methods.${method}`),
                }))}
              />
            </Form.Item>
          </Flex>
          <Form.Item
            name={['scoring', 'tieBreak']}
            label={t('scoring.tieBreak')}
            extra={t('scoring.tieBreakHelp')}
          >
            <Select mode="multiple" aria-label={t('scoring.tieBreak')} options={tieBreakOptions} />
          </Form.Item>
          <Flex wrap gap="middle">
            {Array.from({ length: roundCount }, (_, index) => (
              <Form.Item
                key={index}
                name={['scoring', 'thresholds', index]}
                label={t('scoring.threshold', { number: index + 1 })}
              >
                <InputNumber min={0} max={1000} />
              </Form.Item>
            ))}
          </Flex>
          <Typography.Paragraph type="secondary">{t('scoring.thresholdHelp')}</Typography.Paragraph>
        </>
      )}
    </fieldset>
  );
}
