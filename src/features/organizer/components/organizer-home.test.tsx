import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { demoCompetition, renderWithRouter, setTestLanguage } from '@/lib/test/render';
import { getCompetitionStats } from '../api/competition-stats';
import { OrganizerHome } from './organizer-home';

vi.mock('../api/competition-stats', () => ({ getCompetitionStats: vi.fn() }));

describe('OrganizerHome', () => {
  beforeEach(async () => {
    await setTestLanguage('zh-CN');
    vi.mocked(getCompetitionStats).mockResolvedValue({
      totalEntries: 76,
      entriesByTrack: { growth: 30, startup: 46 },
      judges: 7,
      progress: [{ roundId: 'online', submitted: 12, expected: 380 }],
    });
  });

  it('shows the competition, its settings and progress', async () => {
    renderWithRouter(<OrganizerHome competition={demoCompetition()} />);

    expect(screen.getByRole('heading', { level: 1, name: '西宁首届“相约高新区”创新创业大赛' })).toBeInTheDocument();
    expect(screen.getByTestId('home-organizer')).toBeInTheDocument();
    expect(screen.getByText('评审中')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '成绩预览' })).toHaveAttribute('href', '/c/xining-2025/organizer/results');

    expect(await screen.findByText('已提交 12 / 应提交 380 份评分表')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: '评分表提交进度' })).toHaveAttribute('aria-valuenow', '12');

    const tracks = screen.getByRole('region', { name: '赛道' });
    expect(within(tracks).getByRole('row', { name: '成长组 30' })).toBeInTheDocument();
    expect(within(tracks).getByRole('row', { name: '合计 76' })).toBeInTheDocument();

    // One rubric card per round, titled with the round's name: each round
    // scores against its own criteria.
    const online = screen.getByRole('region', { name: '评分标准 · 网络评审' });
    expect(within(online).getByText('创新性')).toBeInTheDocument();
    expect(within(online).getByText('(30%)')).toBeInTheDocument();
    const final = screen.getByRole('region', { name: '评分标准 · 决赛路演' });
    expect(within(final).queryByText('创新性')).not.toBeInTheDocument();
    expect(within(final).getByText('暂无')).toBeInTheDocument();

    const rounds = screen.getByRole('region', { name: '评审轮次' });
    expect(within(rounds).getByText('进行中')).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: '奖项设置' })).getByText('一等奖')).toBeInTheDocument();
  });

  it('shows the English title in English', async () => {
    await setTestLanguage('en');
    renderWithRouter(<OrganizerHome competition={demoCompetition()} />);
    expect(
      screen.getByRole('heading', {
        level: 1,
        name: 'Xining First "Meet in the High-tech Zone" Innovation & Entrepreneurship Competition',
      }),
    ).toBeInTheDocument();
    expect(await screen.findByText('12 of 380 score sheets submitted')).toBeInTheDocument();
  });
});
