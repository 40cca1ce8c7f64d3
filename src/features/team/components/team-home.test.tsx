import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { demoCompetition, demoEntry, demoIdentity, renderWithRouter, setTestLanguage } from '@/lib/test/render';
import { listTeamEntries } from '../api/team-entries';
import { TeamHome } from './team-home';

vi.mock('../api/team-entries', () => ({ listTeamEntries: vi.fn() }));
vi.mock('./result/team-result', () => ({ TeamResult: () => null }));

describe('TeamHome', () => {
  beforeEach(async () => {
    await setTestLanguage('zh-CN');
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.UTC(2030, 5, 28, 13, 30)); // 2 days 2.5 hours before the deadline
    vi.mocked(listTeamEntries).mockResolvedValue({
      items: [
        {
          entry: demoEntry({ trackId: 'startup', title: '高原藜麦精深加工' }),
          identity: demoIdentity({ organization: '青海大学', contactEmail: 'team1@demo.local', ownerUids: ['t1'] }),
        },
      ],
      next: null,
    });
    return () => vi.useRealTimers();
  });

  it('shows the entry, its deadline with time left, and the team', async () => {
    renderWithRouter(<TeamHome competition={demoCompetition()} entryIds={['e1']} />);

    expect(screen.getByRole('heading', { level: 1, name: '我的参赛项目' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: '高原藜麦精深加工' })).toBeInTheDocument();
    expect(screen.getByText('E-001')).toBeInTheDocument();
    expect(screen.getByText('初创组')).toBeInTheDocument();
    expect(screen.getByText('还剩 2 天 2 小时')).toBeInTheDocument();
    expect(screen.getByText('未上传')).toBeInTheDocument();
    expect(screen.getByText('草稿')).toBeInTheDocument();
    expect(screen.getByText('青藜团队')).toBeInTheDocument();
    expect(screen.getByText('青海大学')).toBeInTheDocument();
    expect(listTeamEntries).toHaveBeenCalledWith('xining-2025', ['e1'], null, 10);
  });

  it('says when the deadline has passed', async () => {
    vi.setSystemTime(Date.UTC(2030, 6, 1));
    renderWithRouter(<TeamHome competition={demoCompetition()} entryIds={['e1']} />);
    expect(await screen.findByText('已截止')).toBeInTheDocument();
  });
});
