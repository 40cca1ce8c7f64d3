import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { demoCompetition, demoMember, renderWithRouter, setTestLanguage } from '@/lib/test/render';
import { listMyCompetitions } from '../api/my-competitions';
import { CompetitionChooser } from './competition-chooser';

vi.mock('../api/my-competitions', () => ({ listMyCompetitions: vi.fn() }));

describe('CompetitionChooser', () => {
  beforeEach(async () => {
    await setTestLanguage('zh-CN');
  });

  it('links each competition to the home of the role held there', async () => {
    vi.mocked(listMyCompetitions).mockResolvedValue({
      items: [
        { member: demoMember({ role: 'judge' }), competition: demoCompetition() },
        {
          member: demoMember({ role: 'organizer', competitionId: 'other' }),
          competition: demoCompetition({ id: 'other', title: '第二届大赛', status: 'registration' }),
        },
      ],
      next: null,
    });
    renderWithRouter(<CompetitionChooser uid="u-1" email="a@b.c" />);

    expect(screen.getByRole('heading', { level: 1, name: '我的赛事' })).toBeInTheDocument();
    const enter = await screen.findByRole('link', { name: '进入：第二届大赛' });
    expect(enter).toHaveAttribute('href', '/c/other/organizer');
    expect(screen.getByText('报名中')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '进入：西宁首届“相约高新区”创新创业大赛' })).toHaveAttribute(
      'href',
      '/c/xining-2025/judge',
    );
  });

  it('shows the friendly page when the list is empty', async () => {
    vi.mocked(listMyCompetitions).mockResolvedValue({ items: [], next: null });
    renderWithRouter(<CompetitionChooser uid="u-1" email="a@b.c" />);
    expect(await screen.findByRole('heading', { name: '还没有加入任何赛事' })).toBeInTheDocument();
    expect(screen.getByText('当前登录账号：a@b.c')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '查看开放报名的赛事' })).toHaveAttribute('href', '/explore');
  });
});
