import { Checkbox, Form, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../app/ProblemAlert';
import { choicesOf, FIELD_OF, WORK_KINDS, type LinkedWork } from './linked-works';
import { useLinkableWorks } from './nominations-api';

/** A work's one line: its title, year and what it is (a venue, an IP kind, a project level). */
export function WorkLine({ work }: { work: LinkedWork }) {
  const { t } = useTranslation(['nominations', 'public']);
  const detail =
    work.kind === 'intellectual_property' && work.detail
      ? t(`public:ipKind.${work.detail as 'patent'}`, { defaultValue: work.detail })
      : work.kind === 'research_project' && work.detail
        ? t(`public:projectLevel.${work.detail as 'national'}`, { defaultValue: work.detail })
        : work.detail;
  return (
    <span>
      {work.title}
      {work.year !== null && <> ({t('works.year', { year: work.year })})</>}
      {detail && <Typography.Text type="secondary"> · {detail}</Typography.Text>}
    </span>
  );
}

/** The works a nomination links, named, for every reader of the nomination. */
export function LinkedWorksList({
  works,
  headingLevel = 3,
}: {
  works: LinkedWork[];
  headingLevel?: 2 | 3 | 4;
}) {
  const { t } = useTranslation('nominations');
  return (
    <section aria-label={t('works.linked')}>
      <Typography.Title level={headingLevel} style={{ fontSize: 16 }}>
        {t('works.linked')}
      </Typography.Title>
      {works.length === 0 ? (
        <Typography.Paragraph type="secondary">{t('works.linkedNone')}</Typography.Paragraph>
      ) : (
        <ul style={{ paddingInlineStart: 20, margin: 0 }}>
          {works.map((work) => (
            <li key={`${work.kind}:${work.id}`}>
              <Typography.Text strong>{t(`works.kinds.${work.kind}`)}:</Typography.Text>{' '}
              <WorkLine work={work} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * A draft's checkboxes of the nominee's works, by kind, in the draft's form (the three link fields).
 * An organization sees a private profile's works not at all: it is told so.
 */
export function WorksFields({ nominationId, linked }: { nominationId: string; linked: LinkedWork[] }) {
  const { t } = useTranslation('nominations');
  const works = useLinkableWorks(nominationId);
  const visible = works.data?.items ?? [];
  return (
    <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
      <legend style={{ fontSize: 16, fontWeight: 600, marginBottom: 8 }}>{t('works.title')}</legend>
      <Typography.Paragraph>{t('works.intro')}</Typography.Paragraph>
      <ProblemAlert error={works.error} onRetry={() => void works.refetch()} />
      {works.isPending && <Skeleton active paragraph={{ rows: 2 }} />}
      {works.data && !works.data.visible && (
        <Typography.Paragraph type="secondary">{t('works.hidden')}</Typography.Paragraph>
      )}
      {works.data?.visible && visible.length === 0 && (
        <Typography.Paragraph type="secondary">{t('works.none')}</Typography.Paragraph>
      )}
      {works.data &&
        WORK_KINDS.map((kind) => {
          const choices = choicesOf(kind, visible, linked);
          if (choices.length === 0 && !works.data.visible) return null;
          const known = new Set(visible.map((work) => work.id));
          return (
            <fieldset key={kind} style={{ border: 0, padding: 0, margin: '0 0 16px' }}>
              <legend style={{ fontSize: 14, fontWeight: 600, marginBottom: 8 }}>
                {t(`works.groups.${kind}`)}
              </legend>
              {choices.length === 0 ? (
                <Typography.Text type="secondary">{t('works.noneOfKind')}</Typography.Text>
              ) : (
                <Form.Item name={FIELD_OF[kind]} style={{ marginBottom: 0 }}>
                  <Checkbox.Group
                    style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
                    options={choices.map((work) => ({
                      value: work.id,
                      label: (
                        <>
                          <WorkLine work={work} />
                          {!known.has(work.id) && (
                            <Typography.Text type="secondary"> ({t('works.notVisible')})</Typography.Text>
                          )}
                        </>
                      ),
                    }))}
                  />
                </Form.Item>
              )}
            </fieldset>
          );
        })}
    </fieldset>
  );
}
