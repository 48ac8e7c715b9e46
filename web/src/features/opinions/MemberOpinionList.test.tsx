import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MemberOpinionList } from './MemberOpinionList';
import type { MemberOpinion } from './opinions-api';

const member = (id: string, fullName: string, opinionReminderSentAt: string | null): MemberOpinion => ({
  panelMemberId: id,
  intellectualId: id,
  fullName,
  role: 'member',
  status: 'accepted',
  organizationName: null,
  opinion: null,
  opinionReminderSentAt,
});

const members = [
  member('m1', 'Nguyễn Thị Đã Nhắc', '2099-01-28T02:00:00Z'),
  member('m2', 'Trần Văn Chưa Nhắc', null),
];

describe('the members’ opinions list', () => {
  it('says when each member was reminded, for staff', () => {
    render(<MemberOpinionList requestId="r1" members={members} showReminders />);
    const reminded = screen.getByRole('article', { name: 'Nguyễn Thị Đã Nhắc' });
    expect(reminded).toHaveTextContent(/Đã nhắc gửi ý kiến lúc .*28\/01\/2099/);
    expect(screen.getByRole('article', { name: 'Trần Văn Chưa Nhắc' })).not.toHaveTextContent('Đã nhắc');
  });

  it('does not show other members when someone was reminded', () => {
    render(<MemberOpinionList requestId="r1" members={members} />);
    expect(screen.getByRole('article', { name: 'Nguyễn Thị Đã Nhắc' })).not.toHaveTextContent('Đã nhắc');
  });
});
