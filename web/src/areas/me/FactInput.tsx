import { Input, InputNumber, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { CatalogSelect } from '../../features/catalog/CatalogSelect';
import {
  CivilServiceInput,
  HometownInput,
  HonoraryTitlesInput,
} from '../../features/profile/CompositeInputs';
import { enumValues, type FormValue, type InputSpec } from './fact-inputs';
import { useEnumLabel } from './labels';

interface Props {
  spec: InputSpec;
  /** The field's visible label: also the name of a picker's open list. */
  label: string;
  id?: string;
  value?: FormValue;
  onChange?: (value: FormValue) => void;
  'aria-describedby'?: string;
}

const THIS_YEAR = new Date().getFullYear();

/** The input for one fact; Form.Item gives it its id (the label points at it), value and onChange. */
export function FactInput({ spec, label: fieldLabel, id, value, onChange, ...aria }: Props) {
  const { t } = useTranslation('me');
  const label = useEnumLabel();
  switch (spec.kind) {
    case 'textarea':
      return (
        <Input.TextArea
          id={id}
          {...aria}
          value={value as string}
          onChange={(e) => onChange?.(e.target.value)}
          autoSize={{ minRows: 4 }}
          maxLength={5000}
          showCount
        />
      );
    case 'email':
      return (
        <Input
          id={id}
          {...aria}
          type="email"
          autoComplete="email"
          value={value as string}
          onChange={(e) => onChange?.(e.target.value)}
        />
      );
    case 'date':
      return (
        <Input
          id={id}
          {...aria}
          type="date"
          value={value as string}
          onChange={(e) => onChange?.(e.target.value)}
        />
      );
    case 'number':
      return (
        <InputNumber
          id={id}
          {...aria}
          min={1900}
          max={THIS_YEAR + 10}
          value={value as number | null}
          onChange={(next) => onChange?.(next)}
          style={{ width: '100%' }}
        />
      );
    case 'tags':
      return (
        <Select
          id={id}
          {...aria}
          mode="tags"
          value={value as string[]}
          onChange={(next: string[]) => onChange?.(next)}
          tokenSeparators={[',', ';']}
          open={false}
          suffixIcon={null}
        />
      );
    case 'enum':
      return (
        <Select
          id={id}
          {...aria}
          allowClear
          value={value as string | undefined}
          onChange={(next: string | undefined) => onChange?.(next)}
          options={enumValues(spec.values).map((option) => ({
            value: option,
            label: label(spec.values, option),
          }))}
        />
      );
    case 'catalog':
      return (
        <CatalogSelect
          id={id}
          {...aria}
          catalog={spec.catalog}
          label={fieldLabel}
          multiple={spec.multiple}
          value={value as string | string[] | undefined}
          onChange={(next) => onChange?.(next ?? undefined)}
        />
      );
    case 'academicTitle': {
      const title = (value ?? {}) as { code?: string; year?: number | null };
      return (
        <Space.Compact block>
          <Select
            id={id}
            {...aria}
            allowClear
            style={{ minWidth: 0, flex: 2 }}
            value={title.code}
            onChange={(code: string | undefined) => onChange?.({ ...title, code })}
            options={enumValues('academicTitle').map((code) => ({
              value: code,
              label: label('academicTitle', code),
            }))}
          />
          <InputNumber
            aria-label={t('fact.titleYear')}
            style={{ flex: 1 }}
            min={1900}
            max={THIS_YEAR}
            value={title.year ?? null}
            onChange={(year) => onChange?.({ ...title, year })}
          />
        </Space.Compact>
      );
    }
    case 'hometown':
      return (
        <HometownInput
          id={id}
          label={fieldLabel}
          value={value as Record<string, unknown>}
          onChange={onChange}
        />
      );
    case 'civilService':
      return (
        <CivilServiceInput
          id={id}
          label={fieldLabel}
          value={value as Record<string, unknown>}
          onChange={onChange}
        />
      );
    case 'honoraryTitles':
      return (
        <HonoraryTitlesInput
          id={id}
          label={fieldLabel}
          value={value as Array<Record<string, unknown>>}
          onChange={onChange}
        />
      );
    case 'text':
      return <Input id={id} {...aria} value={value as string} onChange={(e) => onChange?.(e.target.value)} />;
  }
}
