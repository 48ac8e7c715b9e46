import { Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DeclineBody } from './invitations-api';

/** Declining, with an optional reason staff read. */
export function DeclineForm({
  pending,
  onSubmit,
}: {
  pending: boolean;
  onSubmit: (body: DeclineBody) => void;
}) {
  const { t } = useTranslation('invitations');
  return (
    <Form<{ reason?: string }>
      layout="vertical"
      onFinish={(values) => onSubmit({ reason: values.reason?.trim() || undefined })}
    >
      <Form.Item name="reason" label={t('answer.reason')}>
        <Input.TextArea rows={3} maxLength={2000} showCount />
      </Form.Item>
      <Button danger type="primary" htmlType="submit" loading={pending}>
        {t('answer.confirmDecline')}
      </Button>
    </Form>
  );
}
