import { defineTemplate } from './mail-template';

/** The agency learns that the panel's consolidated report on its request is ready. */
export interface ReportSentData {
  recipientName: string;
  requestTitle: string;
  agency: string;
  reportUrl: string;
  /** By when the agency is asked to record its answer, `YYYY-MM-DD`; null when none was set. */
  answerDeadline: string | null;
}

export const reportSent = defineTemplate<ReportSentData>({
  subject: {
    vi: 'Báo cáo tổng hợp ý kiến: {{requestTitle}}',
    en: 'Consolidated report: {{requestTitle}}',
  },
  body: {
    vi: `<p>Kính gửi {{recipientName}},</p>
<p>Hội đồng đã hoàn thành báo cáo tổng hợp ý kiến về đề nghị <strong>“{{requestTitle}}”</strong> của {{agency}}.</p>
<p><a href="{{link reportUrl}}">Xem báo cáo và ghi nhận tiếp thu</a></p>
{{#if answerDeadline}}<p>Đề nghị Quý cơ quan phản hồi việc tiếp thu các kiến nghị trước <strong>{{date answerDeadline}}</strong>.</p>{{/if}}`,
    en: `<p>Dear {{recipientName}},</p>
<p>The panel has completed its consolidated report on <strong>“{{requestTitle}}”</strong>, submitted by {{agency}}.</p>
<p><a href="{{link reportUrl}}">Read the report and record your answer</a></p>
{{#if answerDeadline}}<p>Please record which recommendations you accept by <strong>{{date answerDeadline}}</strong>.</p>{{/if}}`,
  },
});
