import { defineTemplate } from './mail-template';

/** An expert is asked to join a review panel; each link answers once. */
export interface PanelInvitationData {
  recipientName: string;
  requestTitle: string;
  /** The requesting agency's name. */
  agency: string;
  /** When opinions are due, `YYYY-MM-DD`. */
  deadline: string;
  acceptUrl: string;
  declineUrl: string;
}

export const panelInvitation = defineTemplate<PanelInvitationData>({
  subject: {
    vi: 'Thư mời tham gia hội đồng tư vấn, phản biện: {{requestTitle}}',
    en: 'Invitation to a review panel: {{requestTitle}}',
  },
  body: {
    vi: `<p>Kính gửi {{recipientName}},</p>
<p>Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Khánh Hòa trân trọng mời Quý vị tham gia hội đồng tư vấn, phản biện, giám định xã hội về đề nghị <strong>“{{requestTitle}}”</strong> của {{agency}}.</p>
<p>Hạn gửi ý kiến: <strong>{{date deadline}}</strong>.</p>
<p>Khi nhận lời, Quý vị sẽ được đề nghị xác nhận không có xung đột lợi ích với đề nghị này.</p>
<p><a href="{{link acceptUrl}}">Nhận lời tham gia</a> &nbsp;·&nbsp; <a href="{{link declineUrl}}">Từ chối</a></p>
<p>Mỗi liên kết chỉ dùng được một lần.</p>`,
    en: `<p>Dear {{recipientName}},</p>
<p>The Khánh Hòa Union of Science and Technology Associations invites you to join the panel reviewing <strong>“{{requestTitle}}”</strong>, submitted by {{agency}}.</p>
<p>Opinions are due by <strong>{{date deadline}}</strong>.</p>
<p>When you accept, you will be asked to confirm that you have no conflict of interest with this proposal.</p>
<p><a href="{{link acceptUrl}}">Accept</a> &nbsp;·&nbsp; <a href="{{link declineUrl}}">Decline</a></p>
<p>Each link works once.</p>`,
  },
});
