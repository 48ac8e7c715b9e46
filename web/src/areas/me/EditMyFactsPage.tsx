import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Flex, Form, Spin, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ApiProblem, api, unwrapWithEtag } from '../../api/client';
import { showFieldErrors } from '../../api/form-errors';
import { usePageTitle } from '../../app/page-title';
import { ProblemAlert } from '../../app/ProblemAlert';
import {
  FIELD_INPUTS,
  editableFields,
  factValue,
  selfUpdateBody,
  toFormValue,
  type FormValue,
  type Profile,
  type ShownField,
} from './fact-inputs';
import { FactInput } from './FactInput';
import { ME_KEY, useMyProfile } from './my-profile';

/** /me/edit: the facts that are the person's to change, saved at once (unverified until an officer checks). */
export default function EditMyFactsPage() {
  const { t } = useTranslation(['me', 'common']);
  usePageTitle(t('edit.title'));
  const query = useMyProfile();
  return (
    <Flex vertical gap="middle">
      <Typography.Title level={1}>{t('edit.title')}</Typography.Title>
      <Typography.Paragraph>{t('edit.intro')}</Typography.Paragraph>
      {query.isPending && <Spin />}
      {query.isError && <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />}
      {query.data && <EditForm profile={query.data.data} etag={query.data.etag} />}
    </Flex>
  );
}

function EditForm({ profile, etag }: { profile: Profile; etag: string }) {
  const { t } = useTranslation(['me', 'common']);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Partial<Record<ShownField, FormValue>>>();
  const [problem, setProblem] = useState<unknown>();
  const [nothing, setNothing] = useState(false);
  const fields = useMemo(() => editableFields(profile), [profile]);
  const initial = useMemo(
    () =>
      Object.fromEntries(
        fields.map((field) => [field, toFormValue(FIELD_INPUTS[field]!, factValue(profile, field))]),
      ),
    [fields, profile],
  );
  // a newer version (after a 412) shows in the fields the person has not touched; theirs stay
  useEffect(() => {
    form.setFieldsValue(
      Object.fromEntries(
        Object.entries(initial).filter(([field]) => !form.isFieldTouched(field as ShownField)),
      ),
    );
  }, [form, initial]);
  const save = useMutation({
    mutationFn: (body: ReturnType<typeof selfUpdateBody>) =>
      unwrapWithEtag(api.PATCH('/me', { params: { header: { 'If-Match': etag } }, body })),
    onMutate: () => setProblem(undefined),
    onError: (error) => {
      // someone (an officer, or this person elsewhere) changed the profile since it was read
      if (error instanceof ApiProblem && error.status === 412)
        void queryClient.invalidateQueries({ queryKey: ME_KEY });
      setProblem(showFieldErrors(form, error));
    },
    onSuccess: async (answer) => {
      queryClient.setQueryData(ME_KEY, answer);
      await navigate('/me', { state: { saved: true } });
    },
  });
  const onFinish = (values: Partial<Record<ShownField, FormValue>>) => {
    const body = selfUpdateBody(profile, fields, values);
    setNothing(Object.keys(body).length === 0);
    if (Object.keys(body).length > 0) save.mutate(body);
  };
  const conflict = problem instanceof ApiProblem && problem.status === 412;
  return (
    <Form form={form} layout="vertical" initialValues={initial} onFinish={onFinish} style={{ maxWidth: 720 }}>
      {fields.map((field) => (
        <Form.Item
          key={field}
          name={field}
          label={t(`fields.${field}`)}
          extra={field === 'biography' ? t('edit.biographyHelp') : undefined}
        >
          <FactInput spec={FIELD_INPUTS[field]!} label={t(`fields.${field}`)} />
        </Form.Item>
      ))}
      {nothing && (
        <Alert type="info" showIcon title={t('edit.nothingChanged')} style={{ marginBottom: 16 }} />
      )}
      {conflict ? (
        <Alert
          type="warning"
          showIcon
          role="alert"
          title={t('edit.conflictTitle')}
          description={t('edit.conflictDetail')}
          style={{ marginBottom: 16 }}
        />
      ) : (
        <ProblemAlert error={problem} />
      )}
      <Flex gap="small" wrap>
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {t('edit.save')}
        </Button>
        <Link to="/me">{t('common:actions.cancel')}</Link>
      </Flex>
    </Form>
  );
}
