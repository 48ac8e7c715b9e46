import { defineTemplate } from './mail-template';

/** Before the deadline: an invitation still unanswered (`answer`) or an opinion not yet sent (`opinion`). */
export interface PanelReminderData {
  recipientName: string;
  requestTitle: string;
  agency: string;
  /** `YYYY-MM-DD`. */
  deadline: string;
  stage: 'answer' | 'opinion';
  /** Where to accept the invitation (`answer`) or write the opinion. */
  actionUrl: string;
  /** `answer`: where to decline instead; null for `opinion`. */
  declineUrl: string | null;
}

export const panelReminder = defineTemplate<PanelReminderData>({
  subject: {
    vi: 'Nhắc hạn {{date deadline}}: {{requestTitle}}',
    en: 'Reminder, due {{date deadline}}: {{requestTitle}}',
  },
  body: {
    vi: `<p>Kính gửi {{recipientName}},</p>
{{#if (eq stage "answer")}}
<p>Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Khánh Hòa chưa nhận được trả lời của Quý vị cho thư mời tham gia hội đồng về đề nghị <strong>“{{requestTitle}}”</strong> của {{agency}}.</p>
<p><a href="{{link actionUrl}}">Nhận lời tham gia</a>{{#if declineUrl}} &nbsp;·&nbsp; <a href="{{link declineUrl}}">Từ chối</a>{{/if}}</p>
{{else}}
<p>Hội đồng về đề nghị <strong>“{{requestTitle}}”</strong> của {{agency}} chưa nhận được ý kiến của Quý vị.</p>
<p><a href="{{link actionUrl}}">Gửi ý kiến</a></p>
{{/if}}
<p>Hạn cuối: <strong>{{date deadline}}</strong>.</p>`,
    en: `<p>Dear {{recipientName}},</p>
{{#if (eq stage "answer")}}
<p>We have not yet received your answer to the invitation to the panel reviewing <strong>“{{requestTitle}}”</strong>, submitted by {{agency}}.</p>
<p><a href="{{link actionUrl}}">Accept</a>{{#if declineUrl}} &nbsp;·&nbsp; <a href="{{link declineUrl}}">Decline</a>{{/if}}</p>
{{else}}
<p>The panel reviewing <strong>“{{requestTitle}}”</strong>, submitted by {{agency}}, has not yet received your opinion.</p>
<p><a href="{{link actionUrl}}">Send your opinion</a></p>
{{/if}}
<p>Deadline: <strong>{{date deadline}}</strong>.</p>`,
  },
});
