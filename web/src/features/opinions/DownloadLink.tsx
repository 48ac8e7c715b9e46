import type { ReactNode } from 'react';

/**
 * A download: a plain link when cookies are the right to it, else (an opinion link's token in a
 * header) fetched with the headers and handed to the browser as a file.
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
  const fetchWithHeaders = async () => {
    const response = await fetch(href, { headers });
    if (!response.ok) return;
    const url = URL.createObjectURL(await response.blob());
    const anchor = document.createElement('a');
    anchor.href = url;
    anchor.download = fileName;
    anchor.click();
    URL.revokeObjectURL(url);
  };
  return (
    <a
      href={href}
      download={fileName}
      onClick={
        headers
          ? (event) => {
              event.preventDefault();
              void fetchWithHeaders();
            }
          : undefined
      }
    >
      {children}
    </a>
  );
}
