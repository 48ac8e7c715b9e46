import { REQUEST_KIND_NAMES_VI } from '../requests/review-request.entity';
import { ROLE_NAMES_VI } from '../panel/panel-rules';
import type { ReportContent } from './report-content';

/** A document as a sequence of typed blocks, shared by the PDF and DOCX layouts. */
export type ReportBlock =
  | { kind: 'title'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'subheading'; text: string }
  | { kind: 'paragraph'; text: string }
  /** A table: a header row, then rows of cells; the first column holds the row names. */
  | { kind: 'table'; headers: string[]; rows: string[][] };

const VIETNAM_TIME = 'Asia/Ho_Chi_Minh';

function dateVi(date: Date): string {
  return new Intl.DateTimeFormat('vi-VN', {
    timeZone: VIETNAM_TIME,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(date);
}

function dateTimeVi(date: Date): string {
  return new Intl.DateTimeFormat('vi-VN', {
    timeZone: VIETNAM_TIME,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(date);
}

/** YYYY-MM-DD (a date column) as dd/mm/yyyy. */
function calendarDateVi(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return `${day}/${month}/${year}`;
}

function withOrganization(name: string, organization: string | null): string {
  return organization ? `${name} (${organization})` : name;
}

/** Lays the content out in the order of a Vietnamese consolidated report. All text is NFC. */
export function reportBlocks(content: ReportContent): ReportBlock[] {
  const { request } = content;
  const blocks: ReportBlock[] = [
    { kind: 'title', text: 'BÁO CÁO TỔNG HỢP Ý KIẾN' },
    { kind: 'paragraph', text: `${REQUEST_KIND_NAMES_VI[request.kind]}: ${request.title}` },
    { kind: 'paragraph', text: `Cơ quan đặt hàng: ${request.agency}` },
  ];
  if (request.submittedAt) {
    blocks.push({ kind: 'paragraph', text: `Ngày gửi yêu cầu: ${dateVi(request.submittedAt)}` });
  }
  blocks.push(
    { kind: 'paragraph', text: `Thời hạn: ${calendarDateVi(request.deadline)}` },
    { kind: 'paragraph', text: `Ngày lập báo cáo: ${dateVi(content.generatedAt)}` },
    { kind: 'heading', text: 'I. Hội đồng' },
    ...content.members.map((member, index): ReportBlock => ({
      kind: 'paragraph',
      text: `${index + 1}. ${withOrganization(member.name, member.organization)}: ${ROLE_NAMES_VI[member.role]}`,
    })),
    { kind: 'heading', text: 'II. Ý kiến của các thành viên' },
  );
  if (content.opinions.length === 0) {
    blocks.push({ kind: 'paragraph', text: 'Chưa có ý kiến nào.' });
  }
  content.opinions.forEach((opinion, index) => {
    const author = content.opinionsAttributed
      ? `${withOrganization(opinion.name, opinion.organization)}, ${ROLE_NAMES_VI[opinion.role]}`
      : `Ý kiến ${index + 1}`;
    blocks.push(
      { kind: 'subheading', text: author },
      ...opinion.text
        .split(/\n+/)
        .filter((line) => line.trim() !== '')
        .map((line): ReportBlock => ({ kind: 'paragraph', text: line })),
      { kind: 'paragraph', text: `Gửi lúc: ${dateTimeVi(opinion.submittedAt)}` },
    );
    if (opinion.fileNames.length > 0) {
      blocks.push({ kind: 'paragraph', text: `Tệp kèm theo: ${opinion.fileNames.join(', ')}` });
    }
  });
  blocks.push({ kind: 'heading', text: 'III. Xung đột lợi ích' });
  if (content.conflicts.length === 0) {
    blocks.push({ kind: 'paragraph', text: 'Không ghi nhận xung đột lợi ích nào.' });
  }
  for (const conflict of content.conflicts) {
    const severity = conflict.severity === 'block' ? 'chặn' : 'cảnh báo';
    blocks.push({ kind: 'paragraph', text: `${conflict.memberName} (${severity}): ${conflict.description}` });
    if (conflict.overrideReason) {
      blocks.push({ kind: 'paragraph', text: `Lý do vẫn mời tham gia: ${conflict.overrideReason}` });
    }
  }
  blocks.push({ kind: 'heading', text: 'IV. Kiến nghị' });
  if (content.recommendations.length === 0) {
    blocks.push({ kind: 'paragraph', text: 'Không có kiến nghị.' });
  }
  content.recommendations.forEach((text, index) => {
    blocks.push({ kind: 'paragraph', text: `${index + 1}. ${text}` });
  });
  blocks.push(
    { kind: 'heading', text: 'V. Kết luận' },
    ...content.conclusion
      .split(/\n+/)
      .filter((line) => line.trim() !== '')
      .map((line): ReportBlock => ({ kind: 'paragraph', text: line })),
  );
  return blocks.map(nfcBlock);
}

/** The block with every text in NFC (what the renderers expect). */
export function nfcBlock(block: ReportBlock): ReportBlock {
  const nfc = (text: string) => text.normalize('NFC');
  return block.kind === 'table'
    ? { ...block, headers: block.headers.map(nfc), rows: block.rows.map((row) => row.map(nfc)) }
    : { ...block, text: nfc(block.text) };
}
