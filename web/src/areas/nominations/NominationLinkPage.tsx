import { useMutation, useQuery } from '@tanstack/react-query';
import { Button, Card, Descriptions, Flex, Form, Input, Radio, Result, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { api, unwrap, type Schemas } from '../../api/client';
import { LinkProblem, linkRefusalOf, tokenOf, type LinkRefusal } from '../../app/action-link';
import { ButtonLink } from '../../app/ButtonLink';
import { usePageTitle } from '../../app/page-title';
import { ProblemAlert } from '../../app/ProblemAlert';
import { formatDate, formatDateTime } from '../../i18n/format';

type Answer = 'accepted' | 'declined';
type LinkView = Schemas['NominationLinkView'];

/**
 * /nomination-answer/accept and /nomination-answer/decline, the pages the nomination mail's links
 * open, without signing in: what the mail said, then accept or decline with an optional reason (the
 * link's page chooses the default). A used, expired or wrong link is a page of its own saying so.
 */
export default function NominationLinkPage({ answer: linked }: { answer: Answer }) {
  const { t } = useTranslation('nominationLink');
  const token = tokenOf(useLocation().hash);
  const peek = useQuery({
    queryKey: ['nomination-answer', token],
    enabled: token !== null,
    retry: false,
    queryFn: () => unwrap(api.POST('/nomination-answer/peek', { body: { token: token! } })),
  });
  const send = useMutation({
    mutationFn: (body: { answer: Answer; reason?: string }) =>
      unwrap(api.POST('/nomination-answer/answer', { body: { ...body, token: token! } })),
  });
  // an answer refused because the link stopped working meanwhile reads like an unusable link too
  const refused: LinkRefusal | null =
    token === null ? 'missing' : (linkRefusalOf(peek.error) ?? linkRefusalOf(send.error));
  const refusal = refused && { title: t(`link.${refused}`), detail: t(`link.${refused}Detail`) };
  usePageTitle(refusal?.title ?? t('title'));

  const home = <ButtonLink to="/">{t('toHome')}</ButtonLink>;
  if (refusal) return <LinkProblem {...refusal} action={home} />;
  if (peek.error) return <ProblemAlert error={peek.error} onRetry={() => void peek.refetch()} />;
  if (!peek.data) return <Skeleton active aria-label={t('loading')} />;

  const title = <Typography.Title level={1}>{t('title')}</Typography.Title>;
  if (send.data)
    return (
      <Flex vertical gap="middle" style={{ maxWidth: 720 }}>
        {title}
        <Result
          status="success"
          title={
            <h2 style={{ fontSize: 20, margin: 0 }}>
              {send.data.state === 'accepted' ? t('doneAccepted') : t('doneDeclined')}
            </h2>
          }
          subTitle={t('doneDetail', {
            when: formatDateTime(send.data.answeredAt ?? new Date().toISOString()),
          })}
          extra={home}
        />
      </Flex>
    );

  const nomination = peek.data;
  return (
    <Flex vertical gap="middle" style={{ maxWidth: 720 }}>
      {title}
      <Typography.Paragraph>{t('greeting', { name: nomination.recipientName })}</Typography.Paragraph>
      <Typography.Paragraph>{t('intro')}</Typography.Paragraph>
      <Summary nomination={nomination} />
      {nomination.linkExpiresAt && (
        <Typography.Text type="secondary">
          {t('linkExpires')} {formatDateTime(nomination.linkExpiresAt)}
        </Typography.Text>
      )}
      <Card>
        <ProblemAlert error={send.error} />
        <Form
          layout="vertical"
          initialValues={{ answer: linked }}
          onFinish={({ answer, reason }: { answer: Answer; reason?: string }) =>
            send.mutate({
              answer,
              ...(answer === 'declined' && reason?.trim() ? { reason: reason.trim() } : {}),
            })
          }
        >
          <fieldset style={{ border: 'none', padding: 0, margin: 0 }}>
            <legend style={{ fontSize: 16, fontWeight: 600, marginBottom: 8 }}>{t('answerLegend')}</legend>
            <Form.Item name="answer">
              <Radio.Group
                options={[
                  { value: 'accepted', label: t('accept') },
                  { value: 'declined', label: t('decline') },
                ]}
              />
            </Form.Item>
          </fieldset>
          <Form.Item noStyle dependencies={['answer']}>
            {({ getFieldValue }) =>
              getFieldValue('answer') === 'declined' && (
                <Form.Item name="reason" label={t('reason')}>
                  <Input.TextArea maxLength={2000} autoSize={{ minRows: 2 }} />
                </Form.Item>
              )
            }
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={send.isPending}>
            {t('submit')}
          </Button>
        </Form>
      </Card>
    </Flex>
  );
}

function Summary({ nomination }: { nomination: LinkView }) {
  const { t } = useTranslation('nominationLink');
  return (
    <Descriptions
      bordered
      column={1}
      size="small"
      items={[
        { key: 'campaign', label: t('campaign'), children: nomination.campaignTitle },
        { key: 'nominator', label: t('nominator'), children: nomination.nominatorName ?? t('byAssociation') },
        ...(nomination.workTitle ? [{ key: 'work', label: t('work'), children: nomination.workTitle }] : []),
        { key: 'closes', label: t('closes'), children: formatDate(nomination.nominationsClose) },
        { key: 'state', label: t('current'), children: t(`state.${nomination.state}`) },
      ]}
    />
  );
}
