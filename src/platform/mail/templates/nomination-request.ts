import { defineTemplate } from './mail-template';

/** A person nominated for an honor is asked to accept; the nomination counts only once they do. */
export interface NominationRequestData {
  recipientName: string;
  campaignTitle: string;
  /** The nominating organization's name; null when the association's staff nominated. */
  nominator: string | null;
  /** The work nominated, when there is one. */
  workTitle: string | null;
  /** The last day of nominations, `YYYY-MM-DD`. */
  closes: string;
  /** Links that answer without an account, once, until nominations close. */
  acceptUrl: string;
  declineUrl: string;
  /** The answer page for those who sign in. */
  answerUrl: string;
}

export const nominationRequest = defineTemplate<NominationRequestData>({
  subject: {
    vi: 'Quý vị được đề cử: {{campaignTitle}}',
    en: 'You have been nominated: {{campaignTitle}}',
  },
  body: {
    vi: `<p>Kính gửi {{recipientName}},</p>
<p>{{#if nominator}}{{nominator}}{{else}}Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Khánh Hòa{{/if}} đã đề cử Quý vị tham gia <strong>{{campaignTitle}}</strong>{{#if workTitle}} với công trình <strong>“{{workTitle}}”</strong>{{/if}}.</p>
<p>Hồ sơ đề cử chỉ được xét khi Quý vị đồng ý. Đề cử được nhận đến hết ngày <strong>{{date closes}}</strong>.</p>
<p><a href="{{link acceptUrl}}">Tôi đồng ý được đề cử</a> &nbsp;·&nbsp; <a href="{{link declineUrl}}">Tôi từ chối</a></p>
<p>Liên kết dùng được một lần, đến hết ngày nhận đề cử. Nếu Quý vị có tài khoản, Quý vị cũng có thể <a href="{{link answerUrl}}">xem hồ sơ và trả lời sau khi đăng nhập</a>.</p>`,
    en: `<p>Dear {{recipientName}},</p>
<p>{{#if nominator}}{{nominator}}{{else}}The Khánh Hòa Union of Science and Technology Associations{{/if}} has nominated you for <strong>{{campaignTitle}}</strong>{{#if workTitle}} for the work <strong>“{{workTitle}}”</strong>{{/if}}.</p>
<p>The nomination is considered only once you accept it. Nominations close at the end of <strong>{{date closes}}</strong>.</p>
<p><a href="{{link acceptUrl}}">I accept the nomination</a> &nbsp;·&nbsp; <a href="{{link declineUrl}}">I decline</a></p>
<p>The links work once, until nominations close. If you have an account, you can also <a href="{{link answerUrl}}">see the nomination and answer after signing in</a>.</p>`,
  },
});
