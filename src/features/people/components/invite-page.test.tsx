import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Invitation } from '@/domain/model';
import { useSessionStore } from '@/lib/auth/session-store';
import { renderWithRouter, setTestLanguage } from '@/lib/test/render';
import { getInvitation } from '../api/invitations';
import { acceptInvitation } from '../api/people-callables';
import { InvitePage } from './invite-page';

// The feature's own api modules, not Firebase.
vi.mock('../api/invitations', () => ({ getInvitation: vi.fn() }));
vi.mock('../api/people-callables', () => ({ acceptInvitation: vi.fn() }));

const DAY = 86_400_000;
const invitation = (overrides: Partial<Invitation> = {}): Invitation => ({
  token: 'tok',
  competitionId: 'c1',
  competitionTitle: '西宁创新创业大赛',
  competitionTitleEn: 'Xining Competition',
  role: 'judge',
  name: '王评委',
  email: 'wang@x.com',
  status: 'pending',
  createdAt: Date.now() - DAY,
  createdBy: 'organizer',
  expiresAt: Date.now() + 13 * DAY,
  acceptedAt: null,
  acceptedBy: null,
  revokedAt: null,
  ...overrides,
});

const signedIn = (email: string, uid = 'u1') => useSessionStore.getState().setUser({ uid, email, displayName: '某人' });

const open = (inv: Invitation | null) => {
  vi.mocked(getInvitation).mockResolvedValue(inv);
  return renderWithRouter(<InvitePage cid="c1" token="tok" onSignOut={vi.fn(async () => {})} />);
};

describe('InvitePage', () => {
  beforeEach(async () => {
    await setTestLanguage('zh-CN');
    useSessionStore.getState().setUser(null);
    vi.mocked(acceptInvitation).mockReset();
  });

  it('signed out: what the invitation is for, and sign-up with the invited email', async () => {
    open(invitation());
    expect(await screen.findByRole('heading', { name: '邀请你担任评委' })).toBeInTheDocument();
    expect(screen.getByText('西宁创新创业大赛')).toBeInTheDocument();
    const signUp = screen.getByRole('link', { name: '用受邀邮箱注册' });
    const href = new URL(signUp.getAttribute('href')!, 'http://x');
    expect(href.pathname).toBe('/sign-up');
    expect(href.searchParams.get('next')).toBe('/invite/c1/tok');
    expect(href.searchParams.get('email')).toBe('wang@x.com');
    expect(screen.getByRole('link', { name: '已有账号，登录' })).toBeInTheDocument();
  });

  it('signed in with another email: says which two, offers sign-out, no accept', async () => {
    signedIn('li@x.com');
    open(invitation());
    expect(
      await screen.findByText('这个邀请发给 wang@x.com，而你当前登录的是 li@x.com。请退出后用受邀邮箱登录或注册。'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '退出当前账号' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '接受邀请' })).not.toBeInTheDocument();
  });

  it('signed in with the invited email (any case): accepts, and a refusal is translated', async () => {
    signedIn('Wang@X.com');
    vi.mocked(acceptInvitation).mockRejectedValue(
      Object.assign(new Error('x'), { code: 'functions/failed-precondition', details: { reason: 'expired' } }),
    );
    const { user } = open(invitation());
    await user.click(await screen.findByRole('button', { name: '接受邀请' }));
    expect(acceptInvitation).toHaveBeenCalledWith({ competitionId: 'c1', token: 'tok' });
    expect(await screen.findByText('邀请已过期。请联系组织方重新发送。')).toBeInTheDocument();
  });

  it('says when the link is unknown, revoked, expired, used, or already yours', async () => {
    const cases: [Invitation | null, string][] = [
      [null, '邀请链接无效'],
      [invitation({ status: 'revoked', revokedAt: Date.now() }), '邀请已撤销'],
      [invitation({ expiresAt: Date.now() - DAY }), '邀请已过期'],
      [invitation({ status: 'accepted', acceptedBy: 'someone', acceptedAt: Date.now() }), '邀请已被使用'],
    ];
    for (const [inv, title] of cases) {
      const view = open(inv);
      expect(await screen.findByRole('heading', { name: title })).toBeInTheDocument();
      view.unmount();
    }
    signedIn('wang@x.com', 'me');
    open(invitation({ status: 'accepted', acceptedBy: 'me', acceptedAt: Date.now() }));
    expect(await screen.findByRole('heading', { name: '你已接受这个邀请' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '进入赛事' })).toHaveAttribute('href', '/c/c1/judge');
  });
});
