import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Checkbox, Flex, Popconfirm, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrapWithEtag } from '../../api/client';
import { ProblemAlert } from '../../app/ProblemAlert';
import { formatDateTime } from '../../i18n/format';
import type { Profile } from './fact-inputs';
import { CARD_TITLE } from './layout';
import { ME_KEY } from './my-profile';

/**
 * The public-profile consent (DESIGN.md section 4): the notice first, an explicit choice never
 * pre-ticked, the time it was given, and withdrawal that takes effect at once.
 */
export function ConsentCard({ profile, etag }: { profile: Profile; etag: string }) {
  const { t } = useTranslation(['me', 'common']);
  const queryClient = useQueryClient();
  const [agreed, setAgreed] = useState(false);
  const consent = useMutation({
    mutationFn: (value: boolean) =>
      unwrapWithEtag(
        api.PUT('/me/public-profile', { params: { header: { 'If-Match': etag } }, body: { consent: value } }),
      ),
    onSuccess: (answer) => {
      setAgreed(false);
      queryClient.setQueryData(ME_KEY, answer);
    },
    onError: () => void queryClient.invalidateQueries({ queryKey: ME_KEY }),
  });
  const given = profile.publicProfile === true;
  return (
    <Card
      title={
        <Typography.Title level={2} style={CARD_TITLE}>
          {t('consent.title')}
        </Typography.Title>
      }
    >
      <Flex vertical gap="middle">
        <section aria-label={t('consent.noticeLabel')}>
          <Typography.Paragraph strong>{t('consent.whatTitle')}</Typography.Paragraph>
          <Typography.Paragraph>{t('consent.what')}</Typography.Paragraph>
          <Typography.Paragraph strong>{t('consent.whoTitle')}</Typography.Paragraph>
          <Typography.Paragraph>{t('consent.who')}</Typography.Paragraph>
          <Typography.Paragraph strong>{t('consent.withdrawTitle')}</Typography.Paragraph>
          <Typography.Paragraph>{t('consent.withdraw')}</Typography.Paragraph>
        </section>
        {given ? (
          <>
            <Alert
              type="success"
              showIcon
              title={t('consent.given')}
              description={
                profile.publicProfileConsentedAt
                  ? t('consent.givenAt', { when: formatDateTime(profile.publicProfileConsentedAt) })
                  : undefined
              }
            />
            <Popconfirm
              title={t('consent.withdrawConfirm')}
              okText={t('common:actions.confirm')}
              cancelText={t('common:actions.cancel')}
              onConfirm={() => consent.mutate(false)}
            >
              <Button danger loading={consent.isPending}>
                {t('consent.withdrawButton')}
              </Button>
            </Popconfirm>
          </>
        ) : (
          <>
            <Alert type="info" showIcon title={t('consent.notGiven')} />
            <Checkbox checked={agreed} onChange={(e) => setAgreed(e.target.checked)}>
              {t('consent.agree')}
            </Checkbox>
            <div>
              <Button
                type="primary"
                disabled={!agreed}
                loading={consent.isPending}
                onClick={() => consent.mutate(true)}
              >
                {t('consent.giveButton')}
              </Button>
            </div>
          </>
        )}
        <ProblemAlert error={consent.error} />
      </Flex>
    </Card>
  );
}
