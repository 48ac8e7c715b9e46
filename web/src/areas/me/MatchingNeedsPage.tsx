import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Descriptions,
  Empty,
  Flex,
  Form,
  Input,
  List,
  Popconfirm,
  Spin,
  Typography,
} from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { api, unwrap, type Schemas } from '../../api/client';
import { usePageTitle } from '../../app/page-title';
import { ProblemAlert } from '../../app/ProblemAlert';
import { currentLanguage } from '../../i18n';
import { formatDate, formatDateTime } from '../../i18n/format';
import { useUrlPage } from '../../app/url-page';

type Need = Schemas['MatchingNeedView'];
const PAGE_SIZE = 10;
const NOTE_MAX = 500;
const NEEDS_KEY = ['me', 'matching-needs'] as const;

/** /me/matching-needs: the open task orders the person's fields reach, with their interest in each. */
export default function MatchingNeedsPage() {
  const { t } = useTranslation('needs');
  usePageTitle(t('board.title'));
  const paging = useUrlPage(PAGE_SIZE);
  const query = useQuery({
    queryKey: [...NEEDS_KEY, paging.page],
    queryFn: () =>
      unwrap(
        api.GET('/me/matching-needs', {
          params: { query: paging.window },
        }),
      ),
  });
  return (
    <Flex vertical gap="middle">
      <Typography.Title level={1}>{t('board.title')}</Typography.Title>
      <Typography.Paragraph>{t('board.intro')}</Typography.Paragraph>
      {query.isPending && <Spin />}
      {query.isError && <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />}
      {query.data && !query.data.proposable && (
        <Alert type="info" showIcon title={t('board.notProposable')} />
      )}
      {query.data?.proposable && (
        <List
          dataSource={query.data.items}
          locale={{ emptyText: <Empty description={t('board.empty')} /> }}
          pagination={paging.pagination(query.data.total)}
          renderItem={(need) => (
            <List.Item>
              <NeedCard need={need} />
            </List.Item>
          )}
        />
      )}
    </Flex>
  );
}

/** One task order: what the agency asks, and the person's interest with an optional note. */
function NeedCard({ need }: { need: Need }) {
  const { t } = useTranslation('needs');
  const queryClient = useQueryClient();
  const headingId = useId();
  const [note, setNote] = useState(need.note ?? '');
  const settle = () => queryClient.invalidateQueries({ queryKey: NEEDS_KEY });
  const express = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/me/matching-needs/{id}/interest', {
          params: { path: { id: need.id } },
          body: { note: note.trim() ? note.trim() : null },
        }),
      ),
    onSettled: settle,
  });
  const withdraw = useMutation({
    mutationFn: () =>
      unwrap(api.DELETE('/me/matching-needs/{id}/interest', { params: { path: { id: need.id } } })),
    onSuccess: () => setNote(''),
    onSettled: settle,
  });
  const english = currentLanguage() === 'en';
  return (
    <section aria-labelledby={headingId} style={{ width: '100%' }}>
      <Card
        size="small"
        title={
          <Typography.Title
            level={2}
            id={headingId}
            style={{ margin: 0, fontSize: 16, whiteSpace: 'normal' }}
          >
            {need.title}
          </Typography.Title>
        }
      >
        <Descriptions
          column={1}
          size="small"
          items={[
            { key: 'agency', label: t('board.agency'), children: need.agency.nameVi },
            { key: 'deadline', label: t('board.deadline'), children: formatDate(need.deadline) },
            {
              key: 'fields',
              label: t('board.fields'),
              children: need.fields
                .map((field) => `${field.code} ${english ? (field.nameEn ?? field.nameVi) : field.nameVi}`)
                .join('; '),
            },
            { key: 'summary', label: t('board.summary'), children: need.summary },
          ]}
        />
        {need.interested && need.interestedAt && (
          <Alert
            type="success"
            showIcon
            role="status"
            title={t('board.interestedAt', { when: formatDateTime(need.interestedAt) })}
            style={{ marginBlock: 12 }}
          />
        )}
        <ProblemAlert error={express.error ?? withdraw.error} />
        <Form layout="vertical" onFinish={() => express.mutate()} style={{ marginTop: 12 }}>
          <Form.Item label={t('board.note')} htmlFor={`${headingId}-note`} extra={t('board.noteHelp')}>
            <Input.TextArea
              id={`${headingId}-note`}
              value={note}
              onChange={(event) => setNote(event.target.value)}
              maxLength={NOTE_MAX}
              showCount
              autoSize={{ minRows: 2, maxRows: 6 }}
            />
          </Form.Item>
          <Flex wrap gap="small">
            <Button type="primary" htmlType="submit" loading={express.isPending}>
              {need.interested ? t('board.updateNote') : t('board.express')}
            </Button>
            {need.interested && (
              <Popconfirm
                title={t('board.withdrawConfirm')}
                okText={t('board.confirm')}
                cancelText={t('board.cancel')}
                onConfirm={() => withdraw.mutate()}
              >
                <Button danger loading={withdraw.isPending}>
                  {t('board.withdraw')}
                </Button>
              </Popconfirm>
            )}
          </Flex>
        </Form>
      </Card>
    </section>
  );
}
