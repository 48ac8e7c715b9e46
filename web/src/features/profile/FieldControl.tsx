import { Form, Input, InputNumber, Select } from 'antd';
import { useDisplay } from './display';
import type { FieldInput } from './model';

/** One labelled form field of a profile or part form, by how the value is edited. */
export function FieldControl({ name, label, input }: { name: string; label: string; input: FieldInput }) {
  const { t, lookups } = useDisplay();
  const required = 'required' in input && input.required;
  const rules = required ? [{ required: true, message: t('profile.required', { field: label }) }] : [];
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
            allowClear={!required}
            options={input.values.map((value) => ({ value, label: t(`${input.labels}.${value}`) }))}
          />
        );
      case 'catalog':
        return (
          <Select allowClear showSearch optionFilterProp="label" options={[...lookups[input.catalog]]} />
        );
      case 'catalogList':
        return (
          <Select mode="multiple" allowClear optionFilterProp="label" options={[...lookups[input.catalog]]} />
        );
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
