import { Button, Form, Input, Radio, Space, Typography } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n';
import type { AcceptBody, ExpertInvitation } from './invitations-api';

interface Values {
  declaration: 'no_conflict' | 'conflict';
  conflictDescription?: string;
}

/**
 * Accepting: the expert confirms the no-conflict declaration, shown in their language and sent back
 * word for word (the server stores the text confirmed), or declares a conflict instead.
 */
export function AcceptForm({
  invitation,
  pending,
  onSubmit,
}: {
  invitation: ExpertInvitation;
  pending: boolean;
  onSubmit: (body: AcceptBody) => void;
}) {
  const { t } = useTranslation('invitations');
  const [form] = Form.useForm<Values>();
  const declaration = Form.useWatch('declaration', form) ?? 'no_conflict';
  const text = invitation.declaration[currentLanguage()];
  const declarationId = useId();
  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={{ declaration: 'no_conflict' }}
      onFinish={(values) =>
        onSubmit(
          values.declaration === 'no_conflict'
            ? { declaration: 'no_conflict', declarationText: text }
            : { declaration: 'conflict', conflictDescription: values.conflictDescription?.trim() },
        )
      }
    >
      <Form.Item name="declaration" label={t('answer.declarationLegend')}>
        <Radio.Group>
          <Space direction="vertical">
            <Radio value="no_conflict" aria-describedby={declarationId}>
              {t('answer.noConflict')}
            </Radio>
            <Radio value="conflict">{t('answer.conflict')}</Radio>
          </Space>
        </Radio.Group>
      </Form.Item>
      {declaration === 'no_conflict' ? (
        <Typography.Paragraph
          id={declarationId}
          style={{ borderInlineStart: '4px solid #0b5394', paddingInlineStart: 12 }}
        >
          {text}
        </Typography.Paragraph>
      ) : (
        <Form.Item
          name="conflictDescription"
          label={t('answer.conflictDescription')}
          extra={t('answer.conflictHelp')}
          rules={[{ required: true, whitespace: true, min: 3, message: t('answer.conflictRequired') }]}
        >
          <Input.TextArea rows={4} maxLength={2000} showCount />
        </Form.Item>
      )}
      <Button type="primary" htmlType="submit" loading={pending}>
        {declaration === 'no_conflict' ? t('answer.confirmAccept') : t('answer.confirmConflict')}
      </Button>
    </Form>
  );
}
