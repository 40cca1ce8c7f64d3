import { act, render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { getCompetitionAccess } from '@/features/competitions/api/competition-access';
import { findHomeMemberships } from '@/features/competitions/api/memberships';
import {
  getMyMembership,
  getPublicCompetition,
  listOpenCompetitions,
} from '@/features/competitions/api/public-competitions';
import { useSessionStore } from '@/lib/auth/session-store';
import { demoCompetition, demoMember, setTestLanguage } from '@/lib/test/render';
import type { RouteObject } from 'react-router';
import { routes } from './router';

// The features' api modules, not Firestore: routing is what is under test.
vi.mock('@/features/auth/api/sign-in', () => ({ signIn: vi.fn() }));
vi.mock('@/features/auth/api/sign-up', () => ({ signUp: vi.fn() }));
vi.mock('@/features/auth/api/sign-out', () => ({ signOut: vi.fn() }));
vi.mock('@/features/auth/api/reset-password', () => ({ requestPasswordReset: vi.fn() }));
vi.mock('@/features/competitions/api/memberships', () => ({
  findHomeMemberships: vi.fn(),
  listMyMemberships: vi.fn(),
}));
vi.mock('@/features/competitions/api/competition-access', () => ({
  getCompetitionAccess: vi.fn(),
  getCompetition: vi.fn(),
}));
vi.mock('@/features/competitions/api/public-competitions', () => ({
  listOpenCompetitions: vi.fn(),
  getPublicCompetition: vi.fn(),
  getMyMembership: vi.fn(),
}));
vi.mock('@/features/organizer/api/competition-stats', () => ({
  getCompetitionStats: vi.fn(() => new Promise(() => {})),
}));
vi.mock('@/features/judging/api/judge-work', () => ({
  getRoundWork: vi.fn(() => new Promise(() => {})),
  getAssignedEntry: vi.fn(() => new Promise(() => {})),
}));

const signedIn = { uid: 'u-1', email: 'judge1@demo.local', displayName: '评委一' };

function renderAt(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(<RouterProvider router={router} />);
  return router;
}

const where = (router: ReturnType<typeof renderAt>) =>
  `${router.state.location.pathname}${router.state.location.search}`;

// Loads every lazy route module once up front, so no test waits on a
// first-time transform.
async function preload(list: RouteObject[]): Promise<void> {
  await Promise.all(
    list.map(async (route) => {
      if (typeof route.lazy === 'function') await route.lazy();
      await preload(route.children ?? []);
    }),
  );
}

describe('routing', () => {
  beforeAll(() => {
    // jsdom has no scrolling; <ScrollRestoration> calls it on navigation.
    window.scrollTo = vi.fn() as unknown as typeof window.scrollTo;
    return preload(routes);
  }, 30_000);

  beforeEach(async () => {
    await setTestLanguage('zh-CN');
    useSessionStore.setState({ status: 'signed-out', user: null, signedOutOnPurpose: false });
    vi.mocked(findHomeMemberships).mockReset();
    vi.mocked(getCompetitionAccess).mockReset();
  });

  it('sends a signed-out user to sign in, remembering the page', async () => {
    const router = renderAt('/c/xining-2025/judge?page=2');
    expect(await screen.findByRole('heading', { name: '登录' })).toBeInTheDocument();
    expect(where(router)).toBe('/sign-in?next=%2Fc%2Fxining-2025%2Fjudge%3Fpage%3D2');
  });

  it('returns to the remembered page after sign-in', async () => {
    vi.mocked(getCompetitionAccess).mockResolvedValue({
      kind: 'member',
      member: demoMember(),
      competition: demoCompetition(),
    });
    const router = renderAt('/c/xining-2025/judge');
    await screen.findByRole('heading', { name: '登录' });

    act(() => useSessionStore.getState().setUser(signedIn));

    expect(await screen.findByTestId('home-judge')).toBeInTheDocument();
    expect(where(router)).toBe('/c/xining-2025/judge');
    expect(getCompetitionAccess).toHaveBeenCalledWith('xining-2025', 'u-1');
  });

  it('shows a spinner, not the sign-in page, while the session is restored', async () => {
    useSessionStore.setState({ status: 'loading', user: null });
    renderAt('/c/xining-2025/judge');
    expect(await screen.findByRole('status')).toHaveTextContent('正在加载…');
    expect(screen.queryByRole('heading', { name: '登录' })).not.toBeInTheDocument();
  });

  it('sends / to the home of the only membership', async () => {
    useSessionStore.setState({ status: 'signed-in', user: signedIn });
    vi.mocked(findHomeMemberships).mockResolvedValue([demoMember({ role: 'organizer' })]);
    vi.mocked(getCompetitionAccess).mockResolvedValue({
      kind: 'member',
      member: demoMember({ role: 'organizer' }),
      competition: demoCompetition(),
    });
    const router = renderAt('/');
    expect(await screen.findByTestId('home-organizer')).toBeInTheDocument();
    expect(where(router)).toBe('/c/xining-2025/organizer');
    expect(screen.getByRole('heading', { level: 1, name: '西宁首届“相约高新区”创新创业大赛' })).toBeInTheDocument();
  });

  it('sends / to the chooser when there are several memberships', async () => {
    useSessionStore.setState({ status: 'signed-in', user: signedIn });
    vi.mocked(findHomeMemberships).mockResolvedValue([demoMember(), demoMember({ competitionId: 'other' })]);
    const router = renderAt('/');
    await vi.waitFor(() => expect(router.state.location.pathname).toBe('/competitions'));
  });

  it('shows a friendly page when there is no membership', async () => {
    useSessionStore.setState({ status: 'signed-in', user: signedIn });
    vi.mocked(findHomeMemberships).mockResolvedValue([]);
    renderAt('/');
    expect(await screen.findByRole('heading', { name: '还没有加入任何赛事' })).toBeInTheDocument();
  });

  it('shows "no access" for a role the user does not have there', async () => {
    useSessionStore.setState({ status: 'signed-in', user: signedIn });
    vi.mocked(getCompetitionAccess).mockResolvedValue({
      kind: 'member',
      member: demoMember({ role: 'judge' }),
      competition: demoCompetition(),
    });
    renderAt('/c/xining-2025/organizer');
    expect(await screen.findByRole('heading', { name: '无权访问' })).toBeInTheDocument();
    expect(screen.queryByTestId('home-organizer')).not.toBeInTheDocument();
  });

  it('shows "no access" in a competition the user is not a member of', async () => {
    useSessionStore.setState({ status: 'signed-in', user: signedIn });
    vi.mocked(getCompetitionAccess).mockResolvedValue({ kind: 'none' });
    renderAt('/c/someone-elses/judge');
    expect(await screen.findByRole('heading', { name: '无权访问' })).toBeInTheDocument();
  });

  it('shows a translated error with a retry when the membership cannot be read', async () => {
    useSessionStore.setState({ status: 'signed-in', user: signedIn });
    vi.mocked(getCompetitionAccess)
      .mockRejectedValueOnce({ code: 'unavailable' })
      .mockResolvedValueOnce({ kind: 'member', member: demoMember(), competition: demoCompetition() });
    renderAt('/c/xining-2025/judge');
    expect(await screen.findByRole('alert')).toHaveTextContent('网络连接异常');
    await act(async () => screen.getByRole('button', { name: '重试' }).click());
    expect(await screen.findByTestId('home-judge')).toBeInTheDocument();
  });

  it('shows a 404 page for unknown routes, signed in or not', async () => {
    renderAt('/no/such/page');
    expect(await screen.findByRole('heading', { name: '页面不存在' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '返回首页' })).toHaveAttribute('href', '/');
  });

  it('moves a signed-in user away from the sign-in page', async () => {
    useSessionStore.setState({ status: 'signed-in', user: signedIn });
    vi.mocked(getCompetitionAccess).mockResolvedValue({
      kind: 'member',
      member: demoMember({ role: 'team' }),
      competition: demoCompetition(),
    });
    const router = renderAt('/sign-in?next=%2Fc%2Fxining-2025');
    await vi.waitFor(() => expect(router.state.location.pathname).toBe('/c/xining-2025/team'));
  });

  describe('the public pages', () => {
    const open = demoCompetition({
      id: 'xining-2022',
      title: '西宁第二届“相约高新区”创新创业大赛',
      status: 'registration',
      visibility: 'public',
      submissionOpensAt: Date.now() - 86_400_000,
      submissionDeadline: Date.now() + 30 * 86_400_000,
      rulesText: '一、参赛对象\n二、报名',
    });

    beforeEach(() => {
      vi.mocked(listOpenCompetitions)
        .mockReset()
        .mockResolvedValue({ items: [open], next: null });
      vi.mocked(getPublicCompetition).mockReset().mockResolvedValue(open);
      vi.mocked(getMyMembership).mockReset().mockResolvedValue(null);
    });

    it('lists open competitions to a signed-out visitor, with a way to sign in', async () => {
      const router = renderAt('/explore');
      expect(await screen.findByRole('heading', { level: 1, name: '开放报名的赛事' })).toBeInTheDocument();
      expect(await screen.findByRole('article', { name: open.title })).toBeInTheDocument();
      const nav = screen.getByRole('navigation', { name: '主导航' });
      expect(nav).toContainElement(screen.getByRole('link', { name: '找赛事' }));
      expect(screen.getByRole('link', { name: '登录' })).toHaveAttribute('href', '/sign-in');
      await act(async () => screen.getByRole('link', { name: `查看详情：${open.title}` }).click());
      expect(await screen.findByRole('heading', { level: 1, name: open.title })).toBeInTheDocument();
      expect(where(router)).toBe('/explore/xining-2022');
      expect(screen.getByRole('link', { name: '报名参赛' })).toHaveAttribute(
        'href',
        '/sign-up?next=%2Fexplore%2Fxining-2022%2Fregister',
      );
    });

    it('is linked from the sign-in page', async () => {
      renderAt('/sign-in');
      expect(await screen.findByRole('link', { name: '查看开放报名的赛事' })).toHaveAttribute('href', '/explore');
    });

    it('asks a signed-out visitor to sign in before registering, and comes back', async () => {
      const router = renderAt('/explore/xining-2022/register');
      expect(await screen.findByRole('heading', { name: '登录' })).toBeInTheDocument();
      expect(where(router)).toBe('/sign-in?next=%2Fexplore%2Fxining-2022%2Fregister');
      act(() => useSessionStore.getState().setUser(signedIn));
      expect(await screen.findByRole('heading', { name: '报名参赛' })).toBeInTheDocument();
      expect(where(router)).toBe('/explore/xining-2022/register');
      expect(screen.getByRole('link', { name: '返回赛事详情' })).toHaveAttribute('href', '/explore/xining-2022');
    });

    it('shows the not-found page for a competition that is not public', async () => {
      vi.mocked(getPublicCompetition).mockResolvedValue(null);
      renderAt('/explore/someone-elses');
      expect(await screen.findByRole('heading', { name: '页面不存在' })).toBeInTheDocument();
    });

    it('is in the navigation of signed-in users, inside a competition too', async () => {
      useSessionStore.setState({ status: 'signed-in', user: signedIn });
      vi.mocked(findHomeMemberships).mockResolvedValue([]);
      const { unmount } = render(<RouterProvider router={createMemoryRouter(routes, { initialEntries: ['/'] })} />);
      await screen.findByRole('heading', { name: '还没有加入任何赛事' });
      expect(screen.getByRole('link', { name: '找赛事' })).toHaveAttribute('href', '/explore');
      expect(screen.getByRole('link', { name: '查看开放报名的赛事' })).toHaveAttribute('href', '/explore');
      unmount();

      vi.mocked(getCompetitionAccess).mockResolvedValue({
        kind: 'member',
        member: demoMember(),
        competition: demoCompetition(),
      });
      renderAt('/c/xining-2025/judge');
      await screen.findByTestId('home-judge');
      expect(screen.getByRole('link', { name: '找赛事' })).toHaveAttribute('href', '/explore');
    });
  });

  it('does not remember the page after a deliberate sign-out', async () => {
    useSessionStore.setState({ status: 'signed-in', user: signedIn });
    vi.mocked(getCompetitionAccess).mockResolvedValue({
      kind: 'member',
      member: demoMember(),
      competition: demoCompetition(),
    });
    const router = renderAt('/c/xining-2025/judge');
    await screen.findByTestId('home-judge');
    act(() => {
      useSessionStore.getState().markSigningOut();
      useSessionStore.getState().setUser(null);
    });
    await screen.findByRole('heading', { name: '登录' });
    expect(where(router)).toBe('/sign-in');
  });
});
