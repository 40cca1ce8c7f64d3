import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { demoCompetition, demoMember, renderWithRouter, setTestLanguage } from '@/lib/test/render';
import { getMyMembership, getPublicCompetition } from '../api/public-competitions';
import { PublicCompetition } from './public-competition';

vi.mock('../api/public-competitions', () => ({
  listOpenCompetitions: vi.fn(),
  getPublicCompetition: vi.fn(),
  getMyMembership: vi.fn(),
}));

const RULES = '一、参赛对象：科技型企业。\n二、报名：<b>在线</b>报名。<script>alert(1)</script>';

const open = demoCompetition({
  id: 'xining-2022',
  title: '西宁第二届“相约高新区”创新创业大赛',
  titleEn: 'Xining Second Competition',
  status: 'registration',
  visibility: 'public',
  rulesText: RULES,
});

const signedOut = { status: 'signed-out' } as const;
const signedIn = { status: 'signed-in', uid: 'u-1' } as const;

describe('PublicCompetition', () => {
  beforeEach(async () => {
    await setTestLanguage('zh-CN');
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.UTC(2030, 5, 28, 13, 30)); // 2 days 2.5 hours before the deadline
    vi.mocked(getPublicCompetition).mockReset().mockResolvedValue(open);
    vi.mocked(getMyMembership).mockReset().mockResolvedValue(null);
    return () => vi.useRealTimers();
  });

  it('shows organizer, tracks, window, countdown and the rules as plain text', async () => {
    renderWithRouter(<PublicCompetition cid="xining-2022" viewer={signedOut} />);

    expect(
      await screen.findByRole('heading', { level: 1, name: '西宁第二届“相约高新区”创新创业大赛' }),
    ).toBeInTheDocument();
    expect(screen.getByText('主办单位：西宁经济技术开发区管委会')).toBeInTheDocument();
    expect(screen.getByText('2030年4月1日 08:00 至 2030年7月1日 00:00（北京时间）')).toBeInTheDocument();
    expect(screen.getByText('距截止还剩 2 天 2 小时')).toBeInTheDocument();

    const tracks = screen.getByRole('region', { name: '参赛赛道' });
    expect(within(tracks).getByText('成长组')).toBeInTheDocument();
    expect(within(tracks).getByText('以企业身份报名：需填写企业名称和统一社会信用代码')).toBeInTheDocument();
    expect(within(tracks).getByText('个人或团队均可报名，无需企业信息')).toBeInTheDocument();

    // Line breaks kept in the text (CSS pre-line shows them); markup stays text.
    const rules = screen.getByTestId('explore-rules');
    expect(rules.textContent).toBe(RULES);
    expect(rules.querySelector('b, script')).toBeNull();
    expect(screen.queryByText('赛事规则由组织方以中文发布。')).not.toBeInTheDocument();
    expect(getPublicCompetition).toHaveBeenCalledWith('xining-2022');
  });

  it('sends a signed-out visitor to sign up, then to the registration page', async () => {
    renderWithRouter(<PublicCompetition cid="xining-2022" viewer={signedOut} />);
    expect(await screen.findByRole('link', { name: '报名参赛' })).toHaveAttribute(
      'href',
      '/sign-up?next=%2Fexplore%2Fxining-2022%2Fregister',
    );
    expect(screen.getByRole('link', { name: '登录后报名' })).toHaveAttribute(
      'href',
      '/sign-in?next=%2Fexplore%2Fxining-2022%2Fregister',
    );
    expect(getMyMembership).not.toHaveBeenCalled();
  });

  it('sends a signed-in user who is not taking part straight to registration', async () => {
    renderWithRouter(<PublicCompetition cid="xining-2022" viewer={signedIn} />);
    expect(await screen.findByRole('link', { name: '报名参赛' })).toHaveAttribute(
      'href',
      '/explore/xining-2022/register',
    );
    expect(getMyMembership).toHaveBeenCalledWith('xining-2022', 'u-1');
  });

  it('shows a team that already registered the way to its entry instead', async () => {
    vi.mocked(getMyMembership).mockResolvedValue(demoMember({ role: 'team', competitionId: 'xining-2022' }));
    renderWithRouter(<PublicCompetition cid="xining-2022" viewer={signedIn} />);
    expect(await screen.findByRole('link', { name: '进入我的项目' })).toHaveAttribute('href', '/c/xining-2022/team');
    expect(screen.getByText('你的团队已报名本赛事。')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: '报名参赛' })).not.toBeInTheDocument();
  });

  it('tells a judge of the competition they cannot register a team', async () => {
    vi.mocked(getMyMembership).mockResolvedValue(demoMember({ role: 'judge', competitionId: 'xining-2022' }));
    renderWithRouter(<PublicCompetition cid="xining-2022" viewer={signedIn} />);
    expect(await screen.findByText('你在本赛事中的身份是评委，不能以参赛团队身份报名。')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '进入赛事' })).toHaveAttribute('href', '/c/xining-2022/judge');
    expect(screen.queryByRole('link', { name: '报名参赛' })).not.toBeInTheDocument();
  });

  it('offers no registration before the opening or after the deadline', async () => {
    vi.mocked(getPublicCompetition).mockResolvedValue({ ...open, submissionOpensAt: Date.UTC(2030, 5, 30, 16) });
    const { unmount } = renderWithRouter(<PublicCompetition cid="xining-2022" viewer={signedOut} />);
    expect(await screen.findByText('报名将于 2030年7月1日 00:00（北京时间）开放。')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: '报名参赛' })).not.toBeInTheDocument();
    unmount();

    vi.setSystemTime(Date.UTC(2030, 6, 2));
    vi.mocked(getPublicCompetition).mockResolvedValue(open);
    renderWithRouter(<PublicCompetition cid="xining-2022" viewer={signedOut} />);
    expect(await screen.findAllByText('报名已截止')).not.toHaveLength(0);
    expect(screen.queryByRole('link', { name: '报名参赛' })).not.toBeInTheDocument();
  });

  it('shows the not-found page for a missing or private competition', async () => {
    vi.mocked(getPublicCompetition).mockResolvedValue(null);
    renderWithRouter(<PublicCompetition cid="secret" viewer={signedOut} />);
    expect(await screen.findByRole('heading', { name: '页面不存在' })).toBeInTheDocument();
  });

  it('speaks English', async () => {
    await setTestLanguage('en');
    renderWithRouter(<PublicCompetition cid="xining-2022" viewer={signedOut} />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Xining Second Competition' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Register a team' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Rules' })).toBeInTheDocument();
    expect(screen.getByText('2 days 2 hours left before the deadline')).toBeInTheDocument();
    expect(screen.getByText('The organizers publish the rules in Chinese.')).toBeInTheDocument();
  });

  it("shows the description, and the organizer's English texts to English readers", async () => {
    vi.mocked(getPublicCompetition).mockResolvedValue({
      ...open,
      description: '面向科技型企业。\n设两个组别。',
      descriptionEn: 'For technology companies.',
      rulesTextEn: 'One: open to companies.',
    });
    renderWithRouter(<PublicCompetition cid="xining-2022" viewer={signedOut} />);
    expect((await screen.findByTestId('explore-description')).textContent).toBe('面向科技型企业。\n设两个组别。');
    expect(screen.getByTestId('explore-rules').textContent).toBe(RULES);

    await setTestLanguage('en');
    expect(await screen.findByText('For technology companies.')).toBeInTheDocument();
    expect(screen.getByTestId('explore-rules').textContent).toBe('One: open to companies.');
    expect(screen.queryByText('The organizers publish the rules in Chinese.')).not.toBeInTheDocument();
  });
});
