import { screen } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { demoCompetition, demoMember, renderWithRouter, setTestLanguage } from '@/lib/test/render';
import { getMyMembership, getPublicCompetition } from '../../api/public-competitions';
import { registerTeam } from '../../api/register-team';
import { TeamRegistration } from './team-registration';

vi.mock('../../api/public-competitions', () => ({
  listOpenCompetitions: vi.fn(),
  getPublicCompetition: vi.fn(),
  getMyMembership: vi.fn(),
}));
vi.mock('../../api/register-team', () => ({ registerTeam: vi.fn() }));

const open = demoCompetition({
  id: 'xining-2022',
  title: '西宁第二届“相约高新区”创新创业大赛',
  status: 'registration',
  visibility: 'public',
});

function renderPage() {
  return renderWithRouter(
    <Routes>
      <Route path="/explore/:cid/register" element={<TeamRegistration cid="xining-2022" uid="u-1" email="a@b.cn" />} />
      <Route path="/c/:cid/team/entries/:eid" element={<p>entry page</p>} />
    </Routes>,
    { route: '/explore/xining-2022/register' },
  );
}

describe('TeamRegistration', () => {
  beforeEach(async () => {
    await setTestLanguage('zh-CN');
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.UTC(2030, 5, 28, 13, 30));
    vi.mocked(getPublicCompetition).mockReset().mockResolvedValue(open);
    vi.mocked(getMyMembership).mockReset().mockResolvedValue(null);
    vi.mocked(registerTeam).mockReset();
    return () => vi.useRealTimers();
  });

  it('shows the form with the deadline while registration is open', async () => {
    renderPage();
    expect(await screen.findByRole('heading', { level: 1, name: '报名参赛' })).toBeInTheDocument();
    expect(screen.getByTestId('registration-form')).toBeInTheDocument();
    expect(screen.getByText('2030年4月1日 08:00 至 2030年7月1日 00:00（北京时间）')).toBeInTheDocument();
    expect(getMyMembership).toHaveBeenCalledWith('xining-2022', 'u-1');
  });

  it('sends a team that registered already to its entry', async () => {
    vi.mocked(getMyMembership).mockResolvedValue(demoMember({ role: 'team', entryIds: ['e-7'] }));
    renderPage();
    expect(await screen.findByText('你已为本赛事报名了参赛团队')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '进入我的项目' })).toHaveAttribute(
      'href',
      '/c/xining-2022/team/entries/e-7',
    );
    expect(screen.queryByTestId('registration-form')).not.toBeInTheDocument();
  });

  it('tells a judge to register with another account', async () => {
    vi.mocked(getMyMembership).mockResolvedValue(demoMember({ role: 'judge' }));
    renderPage();
    expect(await screen.findByText(/你在本赛事中的身份是评委/)).toBeInTheDocument();
    expect(screen.queryByTestId('registration-form')).not.toBeInTheDocument();
  });

  it('shows the passed deadline instead of the form', async () => {
    vi.setSystemTime(Date.UTC(2030, 6, 2));
    renderPage();
    expect(
      await screen.findByText('本赛事的报名已于 2030年7月1日 00:00（北京时间）截止，无法再报名。'),
    ).toBeInTheDocument();
    expect(screen.queryByTestId('registration-form')).not.toBeInTheDocument();
  });

  it('says when registration opens', async () => {
    vi.setSystemTime(Date.UTC(2030, 2, 1));
    renderPage();
    expect(await screen.findByText('报名将于 2030年4月1日 08:00（北京时间）开放，请届时再来。')).toBeInTheDocument();
  });

  it('goes to the new entry after registering', async () => {
    vi.mocked(registerTeam).mockResolvedValue({ entryId: 'e-9', code: 'S-001', created: true });
    const { user } = renderPage();
    await user.click(await screen.findByRole('radio', { name: '初创组' }));
    await user.type(screen.getByLabelText('团队名称'), '青藜团队');
    await user.type(screen.getByLabelText('联系人姓名'), '张三');
    await user.type(screen.getByLabelText('手机号'), '13800138000');
    await user.type(screen.getByLabelText('姓名'), '张三');
    await user.click(screen.getByRole('button', { name: '提交报名' }));
    expect(await screen.findByText('entry page')).toBeInTheDocument();
    expect(registerTeam).toHaveBeenCalledWith('xining-2022', expect.objectContaining({ trackId: 'startup' }));
  });
});
