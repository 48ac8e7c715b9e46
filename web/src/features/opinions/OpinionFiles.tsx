import { DeleteOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { App, Button, Flex, Popconfirm, Typography } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../app/ProblemAlert';
import { DownloadLink } from './DownloadLink';
import { OPINION_FILE_MEGABYTES, type MyOpinion, type OpinionSource } from './opinions-api';

const ACCEPT =
  '.pdf,.docx,.txt,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain';

/**
 * The files of the member's opinion: downloads, and while opinions are open, upload (once the text is
 * saved: a file belongs to a written opinion) and removal, confirmed.
 */
export function OpinionFiles({
  source,
  opinion,
  editable,
  onChanged,
}: {
  source: OpinionSource;
  opinion: MyOpinion['opinion'];
  editable: boolean;
  onChanged: () => Promise<unknown>;
}) {
  const { t } = useTranslation('opinions');
  const { message } = App.useApp();
  const inputId = useId();
  const upload = useMutation({
    mutationFn: (file: File) => source.upload(file),
    onSuccess: async (file) => {
      await onChanged();
      void message.success(t('mine.uploaded', { name: file.fileName }));
    },
  });
  const remove = useMutation({
    mutationFn: (fileId: string) => source.remove(fileId),
    onSuccess: async () => {
      await onChanged();
      void message.success(t('mine.removed'));
    },
  });
  const files = opinion?.files ?? [];
  return (
    <section aria-labelledby="opinion-files">
      <Typography.Title level={3} id="opinion-files" style={{ fontSize: 16 }}>
        {t('mine.files')}
      </Typography.Title>
      <Flex vertical gap="small">
        {files.length === 0 ? (
          <Typography.Text>{t('mine.noFiles')}</Typography.Text>
        ) : (
          <ul style={{ margin: 0 }}>
            {files.map((file) => (
              <li key={file.id}>
                <Flex wrap gap="small" align="center">
                  <DownloadLink
                    href={source.href('file', file.id)}
                    fileName={file.fileName}
                    headers={source.headers}
                  >
                    {file.fileName}
                  </DownloadLink>
                  {editable && (
                    <Popconfirm
                      title={t('mine.removeConfirm', { name: file.fileName })}
                      okText={t('mine.confirm')}
                      cancelText={t('mine.cancel')}
                      onConfirm={() => remove.mutate(file.id)}
                    >
                      <Button
                        size="small"
                        icon={<DeleteOutlined />}
                        aria-label={t('mine.remove', { name: file.fileName })}
                        loading={remove.isPending && remove.variables === file.id}
                      />
                    </Popconfirm>
                  )}
                </Flex>
              </li>
            ))}
          </ul>
        )}
        {editable &&
          (opinion ? (
            <Flex vertical gap={4}>
              <label htmlFor={inputId}>{t('mine.attach')}</label>
              <input
                id={inputId}
                type="file"
                accept={ACCEPT}
                aria-describedby={`${inputId}-help`}
                disabled={upload.isPending}
                onChange={(event) => {
                  const file = event.target.files?.[0];
                  // cleared so that choosing the same file again uploads it again
                  event.target.value = '';
                  if (file) upload.mutate(file);
                }}
              />
              <Typography.Text type="secondary" id={`${inputId}-help`}>
                {upload.isPending
                  ? t('mine.uploading')
                  : t('mine.attachHelp', { megabytes: OPINION_FILE_MEGABYTES })}
              </Typography.Text>
            </Flex>
          ) : (
            <Typography.Text type="secondary">{t('mine.saveFirst')}</Typography.Text>
          ))}
        <ProblemAlert error={upload.error ?? remove.error} />
      </Flex>
    </section>
  );
}
