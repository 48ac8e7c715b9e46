import { Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../../api/client';
import { LinkAnswerPage, type LinkAnswer } from '../../app/LinkAnswerPage';
import { formatDate } from '../../i18n/format';

type LinkView = Schemas['NominationLinkView'];

/**
 * /nomination-answer/accept and /nomination-answer/decline, the pages the nomination mail's links
 * open, without signing in: what the mail said, then accept or decline with an optional reason (the
 * link's page chooses the default). A used, expired or wrong link is a page of its own saying so.
 */
export default function NominationLinkPage({ answer: linked }: { answer: LinkAnswer }) {
  const { t } = useTranslation('nominationLink');
  return (
    <LinkAnswerPage
      linked={linked}
      queryName="nomination-answer"
      peek={(token) => unwrap(api.POST('/nomination-answer/peek', { body: { token } }))}
      answer={(token, answer, reason) =>
        unwrap(
          api.POST('/nomination-answer/answer', { body: { answer, ...(reason ? { reason } : {}), token } }),
        )
      }
      recorded={(done) => ({
        answer: done.state === 'accepted' ? 'accepted' : 'declined',
        answeredAt: done.answeredAt ?? new Date().toISOString(),
      })}
      describe={(nomination) => (
        <>
          <Typography.Paragraph>{t('intro')}</Typography.Paragraph>
          <Summary nomination={nomination} />
        </>
      )}
      linkExpiresAt={(nomination) => nomination.linkExpiresAt}
      comment={{ name: 'reason', label: t('reason'), maxLength: 2000, declineOnly: true }}
      texts={{
        title: t('title'),
        loading: t('loading'),
        greeting: (name) => t('greeting', { name }),
        linkExpires: t('linkExpires'),
        answerLegend: t('answerLegend'),
        accept: t('accept'),
        decline: t('decline'),
        submit: t('submit'),
        doneAccepted: t('doneAccepted'),
        doneDeclined: t('doneDeclined'),
        doneDetail: (when) => t('doneDetail', { when }),
        toHome: t('toHome'),
        refusal: (kind) => ({ title: t(`link.${kind}`), detail: t(`link.${kind}Detail`) }),
      }}
    />
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
