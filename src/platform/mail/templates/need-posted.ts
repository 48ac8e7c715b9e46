import { defineTemplate } from './mail-template';

/** An expert whose fields a newly accepted task order reaches is told of it on the needs board. */
export interface NeedPostedData {
  recipientName: string;
  requestTitle: string;
  /** The requesting agency's name. */
  agency: string;
  /** By when the agency needs the work, `YYYY-MM-DD`; null when none was set. */
  deadline: string | null;
  boardUrl: string;
}

export const needPosted = defineTemplate<NeedPostedData>({
  subject: {
    vi: 'Đặt hàng mới phù hợp lĩnh vực của Quý vị: {{requestTitle}}',
    en: 'A new task order in your field: {{requestTitle}}',
  },
  body: {
    vi: `<p>Kính gửi {{recipientName}},</p>
<p>{{agency}} đặt hàng <strong>“{{requestTitle}}”</strong>, thuộc lĩnh vực của Quý vị, vừa được Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Khánh Hòa tiếp nhận.</p>
{{#if deadline}}<p>Thời hạn: <strong>{{date deadline}}</strong>.</p>{{/if}}
<p><a href="{{link boardUrl}}">Xem đặt hàng và bày tỏ quan tâm</a></p>`,
    en: `<p>Dear {{recipientName}},</p>
<p>The Khánh Hòa Union of Science and Technology Associations has accepted the task order <strong>“{{requestTitle}}”</strong> from {{agency}}, in your field.</p>
{{#if deadline}}<p>Deadline: <strong>{{date deadline}}</strong>.</p>{{/if}}
<p><a href="{{link boardUrl}}">See the order and express interest</a></p>`,
  },
});
