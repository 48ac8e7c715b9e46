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

/** An accepted member's opinion not sent yet: where to write it, signed in. */
interface OpinionReminderData extends ReminderCommon {
  stage: 'opinion';
  actionUrl: string;
  /** For someone whose profile has no account yet: the page where an invitation code makes one; else null. */
  claimUrl: string | null;
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
{{#if claimUrl}}
<p>Ý kiến được viết trên hệ thống Trí thức Khánh Hòa sau khi đăng nhập, nhưng hồ sơ của Quý vị chưa có tài khoản. Kính đề nghị Quý vị liên hệ Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh để được Sở Nội vụ cấp mã mời, tạo tài khoản bằng mã đó tại trang <a href="{{link claimUrl}}">Nhận hồ sơ</a>, rồi gửi ý kiến tại trang dưới đây.</p>
{{else}}
<p>Quý vị đăng nhập bằng tài khoản của mình để viết ý kiến.</p>
{{/if}}
<p><a href="{{link actionUrl}}">Gửi ý kiến</a></p>
<p>Quý vị có thể sửa ý kiến đến hạn, hoặc đến khi thư ký khóa ý kiến của hội đồng.</p>
{{/if}}
<p>Hạn cuối: <strong>{{date deadline}}</strong>.</p>`,
    en: `<p>Dear {{recipientName}},</p>
{{#if (eq stage "answer")}}
<p>We have not yet received your answer to the invitation to the panel reviewing <strong>“{{requestTitle}}”</strong>, submitted by {{agency}}.</p>
<p><a href="{{link actionUrl}}">Accept</a> &nbsp;·&nbsp; <a href="{{link declineUrl}}">Decline</a></p>
{{else}}
<p>The panel reviewing <strong>“{{requestTitle}}”</strong>, submitted by {{agency}}, has not yet received your opinion.</p>
{{#if claimUrl}}
<p>Opinions are written in the Trí thức Khánh Hòa system after signing in, and your profile has no account yet. Please ask the Khánh Hòa Union of Science and Technology Associations for an invitation code, which the Department of Home Affairs issues, create your account with it on the <a href="{{link claimUrl}}">Claim my profile</a> page, then send your opinion on the page below.</p>
{{else}}
<p>Sign in with your account to write it.</p>
{{/if}}
<p><a href="{{link actionUrl}}">Send your opinion</a></p>
<p>You can change your opinion until the deadline, or until the secretary locks the panel’s opinions.</p>
{{/if}}
<p>Deadline: <strong>{{date deadline}}</strong>.</p>`,
  },
});
