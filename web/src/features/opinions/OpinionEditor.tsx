import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Form, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../../api/client';
import { showFieldErrors } from '../../api/form-errors';
import { isStale } from '../../api/problem';
import { ProblemAlert } from '../../app/ProblemAlert';
import { formatDateTime } from '../../i18n/format';
import { OPINION_MAX_CHARS, type MyOpinion, type OpinionSource } from './opinions-api';

interface Tagged {
  data: MyOpinion;
  etag: string;
}

/**
 * The member's opinion text, saved with If-Match of the version the edit started from. A 412 (saved
 * meanwhile in another tab or device) shows the saved text and lets the person keep theirs on top of
 * it or take it; a 409 (locked or past the deadline meanwhile) turns the page read-only saying why.
 */
export function OpinionEditor({
  source,
  view,
  etag,
}: {
  source: OpinionSource;
  view: MyOpinion;
  etag: string;
}) {
  const { t } = useTranslation('opinions');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ text: string }>();
  const [base, setBase] = useState({ etag, text: view.opinion?.text ?? '' });
  const [conflict, setConflict] = useState<Tagged>();
  const [problem, setProblem] = useState<unknown>();
  const save = useMutation({
    mutationFn: (text: string) => source.save(base.etag, text),
    onMutate: () => setProblem(undefined),
    onSuccess: (answer) => {
      queryClient.setQueryData(source.key, answer);
      setBase({ etag: answer.etag, text: answer.data.opinion?.text ?? '' });
      void message.success(t('mine.saved'));
    },
    onError: async (error) => {
      if (isStale(error)) {
        try {
          const current = await source.fetch();
          queryClient.setQueryData(source.key, current);
          setConflict(current);
        } catch (failed) {
          setProblem(failed);
        }
        return;
      }
      if (error instanceof ApiProblem && error.status === 409)
        void queryClient.invalidateQueries({ queryKey: source.key });
      setProblem(showFieldErrors(form, error));
    },
  });
  const submit = ({ text }: { text: string }) => {
    if (text.trim() === base.text) void message.info(t('mine.unchanged'));
    else save.mutate(text);
  };
  /** Starts again from the saved version; `take`: with its text in the form instead of mine. */
  const resolve = (take: boolean) => {
    if (!conflict) return;
    const saved = conflict.data.opinion?.text ?? '';
    setBase({ etag: conflict.etag, text: saved });
    if (take) form.setFieldsValue({ text: saved });
    setConflict(undefined);
  };
  return (
    <Form form={form} layout="vertical" initialValues={{ text: base.text }} onFinish={submit}>
      <Form.Item
        name="text"
        label={t('mine.text')}
        rules={[{ required: true, whitespace: true, message: t('mine.textRequired') }]}
      >
        <Input.TextArea autoSize={{ minRows: 6, maxRows: 24 }} maxLength={OPINION_MAX_CHARS} />
      </Form.Item>
      {conflict && (
        <Alert
          type="warning"
          showIcon
          role="alert"
          title={t('mine.conflictTitle')}
          style={{ marginBottom: 16 }}
          description={
            <Flex vertical gap="small">
              <span>
                {t('mine.conflictDetail', { when: formatDateTime(conflict.data.opinion?.updatedAt) })}
              </span>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
                {conflict.data.opinion?.text}
              </Typography.Paragraph>
              <Space wrap>
                <Button type="primary" onClick={() => resolve(false)}>
                  {t('mine.keepMine')}
                </Button>
                <Button onClick={() => resolve(true)}>{t('mine.takeSaved')}</Button>
              </Space>
            </Flex>
          }
        />
      )}
      {problem !== undefined && (
        <div style={{ marginBottom: 16 }}>
          <ProblemAlert error={problem} />
        </div>
      )}
      <Button type="primary" htmlType="submit" loading={save.isPending} disabled={!!conflict}>
        {t('mine.save')}
      </Button>
    </Form>
  );
}
