/** What a shared link shows before the app runs: the page's title and description in index.html. */
export interface PageMeta {
  title: string;
  description: string;
  /** 404 for a page that does not exist (the app still renders its own "not found"). */
  status?: number;
}

export const DEFAULT_META: PageMeta = {
  title: 'Trí thức Khánh Hòa',
  description:
    'Cơ sở dữ liệu trí thức tỉnh Khánh Hòa: tra cứu chuyên gia, hồ sơ khoa học, kết nối trí thức trong và ngoài nước.',
};

/** `/honorees` and its campaigns: the published honors results. */
export const HONOREES_META: PageMeta = {
  title: 'Kết quả xét chọn, tôn vinh · Trí thức Khánh Hòa',
  description:
    'Kết quả các đợt xét chọn, tôn vinh trí thức tỉnh Khánh Hòa đã công bố: quyết định khen thưởng và danh sách người được khen thưởng theo từng mức giải.',
};

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character]);
}

/**
 * index.html with this page's title and description (escaped: they come from people's profiles).
 * The tag may span lines, as the formatter writes it.
 */
export function withPageMeta(html: string, meta: PageMeta): string {
  const description = escapeHtml(meta.description);
  return html
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(meta.title)}</title>`)
    .replace(
      /<meta\s+name="description"\s+content="[^"]*"\s*\/?>/,
      `<meta name="description" content="${description}" />`,
    );
}
