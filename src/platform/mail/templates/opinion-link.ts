import { defineTemplate } from './mail-template';

/** The review has started: the accepted member's personal link to write their opinion. */
export interface OpinionLinkData {
  recipientName: string;
  requestTitle: string;
  agency: string;
  /** `YYYY-MM-DD`. */
  deadline: string;
  opinionUrl: string;
}

export const opinionLink = defineTemplate<OpinionLinkData>({
  subject: {
    vi: 'Mời gửi ý kiến trước {{date deadline}}: {{requestTitle}}',
    en: 'Your opinion, due {{date deadline}}: {{requestTitle}}',
  },
  body: {
    vi: `<p>Kính gửi {{recipientName}},</p>
<p>Hội đồng về đề nghị <strong>“{{requestTitle}}”</strong> của {{agency}} đã bắt đầu tư vấn, phản biện. Kính mời Quý vị đọc hồ sơ và gửi ý kiến của mình.</p>
<p><a href="{{link opinionUrl}}">Đọc hồ sơ và gửi ý kiến</a></p>
<p>Liên kết này dành riêng cho Quý vị, không cần tài khoản hay đăng nhập; xin không chuyển tiếp thư này. Quý vị có thể dùng lại liên kết để sửa ý kiến đến hết hạn, hoặc đến khi thư ký khóa ý kiến của hội đồng.</p>
<p>Hạn cuối: <strong>{{date deadline}}</strong>.</p>`,
    en: `<p>Dear {{recipientName}},</p>
<p>The panel reviewing <strong>“{{requestTitle}}”</strong>, submitted by {{agency}}, has started its review. Please read the request and send your opinion.</p>
<p><a href="{{link opinionUrl}}">Read the request and send your opinion</a></p>
<p>This link is yours alone and needs no account or sign-in; please do not forward this message. You can use it again to change your opinion until the deadline, or until the secretary locks the panel’s opinions.</p>
<p>Deadline: <strong>{{date deadline}}</strong>.</p>`,
  },
});
