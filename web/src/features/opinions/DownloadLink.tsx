import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../../api/client';
import { downloadFailure, type DownloadFailure } from './download-failure';

// antd's error red is below AA contrast for text on white; this is its darker shade
const FAILURE_COLOR = '#a8071a';

/**
 * A download, fetched (with the opinion link's token in a header when there is one, with the session
 * cookie otherwise) and handed to the browser as a file, so that a refusal or failure is said next to
 * the link, announced to screen readers, instead of the browser's silent failed download.
 */
export function DownloadLink({
  href,
  fileName,
  headers,
  children,
}: {
  href: string;
  fileName: string;
  headers?: Record<string, string>;
  children: ReactNode;
}) {
  const { t } = useTranslation('opinions');
  const messageId = useId();
  const [failure, setFailure] = useState<DownloadFailure | null>(null);
  const download = async () => {
    setFailure(null);
    let response: Response;
    try {
      response = await fetch(href, { headers, credentials: 'same-origin' });
    } catch {
      setFailure(downloadFailure(ApiProblem.network()));
      return;
    }
    if (!response.ok) {
      const body: unknown = await response.json().catch(() => undefined);
      setFailure(downloadFailure(ApiProblem.fromResponse(response, body)));
      return;
    }
    const url = URL.createObjectURL(await response.blob());
    const anchor = document.createElement('a');
    anchor.href = url;
    anchor.download = fileName;
    anchor.click();
    URL.revokeObjectURL(url);
  };
  return (
    <span>
      <a
        href={href}
        download={fileName}
        aria-describedby={failure ? messageId : undefined}
        onClick={(event) => {
          event.preventDefault();
          void download();
        }}
      >
        {children}
      </a>
      {/* always present, so that the message is announced when it appears */}
      <span role="alert" id={messageId} style={{ color: FAILURE_COLOR, marginInlineStart: 8 }}>
        {failure && t(`download.${failure}`, { name: fileName })}
      </span>
    </span>
  );
}
