import { MinusCircleOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  CRITERION_KINDS,
  CRITERION_PARAMS,
  INDEX_CLASSES,
  PROJECT_LEVELS,
  QUALIFICATION_LEVELS,
  type CriterionValues,
} from '../../../features/honors/campaign-form';

/**
 * One criterion of the setup form: its kind, then only the parameters that kind takes (a level, index
 * classes, a window of years, a count, the declaration's text), each labelled with the row's number.
 */
export function CriterionRow({
  name,
  number,
  criterion,
  onRemove,
}: {
  name: number;
  number: number;
  criterion: CriterionValues | undefined;
  onRemove: () => void;
}) {
  const { t } = useTranslation(['honors', 'public']);
  const params = criterion?.kind ? CRITERION_PARAMS[criterion.kind] : [];
  const isProject = criterion?.kind === 'research_projects';
  const levelOptions: Array<{ value: string; label: string }> = isProject
    ? PROJECT_LEVELS.map((level) => ({ value: level, label: t(`public:projectLevel.${level}`) }))
    : QUALIFICATION_LEVELS.map((level) => ({
        value: level,
        label:
          level === 'professor' || level === 'associate_professor'
            ? t(`public:academicTitle.${level}`)
            : t(`public:degree.${level}`),
      }));
  const label = (key: string) => t(key as 'honors:form.level', { number });
  return (
    <fieldset className="fact-group">
      <legend>{t('honors:form.criterion', { number })}</legend>
      <Flex wrap gap="small" align="start">
        <Form.Item
          name={[name, 'kind']}
          label={label('honors:form.criterionKind')}
          rules={[{ required: true, message: t('honors:form.criterionKindRequired') }]}
          style={{ flex: '1 1 260px', minWidth: 0 }}
        >
          <Select
            aria-label={label('honors:form.criterionKind')}
            options={CRITERION_KINDS.map((kind) => ({ value: kind, label: t(`honors:criteria.${kind}`) }))}
          />
        </Form.Item>
        <Button
          type="text"
          icon={<MinusCircleOutlined />}
          aria-label={t('honors:form.removeCriterion', { number })}
          onClick={onRemove}
          style={{ marginTop: 30 }}
        />
      </Flex>
      <Flex wrap gap="small" align="start">
        {params.includes('level') && (
          <Form.Item
            name={[name, 'level']}
            label={label(isProject ? 'honors:form.projectLevel' : 'honors:form.level')}
            rules={[{ required: true, message: t('honors:form.levelRequired') }]}
            style={{ flex: '1 1 220px', minWidth: 0 }}
          >
            <Select
              aria-label={label(isProject ? 'honors:form.projectLevel' : 'honors:form.level')}
              options={levelOptions}
            />
          </Form.Item>
        )}
        {params.includes('indexClasses') && (
          <Form.Item
            name={[name, 'indexClasses']}
            label={label('honors:form.indexClasses')}
            rules={[
              { required: true, type: 'array', min: 1, message: t('honors:form.indexClassesRequired') },
            ]}
            style={{ flex: '1 1 260px', minWidth: 0 }}
          >
            <Select
              mode="multiple"
              aria-label={label('honors:form.indexClasses')}
              options={INDEX_CLASSES.map((value) => ({ value, label: t(`public:indexClass.${value}`) }))}
            />
          </Form.Item>
        )}
        {params.includes('withinYears') && (
          <Form.Item
            name={[name, 'withinYears']}
            label={label('honors:form.withinYears')}
            rules={[{ required: true, message: t('honors:form.numberRequired') }]}
          >
            <InputNumber min={1} max={50} precision={0} />
          </Form.Item>
        )}
        {params.includes('minCount') && (
          <Form.Item
            name={[name, 'minCount']}
            label={label('honors:form.minCount')}
            rules={[{ required: true, message: t('honors:form.numberRequired') }]}
          >
            <InputNumber min={1} max={1000} precision={0} />
          </Form.Item>
        )}
      </Flex>
      {params.includes('declarationText') && (
        <Form.Item
          name={[name, 'declarationText']}
          label={label('honors:form.declarationText')}
          rules={[
            { required: true, whitespace: true, min: 10, message: t('honors:form.declarationRequired') },
          ]}
        >
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      )}
    </fieldset>
  );
}
