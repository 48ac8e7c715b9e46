import { defineTemplate } from './mail-template';

interface ReminderCommon {
  recipientName: string;
  requestTitle: string;
  agency: string;
  /** `YYYY-MM-DD`. */
  deadline: string;
}

/** An invitation still unanswered: where to accept it, or decline. */
interface AnswerReminderData extends ReminderCommon {
  stage: 'answer';
  actionUrl: string;
  declineUrl: string;
}

/** An accepted member's opinion not sent yet: their personal opinion link (no sign-in needed). */
interface OpinionReminderData extends ReminderCommon {
  stage: 'opinion';
  actionUrl: string;
}

/** Before the deadline: an invitation still unanswered (`answer`) or an opinion not yet sent (`opinion`). */
export type PanelReminderData = AnswerReminderData | OpinionReminderData;

export const panelReminder = defineTemplate<PanelReminderData>({
  subject: {
    vi: 'Nhắc hạn {{date deadline}}: {{requestTitle}}',
    en: 'Reminder, due {{date deadline}}: {{requestTitle}}',
  },
  body: {
    vi: `<p>Kính gửi {{recipientName}},</p>
{{#if (eq stage "answer")}}
<p>Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Khánh Hòa chưa nhận được trả lời của Quý vị cho thư mời tham gia hội đồng về đề nghị <strong>“{{requestTitle}}”</strong> của {{agency}}.</p>
<p><a href="{{link actionUrl}}">Nhận lời tham gia</a> &nbsp;·&nbsp; <a href="{{link declineUrl}}">Từ chối</a></p>
{{else}}
<p>Hội đồng về đề nghị <strong>“{{requestTitle}}”</strong> của {{agency}} chưa nhận được ý kiến của Quý vị.</p>
<p><a href="{{link actionUrl}}">Gửi ý kiến</a></p>
<p>Liên kết này dành riêng cho Quý vị, không cần tài khoản hay đăng nhập; xin không chuyển tiếp thư này.</p>
<p>Quý vị có thể sửa ý kiến đến hạn, hoặc đến khi thư ký khóa ý kiến của hội đồng.</p>
{{/if}}
<p>Hạn cuối: <strong>{{date deadline}}</strong>.</p>`,
    en: `<p>Dear {{recipientName}},</p>
{{#if (eq stage "answer")}}
<p>We have not yet received your answer to the invitation to the panel reviewing <strong>“{{requestTitle}}”</strong>, submitted by {{agency}}.</p>
<p><a href="{{link actionUrl}}">Accept</a> &nbsp;·&nbsp; <a href="{{link declineUrl}}">Decline</a></p>
{{else}}
<p>The panel reviewing <strong>“{{requestTitle}}”</strong>, submitted by {{agency}}, has not yet received your opinion.</p>
<p><a href="{{link actionUrl}}">Send your opinion</a></p>
<p>This link is yours alone and needs no account or sign-in; please do not forward this message.</p>
<p>You can change your opinion until the deadline, or until the secretary locks the panel’s opinions.</p>
{{/if}}
<p>Deadline: <strong>{{date deadline}}</strong>.</p>`,
  },
});
