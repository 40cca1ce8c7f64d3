import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { getCompetitionAccess } from '@/features/competitions/api/competition-access';
import { getJudgeNames } from '@/features/dashboard/api/dashboard-reads';
import { subscribeToJudgeProgress, subscribeToRoundProgress } from '@/features/dashboard/api/progress-live';
import { useSessionStore } from '@/lib/auth/session-store';
import { demoCompetition, demoMember, setTestLanguage } from '@/lib/test/render';
import { routes } from '../router';

vi.mock('@/features/competitions/api/competition-access', () => ({
  getCompetitionAccess: vi.fn(),
  getCompetition: vi.fn(),
}));
vi.mock('@/features/dashboard/api/progress-live', () => {
  const none = () => () => {};
  return {
    subscribeToRoundProgress: vi.fn((_c: string, _r: string, next: (p: null) => void) => {
      next(null);
      return () => {};
    }),
    subscribeToJudgeProgress: vi.fn(none),
    subscribeToShortEntries: vi.fn(none),
    subscribeToRecusedEntries: vi.fn(none),
  };
});
vi.mock('@/features/dashboard/api/dashboard-reads', () => ({
  ENTRY_STATUSES: ['submitted', 'draft', 'withdrawn', 'disqualified'],
  getJudgeNames: vi.fn(async () => ({})),
  getEntryCounts: vi.fn(async () => ({})),
  getEntryLabel: vi.fn(async () => null),
  countShortEntries: vi.fn(async () => 0),
  getRoundProgress: vi.fn(async () => null),
  getJudgeProgress: vi.fn(async () => []),
  getShortEntries: vi.fn(async () => []),
  getRecusedEntries: vi.fn(async () => []),
}));

const renderAt = (path: string) =>
  render(<RouterProvider router={createMemoryRouter(routes, { initialEntries: [path] })} />);

describe('/c/:cid/organizer/dashboard', () => {
  beforeAll(() => {
    window.scrollTo = vi.fn() as unknown as typeof window.scrollTo;
  });

  beforeEach(async () => {
    await setTestLanguage('zh-CN');
    vi.clearAllMocks();
    useSessionStore.setState({
      status: 'signed-in',
      user: { uid: 'u-1', email: 'organizer@demo.local', displayName: '组织方' },
    });
  });

  it('shows an organizer the round chosen in the address', async () => {
    vi.mocked(getCompetitionAccess).mockResolvedValue({
      kind: 'member',
      member: demoMember({ role: 'organizer', competitionId: 'demo' }),
      competition: demoCompetition({ id: 'demo' }),
    });
    renderAt('/c/demo/organizer/dashboard?round=final');
    expect(await screen.findByRole('heading', { level: 1, name: '实时进度' }, { timeout: 5000 })).toBeInTheDocument();
    expect(subscribeToRoundProgress).toHaveBeenCalledWith('demo', 'final', expect.any(Function), expect.any(Function));
  });

  it('refuses anyone else, without listening to anything', async () => {
    vi.mocked(getCompetitionAccess).mockResolvedValue({
      kind: 'member',
      member: demoMember({ role: 'judge', competitionId: 'demo' }),
      competition: demoCompetition({ id: 'demo' }),
    });
    renderAt('/c/demo/organizer/dashboard');
    expect(await screen.findByRole('heading', { name: '无权访问' }, { timeout: 5000 })).toBeInTheDocument();
    expect(subscribeToRoundProgress).not.toHaveBeenCalled();
    expect(subscribeToJudgeProgress).not.toHaveBeenCalled();
    expect(getJudgeNames).not.toHaveBeenCalled();
  });
});
