import { Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../app/ProblemAlert';

/** Asks why (declining, cancelling): the reason is required and goes on the timeline. */
export function ReasonDialog({
  title,
  help,
  pending,
  error,
  onConfirm,
  onClose,
}: {
  title: string;
  help?: string;
  pending: boolean;
  error: unknown;
  onConfirm: (reason: string) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation('requests');
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <Modal
      open
      title={title}
      okText={t('detail.confirm')}
      cancelText={t('detail.close')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={pending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={({ reason }) => onConfirm(reason.trim())}>
        <Form.Item
          name="reason"
          label={t('reason.label')}
          extra={help}
          rules={[
            { required: true, whitespace: true, message: t('reason.required') },
            { min: 3, message: t('reason.required') },
          ]}
        >
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
      <ProblemAlert error={error} />
    </Modal>
  );
}
