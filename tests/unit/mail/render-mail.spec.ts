import { renderMail } from '../../../src/platform/mail/templates/render-mail';

const oneLine = (text: string) => text.replace(/\s+/g, ' ');

describe('mail templates', () => {
  const reminder = {
    recipientName: 'TS. Trần Văn Đức',
    requestTitle: 'Quy hoạch đô thị Cam Ranh "mới" & <b>xanh</b>',
    agency: 'UBND phường Cam Ranh',
    deadline: '2027-03-01',
    stage: 'opinion' as const,
    actionUrl: 'https://trithuc.khanhhoa.gov.vn/opinions/write#token=abc',
  };

  it('renders a reminder in Vietnamese with the date as dd/mm/yyyy and the wording of its stage', () => {
    const mail = renderMail({ template: 'panel-reminder', locale: 'vi', data: reminder });
    expect(mail.subject).toBe('Nhắc hạn 01/03/2027: Quy hoạch đô thị Cam Ranh "mới" & <b>xanh</b>');
    expect(oneLine(mail.text)).toContain('chưa nhận được ý kiến của Quý vị');
    expect(oneLine(mail.text)).toContain(`Gửi ý kiến [${reminder.actionUrl}]`);
    expect(oneLine(mail.text)).toContain('Hạn cuối: 01/03/2027.');
    const answer = renderMail({
      template: 'panel-reminder',
      locale: 'vi',
      data: {
        ...reminder,
        stage: 'answer',
        declineUrl: 'https://trithuc.khanhhoa.gov.vn/invitations/decline',
      },
    });
    expect(oneLine(answer.text)).toContain(`Nhận lời tham gia [${reminder.actionUrl}]`);
    expect(oneLine(answer.text)).toContain('Từ chối [https://trithuc.khanhhoa.gov.vn/invitations/decline]');
    expect(oneLine(mail.text)).not.toContain('Từ chối');
    expect(oneLine(mail.text)).toContain('không cần tài khoản hay đăng nhập');
    expect(oneLine(mail.text)).not.toContain('mã mời');
  });

  it('mails the personal opinion link when the review starts, in each language', () => {
    const data = { ...reminder, opinionUrl: reminder.actionUrl };
    const vi = oneLine(renderMail({ template: 'opinion-link', locale: 'vi', data }).text);
    expect(vi).toContain(`Đọc hồ sơ và gửi ý kiến [${reminder.actionUrl}]`);
    expect(vi).toContain('không cần tài khoản hay đăng nhập');
    expect(vi).toContain('Hạn cuối: 01/03/2027.');
    const en = oneLine(renderMail({ template: 'opinion-link', locale: 'en', data }).text);
    expect(en).toContain(`Read the request and send your opinion [${reminder.actionUrl}]`);
    expect(en).toContain('needs no account or sign-in');
  });

  it('mails the personal scoring link when a round’s scoring opens, in each language, with or without a deadline', () => {
    const data = {
      recipientName: 'GS. Lê Văn Hải',
      campaignTitle: 'Giải thưởng KH&CN tỉnh Khánh Hòa 2026',
      round: 1,
      roundName: 'Cấp cơ sở',
      nominees: 3,
      deadline: '2027-01-14',
      scoringUrl: 'https://trithuc.khanhhoa.gov.vn/scoring-link#token=abc',
    };
    const vi = renderMail({ template: 'scoring-link', locale: 'vi', data });
    expect(vi.subject).toBe('Mời chấm điểm vòng 1 trước 14/01/2027: Giải thưởng KH&CN tỉnh Khánh Hòa 2026');
    expect(oneLine(vi.text)).toContain(`Chấm điểm các hồ sơ [${data.scoringUrl}]`);
    expect(oneLine(vi.text)).toContain('vòng 1 (Cấp cơ sở)');
    expect(oneLine(vi.text)).toContain('chấm điểm 3 hồ sơ');
    expect(oneLine(vi.text)).toContain('Hạn chấm: 14/01/2027.');
    const en = renderMail({
      template: 'scoring-link',
      locale: 'en',
      data: { ...data, deadline: null, roundName: null },
    });
    expect(en.subject).toBe('Please score round 1: Giải thưởng KH&CN tỉnh Khánh Hòa 2026');
    expect(oneLine(en.text)).toContain(`Score the nominees [${data.scoringUrl}]`);
    expect(oneLine(en.text)).toContain('needs no account or sign-in');
    expect(en.text).not.toContain('Deadline');
  });

  it('escapes user data in HTML and keeps it readable in the plain-text part', () => {
    const mail = renderMail({ template: 'panel-reminder', locale: 'en', data: reminder });
    expect(mail.html).toContain('Quy hoạch đô thị Cam Ranh &quot;mới&quot; &amp; &lt;b&gt;xanh&lt;/b&gt;');
    expect(mail.html).not.toContain('<b>xanh</b>');
    expect(oneLine(mail.text)).toContain('“Quy hoạch đô thị Cam Ranh "mới" & <b>xanh</b>”');
    expect(oneLine(mail.text)).toContain('Deadline: 1 March 2027.');
  });

  it('mentions the answer deadline of a report only when there is one', () => {
    const data = {
      recipientName: 'Sở Xây dựng',
      requestTitle: 'Đồ án quy hoạch',
      agency: 'Sở Xây dựng tỉnh Khánh Hòa',
      reportUrl: 'https://trithuc.khanhhoa.gov.vn/review-requests/1/report',
      answerDeadline: '2027-04-30',
    };
    expect(oneLine(renderMail({ template: 'report-sent', locale: 'vi', data }).text)).toContain(
      'trước 30/04/2027',
    );
    const without = renderMail({
      template: 'report-sent',
      locale: 'vi',
      data: { ...data, answerDeadline: null },
    });
    expect(without.text).not.toContain('trước');
    expect(without.subject).toBe('Báo cáo tổng hợp ý kiến: Đồ án quy hoạch');
  });

  it('fails instead of sending a blank: a missing field, a bad date, a link that is not http(s)', () => {
    const incomplete: Partial<typeof reminder> = { ...reminder };
    delete incomplete.recipientName;
    expect(() =>
      renderMail({ template: 'panel-reminder', locale: 'vi', data: incomplete as typeof reminder }),
    ).toThrow(/recipientName/);
    expect(() =>
      renderMail({ template: 'panel-reminder', locale: 'vi', data: { ...reminder, deadline: '1/3/2027' } }),
    ).toThrow(/YYYY-MM-DD/);
    expect(() =>
      renderMail({
        template: 'panel-reminder',
        locale: 'vi',
        data: { ...reminder, actionUrl: 'javascript:alert(1)' },
      }),
    ).toThrow(/web link/);
  });

  it('keeps the subject on one line whatever the title holds', () => {
    const mail = renderMail({
      template: 'panel-reminder',
      locale: 'vi',
      data: { ...reminder, requestTitle: 'Dòng một\r\nBcc: someone@example.com' },
    });
    expect(mail.subject).toBe('Nhắc hạn 01/03/2027: Dòng một Bcc: someone@example.com');
  });

  it('renders a meeting invitation with its place only when one is given', () => {
    const data = {
      recipientName: 'GS.TS. Nguyễn Văn A',
      meetingTitle: 'Gặp mặt cán bộ khoa học tiêu biểu năm 2026',
      organizer: 'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Khánh Hòa',
      meetingDate: '2026-12-20',
      place: 'Hội trường 2/4, Nha Trang',
      acceptUrl: 'https://trithuc.khanhhoa.gov.vn/meeting-rsvp/accept#token=abc',
      declineUrl: 'https://trithuc.khanhhoa.gov.vn/meeting-rsvp/decline#token=abc',
    };
    const vi = oneLine(renderMail({ template: 'meeting-invitation', locale: 'vi', data }).text);
    expect(vi).toContain('Thời gian: 20/12/2026');
    expect(vi).toContain('Địa điểm: Hội trường 2/4, Nha Trang');
    expect(vi).toContain(`Tôi sẽ tham dự [${data.acceptUrl}]`);
    const en = oneLine(
      renderMail({ template: 'meeting-invitation', locale: 'en', data: { ...data, place: '' } }).text,
    );
    expect(en).toContain('Date: 20 December 2026');
    expect(en).not.toContain('Place:');
    expect(en).toContain(`I cannot attend [${data.declineUrl}]`);
  });

  it('asks a nominee to answer, naming the organization that nominated or the association', () => {
    const data = {
      recipientName: 'PGS.TS. Nguyễn Thị Minh Châu',
      campaignTitle: 'Giải thưởng Khoa học và Công nghệ tỉnh Khánh Hòa lần thứ III',
      nominator: 'Trường Đại học Nha Trang',
      workTitle: 'Vắc xin phòng bệnh cho cá chẽm nuôi lồng',
      closes: '2026-06-30',
      acceptUrl: 'https://trithuc.khanhhoa.gov.vn/nomination-answer/accept#token=abc',
      declineUrl: 'https://trithuc.khanhhoa.gov.vn/nomination-answer/decline#token=abc',
      answerUrl: 'https://trithuc.khanhhoa.gov.vn/me/nominations',
    };
    const vi = oneLine(renderMail({ template: 'nomination-request', locale: 'vi', data }).text);
    expect(vi).toContain('Trường Đại học Nha Trang đã đề cử Quý vị');
    expect(vi).toContain('với công trình “Vắc xin phòng bệnh cho cá chẽm nuôi lồng”');
    expect(vi).toContain('đến hết ngày 30/06/2026');
    expect(vi).toContain(`Tôi đồng ý được đề cử [${data.acceptUrl}]`);
    expect(vi).toContain(`Tôi từ chối [${data.declineUrl}]`);
    expect(vi).toContain(`xem hồ sơ và trả lời sau khi đăng nhập [${data.answerUrl}]`);
    const byStaff = renderMail({
      template: 'nomination-request',
      locale: 'en',
      data: { ...data, nominator: null, workTitle: null },
    });
    expect(oneLine(byStaff.text)).toContain(
      'The Khánh Hòa Union of Science and Technology Associations has nominated you',
    );
    expect(byStaff.text).not.toContain('for the work');
  });
});
