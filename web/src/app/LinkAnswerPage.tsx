import { useMutation, useQuery } from '@tanstack/react-query';
import { Button, Card, Flex, Form, Input, Radio, Result, Skeleton, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useLocation } from 'react-router';
import { formatDateTime } from '../i18n/format';
import { LinkProblem, linkRefusalOf, tokenOf, type LinkRefusal } from './action-link';
import { ButtonLink } from './ButtonLink';
import { usePageTitle } from './page-title';
import { ProblemAlert } from './ProblemAlert';

export type LinkAnswer = 'accepted' | 'declined';

/** The page's words, in the caller's namespace. */
export interface LinkAnswerTexts {
  title: string;
  loading: string;
  greeting: (name: string) => string;
  linkExpires: string;
  answerLegend: string;
  accept: string;
  decline: string;
  submit: string;
  doneAccepted: string;
  doneDeclined: string;
  doneDetail: (when: string) => string;
  toHome: string;
  /** What an unusable link's page says, by why. */
  refusal: (kind: LinkRefusal) => { title: string; detail: string };
}

export interface LinkAnswerPageProps<View extends { recipientName: string }, Done> {
  /** The answer the link's page (accept or decline) chooses by default. */
  linked: LinkAnswer;
  /** The query's name: the link's view is cached as [queryName, token]. */
  queryName: string;
  peek: (token: string) => Promise<View>;
  /** Sends the answer with the comment (trimmed; undefined when there is none to send). */
  answer: (token: string, answer: LinkAnswer, comment: string | undefined) => Promise<Done>;
  /** What the answer recorded: which answer, and when. */
  recorded: (done: Done) => { answer: LinkAnswer; answeredAt: string | null };
  /** What the mail said, between the greeting and the link's expiry. */
  describe: (view: View) => ReactNode;
  linkExpiresAt: (view: View) => string | null;
  /** The optional comment: its form field, label and length; `declineOnly`: asked only with a decline. */
  comment: { name: string; label: string; maxLength: number; declineOnly: boolean };
  texts: LinkAnswerTexts;
}

/**
 * The page a mailed answer link (…/accept, …/decline with #token=…) opens, without signing in: what
 * the mail said, then yes or no with an optional comment, the link's page choosing the default. A
 * used, expired or wrong link is a page of its own saying so, and so is an answer refused because
 * the link stopped working meanwhile.
 */
export function LinkAnswerPage<View extends { recipientName: string }, Done>(
  props: LinkAnswerPageProps<View, Done>,
) {
  const { texts, comment } = props;
  const token = tokenOf(useLocation().hash);
  const peek = useQuery({
    queryKey: [props.queryName, token],
    enabled: token !== null,
    retry: false,
    queryFn: () => props.peek(token!),
  });
  const send = useMutation({
    mutationFn: ({ answer, text }: { answer: LinkAnswer; text: string | undefined }) =>
      props.answer(token!, answer, text),
  });
  const refused: LinkRefusal | null =
    token === null ? 'missing' : (linkRefusalOf(peek.error) ?? linkRefusalOf(send.error));
  const refusal = refused && texts.refusal(refused);
  usePageTitle(refusal?.title ?? texts.title);

  const home = <ButtonLink to="/">{texts.toHome}</ButtonLink>;
  if (refusal) return <LinkProblem {...refusal} action={home} />;
  if (peek.error) return <ProblemAlert error={peek.error} onRetry={() => void peek.refetch()} />;
  if (!peek.data) return <Skeleton active aria-label={texts.loading} />;

  const title = <Typography.Title level={1}>{texts.title}</Typography.Title>;
  if (send.data) {
    const recorded = props.recorded(send.data);
    return (
      <Flex vertical gap="middle" style={{ maxWidth: 720 }}>
        {title}
        <Result
          status="success"
          title={
            <h2 style={{ fontSize: 20, margin: 0 }}>
              {recorded.answer === 'accepted' ? texts.doneAccepted : texts.doneDeclined}
            </h2>
          }
          subTitle={texts.doneDetail(formatDateTime(recorded.answeredAt))}
          extra={home}
        />
      </Flex>
    );
  }

  const view = peek.data;
  const expiresAt = props.linkExpiresAt(view);
  const commentField = (
    <Form.Item name={comment.name} label={comment.label}>
      <Input.TextArea maxLength={comment.maxLength} autoSize={{ minRows: 2 }} />
    </Form.Item>
  );
  return (
    <Flex vertical gap="middle" style={{ maxWidth: 720 }}>
      {title}
      <Typography.Paragraph>{texts.greeting(view.recipientName)}</Typography.Paragraph>
      {props.describe(view)}
      {expiresAt && (
        <Typography.Text type="secondary">
          {texts.linkExpires} {formatDateTime(expiresAt)}
        </Typography.Text>
      )}
      <Card>
        <ProblemAlert error={send.error} />
        <Form
          layout="vertical"
          initialValues={{ answer: props.linked }}
          onFinish={(values: Record<string, string | undefined>) => {
            const answer = values.answer as LinkAnswer;
            const text = values[comment.name]?.trim();
            const asked = !comment.declineOnly || answer === 'declined';
            send.mutate({ answer, text: asked && text ? text : undefined });
          }}
        >
          <fieldset style={{ border: 'none', padding: 0, margin: 0 }}>
            <legend style={{ fontSize: 16, fontWeight: 600, marginBottom: 8 }}>{texts.answerLegend}</legend>
            <Form.Item name="answer">
              <Radio.Group
                options={[
                  { value: 'accepted', label: texts.accept },
                  { value: 'declined', label: texts.decline },
                ]}
              />
            </Form.Item>
          </fieldset>
          {comment.declineOnly ? (
            <Form.Item noStyle dependencies={['answer']}>
              {({ getFieldValue }) => getFieldValue('answer') === 'declined' && commentField}
            </Form.Item>
          ) : (
            commentField
          )}
          <Button type="primary" htmlType="submit" loading={send.isPending}>
            {texts.submit}
          </Button>
        </Form>
      </Card>
    </Flex>
  );
}
