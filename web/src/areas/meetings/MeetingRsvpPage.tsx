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
type Rsvp = Schemas['MeetingRsvpView'];

/**
 * /meeting-rsvp/accept and /meeting-rsvp/decline, the pages the meeting invitation's links open,
 * without signing in: the meeting, then yes or no with an optional note (the link's page chooses
 * the default). A used, expired or wrong link is a page of its own saying so.
 */
export default function MeetingRsvpPage({ answer: linked }: { answer: Answer }) {
  const { t } = useTranslation('meetings');
  const token = tokenOf(useLocation().hash);
  const peek = useQuery({
    queryKey: ['meeting-rsvp', token],
    enabled: token !== null,
    retry: false,
    queryFn: () => unwrap(api.POST('/meeting-rsvp/peek', { body: { token: token! } })),
  });
  const send = useMutation({
    mutationFn: (body: { answer: Answer; note?: string }) =>
      unwrap(api.POST('/meeting-rsvp/answer', { body: { ...body, token: token! } })),
  });
  const refused: LinkRefusal | null =
    token === null ? 'missing' : (linkRefusalOf(peek.error) ?? linkRefusalOf(send.error));
  const kind = refused;
  const refusal = kind && { title: t(`link.${kind}`), detail: t(`link.${kind}Detail`) };
  usePageTitle(refusal?.title ?? t('rsvp.title'));

  if (refusal)
    return <LinkProblem {...refusal} action={<ButtonLink to="/">{t('rsvp.toHome')}</ButtonLink>} />;
  if (peek.error) return <ProblemAlert error={peek.error} onRetry={() => void peek.refetch()} />;
  if (!peek.data) return <Skeleton active aria-label={t('rsvp.loading')} />;

  const title = <Typography.Title level={1}>{t('rsvp.title')}</Typography.Title>;
  if (send.data)
    return (
      <Flex vertical gap="middle" style={{ maxWidth: 720 }}>
        {title}
        <Result
          status="success"
          title={
            <h2 style={{ fontSize: 20, margin: 0 }}>
              {send.data.answer === 'accepted' ? t('rsvp.doneAccepted') : t('rsvp.doneDeclined')}
            </h2>
          }
          subTitle={t('rsvp.doneDetail', { when: formatDateTime(send.data.answeredAt) })}
          extra={<ButtonLink to="/">{t('rsvp.toHome')}</ButtonLink>}
        />
      </Flex>
    );

  const rsvp = peek.data;
  return (
    <Flex vertical gap="middle" style={{ maxWidth: 720 }}>
      {title}
      <Typography.Paragraph>{t('rsvp.greeting', { name: rsvp.recipientName })}</Typography.Paragraph>
      <Summary rsvp={rsvp} />
      <Typography.Text type="secondary">
        {t('rsvp.linkExpires')} {formatDateTime(rsvp.linkExpiresAt)}
      </Typography.Text>
      <Card>
        <ProblemAlert error={send.error} />
        <Form
          layout="vertical"
          initialValues={{ answer: linked }}
          onFinish={({ answer, note }: { answer: Answer; note?: string }) =>
            send.mutate({ answer, ...(note?.trim() ? { note: note.trim() } : {}) })
          }
        >
          <fieldset style={{ border: 'none', padding: 0, margin: 0 }}>
            <legend style={{ fontSize: 16, fontWeight: 600, marginBottom: 8 }}>
              {t('rsvp.answerLegend')}
            </legend>
            <Form.Item name="answer">
              <Radio.Group
                options={[
                  { value: 'accepted', label: t('rsvp.accept') },
                  { value: 'declined', label: t('rsvp.decline') },
                ]}
              />
            </Form.Item>
          </fieldset>
          <Form.Item name="note" label={t('rsvp.note')}>
            <Input.TextArea maxLength={1000} autoSize={{ minRows: 2 }} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={send.isPending}>
            {t('rsvp.submit')}
          </Button>
        </Form>
      </Card>
    </Flex>
  );
}

function Summary({ rsvp }: { rsvp: Rsvp }) {
  const { t } = useTranslation('meetings');
  return (
    <Descriptions
      bordered
      column={1}
      size="small"
      items={[
        { key: 'meeting', label: t('rsvp.meeting'), children: rsvp.meetingTitle },
        { key: 'organizer', label: t('rsvp.organizer'), children: rsvp.organizer },
        ...(rsvp.meetingDate
          ? [{ key: 'date', label: t('rsvp.date'), children: formatDate(rsvp.meetingDate) }]
          : []),
        ...(rsvp.place ? [{ key: 'place', label: t('rsvp.place'), children: rsvp.place }] : []),
        ...(rsvp.answer
          ? [{ key: 'current', label: t('rsvp.current'), children: t(`status.${rsvp.answer}`) }]
          : []),
      ]}
    />
  );
}
