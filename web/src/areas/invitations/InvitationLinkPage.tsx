import { useMutation, useQuery } from '@tanstack/react-query';
import { Button, Card, Flex, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { api, unwrap } from '../../api/client';
import { LinkProblem, linkRefusalOf, tokenOf, type LinkRefusal } from '../../app/action-link';
import { ButtonLink } from '../../app/ButtonLink';
import { usePageTitle } from '../../app/page-title';
import { ProblemAlert } from '../../app/ProblemAlert';
import { useSession } from '../../auth/session';
import { AcceptForm } from '../../features/invitations/AcceptForm';
import { AnswerResult } from '../../features/invitations/AnswerResult';
import { DeclineForm } from '../../features/invitations/DeclineForm';
import { InvitationSummary } from '../../features/invitations/InvitationSummary';
import type { AcceptBody, DeclineBody, ExpertInvitation } from '../../features/invitations/invitations-api';
import { formatDateTime } from '../../i18n/format';

type Action = 'accept' | 'decline';

/**
 * /invitations/accept and /invitations/decline, the pages the mailed links open, without signing
 * in: what the invitation is, then the answer (accepting asks for the declaration). A used, expired
 * or wrong link is a page of its own saying so.
 */
export default function InvitationLinkPage({ action: linked }: { action: Action }) {
  const { t } = useTranslation('invitations');
  const [action, setAction] = useState<Action>(linked);
  const token = tokenOf(useLocation().hash);
  const peek = useQuery({
    queryKey: ['panel-invitation-link', token, linked],
    enabled: token !== null,
    retry: false,
    queryFn: () => unwrap(api.POST('/panel-invitations/peek', { body: { token: token!, action: linked } })),
  });
  const answer = useMutation({
    mutationFn: (body: { accept: AcceptBody } | { decline: DeclineBody }) =>
      'accept' in body
        ? unwrap(api.POST('/panel-invitations/accept', { body: { ...body.accept, token: token! } }))
        : unwrap(api.POST('/panel-invitations/decline', { body: { ...body.decline, token: token! } })),
  });

  // an answer refused because the link stopped working meanwhile reads like an unusable link too
  const refused: LinkRefusal | null =
    token === null ? 'missing' : (linkRefusalOf(peek.error) ?? linkRefusalOf(answer.error));
  const kind = refused;
  const refusal = kind && { title: t(`link.${kind}`), detail: t(`link.${kind}Detail`) };
  usePageTitle(refusal?.title ?? (action === 'accept' ? t('answer.acceptTitle') : t('answer.declineTitle')));

  if (refusal)
    return <LinkProblem {...refusal} action={<ButtonLink to="/">{t('answer.toHome')}</ButtonLink>} />;
  if (peek.error) return <ProblemAlert error={peek.error} onRetry={() => void peek.refetch()} />;
  if (!peek.data) return <Skeleton active aria-label={t('answer.loading')} />;

  const title = (
    <Typography.Title level={1}>
      {action === 'accept' ? t('answer.acceptTitle') : t('answer.declineTitle')}
    </Typography.Title>
  );
  // the page keeps its h1 once answered: the result is a section of it
  if (answer.data)
    return (
      <Flex vertical gap="middle" style={{ maxWidth: 720 }}>
        {title}
        <Answered invitation={answer.data} />
      </Flex>
    );

  const invitation = peek.data;
  return (
    <Flex vertical gap="middle" style={{ maxWidth: 720 }}>
      {title}
      <Typography.Paragraph>{t('answer.greeting', { name: invitation.fullName })}</Typography.Paragraph>
      <InvitationSummary invitation={invitation} />
      <Typography.Text type="secondary">
        {t('answer.linkExpires')} {formatDateTime(invitation.linkExpiresAt)}
      </Typography.Text>
      <Card>
        <ProblemAlert error={answer.error} />
        {action === 'accept' ? (
          <AcceptForm
            invitation={invitation}
            pending={answer.isPending}
            onSubmit={(body) => answer.mutate({ accept: body })}
          />
        ) : (
          <DeclineForm pending={answer.isPending} onSubmit={(body) => answer.mutate({ decline: body })} />
        )}
      </Card>
      {/* both links answer the same invitation; the accept page also lets one decline */}
      {action === 'accept' && linked === 'accept' && (
        <Button type="link" onClick={() => setAction('decline')} style={{ alignSelf: 'flex-start' }}>
          {t('answer.switchToDecline')}
        </Button>
      )}
    </Flex>
  );
}

function Answered({ invitation }: { invitation: ExpertInvitation }) {
  const { t } = useTranslation('invitations');
  const { can } = useSession();
  return (
    <AnswerResult
      invitation={invitation}
      extra={
        can('panels.own-invitations') ? (
          <ButtonLink to="/me/panel-invitations">{t('answer.toMine')}</ButtonLink>
        ) : (
          <ButtonLink to="/">{t('answer.toHome')}</ButtonLink>
        )
      }
    />
  );
}
