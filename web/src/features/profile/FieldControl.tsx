import { Form, Input, InputNumber, Select } from 'antd';
import type { Rule } from 'antd/es/form';
import { CatalogSelect } from '../catalog/CatalogSelect';
import { AcademicTitleInput, CivilServiceInput, HometownInput, HonoraryTitlesInput } from './CompositeInputs';
import { useDisplay } from './display';
import type { FieldInput } from './model';

/** One labelled form field of a profile or part form, by how the value is edited. */
export function FieldControl({ name, label, input }: { name: string; label: string; input: FieldInput }) {
  const { t } = useDisplay();
  const required = 'required' in input && input.required;
  const rules: Rule[] = required
    ? [{ required: true, message: t('profile.required', { field: label }) }]
    : [];
  if (input.kind === 'academicTitle')
    rules.push({
      validator: (_, value?: { code?: string; year?: number | null }) =>
        value?.code && typeof value.year !== 'number'
          ? Promise.reject(new Error(t('composite.titleYearRequired')))
          : Promise.resolve(),
    });
  const control = (() => {
    switch (input.kind) {
      case 'text':
        return <Input />;
      case 'textarea':
      case 'lines':
        return <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} />;
      case 'date':
        return <Input type="date" />;
      case 'year':
        return <InputNumber min={1900} max={2100} controls={false} style={{ width: '100%' }} />;
      case 'enum':
        return (
          <Select
            aria-label={label}
            allowClear={!required}
            options={input.values.map((value) => ({ value, label: t(`${input.labels}.${value}`) }))}
          />
        );
      case 'catalog':
        return <CatalogSelect catalog={input.catalog} label={label} />;
      case 'catalogList':
        return <CatalogSelect catalog={input.catalog} label={label} multiple />;
      case 'hometown':
        return <HometownInput label={label} />;
      case 'academicTitle':
        return <AcademicTitleInput label={label} />;
      case 'honoraryTitles':
        return <HonoraryTitlesInput label={label} />;
      case 'civilService':
        return <CivilServiceInput label={label} />;
    }
  })();
  return (
    <Form.Item
      name={name}
      label={label}
      rules={rules}
      extra={input.kind === 'lines' ? t('profile.listHint') : undefined}
    >
      {control}
    </Form.Item>
  );
}
