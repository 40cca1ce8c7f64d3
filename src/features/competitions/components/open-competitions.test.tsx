import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { demoCompetition, renderWithRouter, setTestLanguage } from '@/lib/test/render';
import { listOpenCompetitions } from '../api/public-competitions';
import { OpenCompetitions } from './open-competitions';

vi.mock('../api/public-competitions', () => ({
  listOpenCompetitions: vi.fn(),
  getPublicCompetition: vi.fn(),
  getMyMembership: vi.fn(),
}));

const open = demoCompetition({
  id: 'xining-2022',
  title: '西宁第二届“相约高新区”创新创业大赛',
  titleEn: 'Xining Second Competition',
  status: 'registration',
  visibility: 'public',
});

describe('OpenCompetitions', () => {
  beforeEach(async () => {
    await setTestLanguage('zh-CN');
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.UTC(2030, 5, 28, 13, 30)); // 2 days 2.5 hours before the deadline
    vi.mocked(listOpenCompetitions)
      .mockReset()
      .mockResolvedValue({ items: [open], next: null });
    return () => vi.useRealTimers();
  });

  it('shows each open competition: organizer, tracks, window in Beijing time, countdown, link', async () => {
    renderWithRouter(<OpenCompetitions />);

    expect(screen.getByRole('heading', { level: 1, name: '开放报名的赛事' })).toBeInTheDocument();
    const card = await screen.findByRole('article', { name: '西宁第二届“相约高新区”创新创业大赛' });
    expect(card).toHaveTextContent('西宁经济技术开发区管委会');
    expect(card).toHaveTextContent('成长组');
    expect(card).toHaveTextContent('初创组');
    expect(card).toHaveTextContent('2030年4月1日 08:00 至 2030年7月1日 00:00（北京时间）');
    expect(card).toHaveTextContent('距截止还剩 2 天 2 小时');
    expect(card).toHaveTextContent('报名中');
    expect(screen.getByRole('link', { name: '查看详情：西宁第二届“相约高新区”创新创业大赛' })).toHaveAttribute(
      'href',
      '/explore/xining-2022',
    );
    expect(listOpenCompetitions).toHaveBeenCalledWith(null, 20);
  });

  it('labels each by its registration window', async () => {
    vi.mocked(listOpenCompetitions).mockResolvedValue({
      items: [
        open,
        {
          ...open,
          id: 'later',
          title: '下一场大赛',
          submissionOpensAt: Date.UTC(2030, 5, 30, 16),
          submissionDeadline: Date.UTC(2030, 7, 31, 16),
        },
        { ...open, id: 'past', title: '去年的大赛', submissionDeadline: Date.UTC(2030, 0, 1) },
      ],
      next: null,
    });
    renderWithRouter(<OpenCompetitions />);
    const later = await screen.findByRole('article', { name: '下一场大赛' });
    expect(later).toHaveTextContent('即将开放');
    expect(later).toHaveTextContent('2030年7月1日 00:00 至 2030年9月1日 00:00（北京时间）');
    expect(later).toHaveTextContent('距开放报名还有 2 天 2 小时');
    const past = screen.getByRole('article', { name: '去年的大赛' });
    expect(past).toHaveTextContent('已截止');
    expect(past).toHaveTextContent('报名已截止');
  });

  it('speaks English with the English titles, organizer and tracks', async () => {
    await setTestLanguage('en');
    renderWithRouter(<OpenCompetitions />);
    const card = await screen.findByRole('article', { name: 'Xining Second Competition' });
    expect(card).toHaveTextContent('Xining Economic and Technological Development Zone');
    expect(card).toHaveTextContent('Start-up');
    expect(card).toHaveTextContent('2 days 2 hours left before the deadline');
    expect(card).toHaveTextContent(/Apr 1, 2030, 08:00 to Jul 1, 2030, 00:00 \(Beijing time\)/);
    expect(screen.getByRole('link', { name: 'View details: Xining Second Competition' })).toBeInTheDocument();
  });

  it('says so when nothing is open, and offers a retry when the list cannot be read', async () => {
    vi.mocked(listOpenCompetitions).mockResolvedValueOnce({ items: [], next: null });
    const { unmount } = renderWithRouter(<OpenCompetitions />);
    expect(await screen.findByText('目前没有开放报名的赛事，请稍后再来看看。')).toBeInTheDocument();
    unmount();

    vi.mocked(listOpenCompetitions).mockRejectedValueOnce({ code: 'unavailable' });
    const { user } = renderWithRouter(<OpenCompetitions />);
    expect(await screen.findByRole('alert')).toHaveTextContent('网络连接异常');
    await user.click(screen.getByRole('button', { name: '重试' }));
    expect(await screen.findByRole('article', { name: '西宁第二届“相约高新区”创新创业大赛' })).toBeInTheDocument();
  });

  it('loads the next page on demand', async () => {
    const cursor = {} as never;
    vi.mocked(listOpenCompetitions)
      .mockResolvedValueOnce({ items: [open], next: cursor })
      .mockResolvedValueOnce({ items: [{ ...open, id: 'more', title: '另一场大赛' }], next: null });
    const { user } = renderWithRouter(<OpenCompetitions />);
    await user.click(await screen.findByRole('button', { name: '加载更多' }));
    expect(await screen.findByRole('article', { name: '另一场大赛' })).toBeInTheDocument();
    expect(listOpenCompetitions).toHaveBeenLastCalledWith(cursor, 20);
  });
});
