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
<p><a href="{{link answerUrl}}">Xem hồ sơ và đồng ý hoặc từ chối</a></p>`,
    en: `<p>Dear {{recipientName}},</p>
<p>{{#if nominator}}{{nominator}}{{else}}The Khánh Hòa Union of Science and Technology Associations{{/if}} has nominated you for <strong>{{campaignTitle}}</strong>{{#if workTitle}} for the work <strong>“{{workTitle}}”</strong>{{/if}}.</p>
<p>The nomination is considered only once you accept it. Nominations close at the end of <strong>{{date closes}}</strong>.</p>
<p><a href="{{link answerUrl}}">See the nomination and accept or decline it</a></p>`,
  },
});
