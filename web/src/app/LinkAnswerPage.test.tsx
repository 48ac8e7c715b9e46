import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { LinkAnswerPage, type LinkAnswer, type LinkAnswerTexts } from './LinkAnswerPage';

const texts: LinkAnswerTexts = {
  title: 'Trả lời',
  loading: 'Đang mở…',
  greeting: (name) => `Kính gửi ${name},`,
  linkExpires: 'Hiệu lực đến',
  answerLegend: 'Quý vị trả lời thế nào?',
  accept: 'Đồng ý',
  decline: 'Từ chối',
  submit: 'Gửi',
  doneAccepted: 'Đã đồng ý.',
  doneDeclined: 'Đã từ chối.',
  doneDetail: (when) => `Lúc ${when}.`,
  toHome: 'Về trang chủ',
  refusal: (kind) => ({ title: `Liên kết ${kind}`, detail: `Chi tiết ${kind}` }),
};

function page(hash: string, declineOnly: boolean, linked: LinkAnswer = 'accepted') {
  const answer = vi.fn((_token: string, given: LinkAnswer, _comment: string | undefined) =>
    Promise.resolve({ answer: given, answeredAt: '2099-01-28T02:00:00Z' }),
  );
  render(
    <QueryClientProvider client={new QueryClient()}>
      <MemoryRouter initialEntries={[`/answer${hash}`]}>
        <LinkAnswerPage
          linked={linked}
          queryName="test-link"
          peek={() => Promise.resolve({ recipientName: 'Nguyễn Thị Hoa', linkExpiresAt: null })}
          answer={answer}
          recorded={(done) => done}
          describe={() => <p>Nội dung thư</p>}
          linkExpiresAt={(view) => view.linkExpiresAt}
          comment={{ name: 'reason', label: 'Lý do', maxLength: 100, declineOnly }}
          texts={texts}
        />
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return answer;
}

describe('the mailed link answer page', () => {
  it('says a link without its token cannot be used', () => {
    page('', false);
    expect(screen.getByRole('heading', { name: 'Liên kết missing' })).toBeInTheDocument();
    expect(screen.getByText('Chi tiết missing')).toBeInTheDocument();
  });

  it('asks the comment only with a decline when it is declineOnly, and sends it trimmed', async () => {
    const answer = page('#token=abc', true);
    expect(await screen.findByText('Kính gửi Nguyễn Thị Hoa,')).toBeInTheDocument();
    expect(screen.getByText('Nội dung thư')).toBeInTheDocument();
    expect(screen.queryByLabelText('Lý do')).not.toBeInTheDocument();
    await userEvent.click(screen.getByLabelText('Từ chối'));
    fireEvent.change(await screen.findByLabelText('Lý do'), { target: { value: '  bận  ' } });
    await userEvent.click(screen.getByRole('button', { name: 'Gửi' }));
    expect(await screen.findByRole('heading', { name: 'Đã từ chối.' })).toBeInTheDocument();
    expect(answer).toHaveBeenCalledWith('abc', 'declined', 'bận');
  });

  it('asks the comment with either answer otherwise, and sends none when it is blank', async () => {
    const answer = page('#token=abc', false, 'declined');
    await screen.findByText('Kính gửi Nguyễn Thị Hoa,');
    await userEvent.click(screen.getByLabelText('Đồng ý'));
    fireEvent.change(await screen.findByLabelText('Lý do'), { target: { value: '   ' } });
    await userEvent.click(screen.getByRole('button', { name: 'Gửi' }));
    expect(await screen.findByRole('heading', { name: 'Đã đồng ý.' })).toBeInTheDocument();
    expect(answer).toHaveBeenCalledWith('abc', 'accepted', undefined);
  });
});
