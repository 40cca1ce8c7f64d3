import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { TeamRegistration } from '@/domain/registration';
import { demoCompetition, renderWithRouter, setTestLanguage } from '@/lib/test/render';
import type { RegisteredTeam } from '../../api/register-team';
import { RegistrationForm } from './registration-form';

const competition = demoCompetition({ id: 'xining-2022', status: 'registration', visibility: 'public' });
const VALID_CODE = '91630100MA7XY2K3LA';
const BAD_CHECK = '91630100MA7XY2K3L4';

type Send = (cid: string, registration: TeamRegistration) => Promise<RegisteredTeam>;

function renderForm(send: Send = vi.fn<Send>().mockResolvedValue({ entryId: 'e-9', code: 'G-001', created: true })) {
  const onRegistered = vi.fn();
  const rendered = renderWithRouter(
    <RegistrationForm competition={competition} email="team@example.com" register={send} onRegistered={onRegistered} />,
  );
  return { ...rendered, send, onRegistered };
}

type User = ReturnType<typeof renderWithRouter>['user'];

/** Everything but the track and the company fields, filled in correctly. */
async function fillTeam(user: User) {
  await user.type(screen.getByLabelText('团队名称'), '  青藜团队 ');
  await user.type(screen.getByLabelText('联系人姓名'), '张三');
  await user.type(screen.getByLabelText('手机号'), '138 0013 8000');
  const member = screen.getByRole('group', { name: '成员 1' });
  await user.type(within(member).getByLabelText('姓名'), '张三');
  await user.type(within(member).getByLabelText('分工（选填）'), '负责人');
}

const submit = (user: User) => user.click(screen.getByRole('button', { name: '提交报名' }));

describe('RegistrationForm', () => {
  beforeEach(async () => {
    await setTestLanguage('zh-CN');
  });

  it('labels every field, prefills the email and asks for a track', async () => {
    const { user, send } = renderForm();
    expect(screen.getByLabelText('邮箱')).toHaveValue('team@example.com');
    expect(screen.getByLabelText('邮箱')).toHaveAttribute('autocomplete', 'email');
    expect(screen.getByLabelText('手机号')).toHaveAttribute('autocomplete', 'tel');
    expect(screen.getByLabelText('联系人姓名')).toHaveAttribute('autocomplete', 'name');

    await submit(user);
    expect(await screen.findByText('请选择参赛组别')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: '成长组' })).toHaveAttribute('aria-invalid', 'true');
    const teamName = screen.getByLabelText('团队名称');
    expect(teamName).toHaveAttribute('aria-invalid', 'true');
    expect(teamName).toHaveAccessibleDescription('此项为必填项');
    expect(send).not.toHaveBeenCalled();
  });

  it('shows the company fields only for a track that requires a company', async () => {
    const { user } = renderForm();
    expect(screen.queryByLabelText('企业名称')).not.toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: '成长组' }));
    expect(screen.getByLabelText('企业名称')).toHaveAttribute('autocomplete', 'organization');
    expect(screen.getByLabelText('统一社会信用代码')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: '初创组' }));
    expect(screen.queryByLabelText('企业名称')).not.toBeInTheDocument();
    expect(screen.queryByLabelText('统一社会信用代码')).not.toBeInTheDocument();
  });

  it('explains a bad mobile number and a bad credit code beside the fields', async () => {
    const { user, send } = renderForm();
    await user.click(screen.getByRole('radio', { name: '成长组' }));
    await fillTeam(user);
    await user.clear(screen.getByLabelText('手机号'));
    await user.type(screen.getByLabelText('手机号'), '1234567');
    await user.type(screen.getByLabelText('企业名称'), '西宁青藜科技有限公司');
    await user.type(screen.getByLabelText('统一社会信用代码'), BAD_CHECK);
    await submit(user);

    const phone = screen.getByLabelText('手机号');
    expect(await screen.findByText('请输入有效的中国大陆手机号（11 位，以 1 开头）')).toBeInTheDocument();
    expect(phone).toHaveAttribute('aria-invalid', 'true');
    expect(phone).toHaveAccessibleDescription(expect.stringContaining('请输入有效的中国大陆手机号'));
    const code = screen.getByLabelText('统一社会信用代码');
    expect(code).toHaveAccessibleDescription(expect.stringContaining('统一社会信用代码校验位不符，请对照营业执照核对'));
    expect(screen.getByText('有 2 处需要修改，请查看标红的内容。')).toBeInTheDocument();
    expect(send).not.toHaveBeenCalled();

    // Errors follow the typing once the form was submitted.
    await user.clear(code);
    await user.type(code, '123');
    expect(await screen.findByText('统一社会信用代码应为 18 位')).toBeInTheDocument();
  });

  it('adds and removes member rows, between 1 and 15', async () => {
    const { user } = renderForm();
    expect(screen.queryByRole('button', { name: '删除成员 1' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '添加成员' }));
    await user.type(within(screen.getByRole('group', { name: '成员 2' })).getByLabelText('姓名'), '李四');
    await user.click(screen.getByRole('button', { name: '添加成员' }));
    await user.type(within(screen.getByRole('group', { name: '成员 3' })).getByLabelText('姓名'), '王五');

    await user.click(screen.getByRole('button', { name: '删除成员 2' }));
    expect(screen.queryByRole('group', { name: '成员 3' })).not.toBeInTheDocument();
    expect(within(screen.getByRole('group', { name: '成员 2' })).getByLabelText('姓名')).toHaveValue('王五');

    for (let n = 3; n <= 15; n++) await user.click(screen.getByRole('button', { name: '添加成员' }));
    expect(screen.getByRole('group', { name: '成员 15' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '添加成员' })).toBeDisabled();
    expect(screen.getByText('已达到 15 名成员的上限。')).toBeInTheDocument();
  });

  it('sends the parsed registration once, then reports the entry', async () => {
    let answer!: (team: RegisteredTeam) => void;
    const send = vi.fn<Send>(() => new Promise((resolve) => (answer = resolve)));
    const { user, onRegistered } = renderForm(send);
    await user.click(screen.getByRole('radio', { name: '成长组' }));
    await fillTeam(user);
    await user.type(screen.getByLabelText('企业名称'), '西宁青藜科技有限公司');
    await user.type(screen.getByLabelText('统一社会信用代码'), VALID_CODE.toLowerCase());
    await user.dblClick(screen.getByRole('button', { name: '提交报名' }));

    const busy = await screen.findByRole('button', { name: '正在提交报名…' });
    expect(busy).toBeDisabled();
    await user.click(busy);
    expect(send).toHaveBeenCalledTimes(1);
    expect(send).toHaveBeenCalledWith('xining-2022', {
      trackId: 'growth',
      teamName: '青藜团队',
      companyName: '西宁青藜科技有限公司',
      creditCode: VALID_CODE,
      contactName: '张三',
      contactPhone: '13800138000',
      contactEmail: 'team@example.com',
      members: [{ name: '张三', role: '负责人' }],
    });
    answer({ entryId: 'e-9', code: 'G-001', created: true });
    await vi.waitFor(() => expect(onRegistered).toHaveBeenCalledWith({ entryId: 'e-9', code: 'G-001', created: true }));
  });

  it('sends no company for a track without one, even if typed before switching', async () => {
    const send = vi.fn<Send>().mockResolvedValue({ entryId: 'e-9', code: 'S-001', created: true });
    const { user } = renderForm(send);
    await user.click(screen.getByRole('radio', { name: '成长组' }));
    await user.type(screen.getByLabelText('企业名称'), '某公司');
    await user.click(screen.getByRole('radio', { name: '初创组' }));
    await fillTeam(user);
    await submit(user);
    await vi.waitFor(() => expect(send).toHaveBeenCalled());
    expect(send.mock.calls[0]![1]).toMatchObject({ trackId: 'startup', companyName: '', creditCode: '' });
  });

  it('keeps what was typed and says what to do when the call fails', async () => {
    const send = vi
      .fn<Send>()
      .mockRejectedValueOnce({ code: 'functions/internal', message: 'internal' })
      .mockRejectedValueOnce({
        code: 'functions/invalid-argument',
        details: { problems: ['registration.contactPhone: validation.phoneInvalid'] },
      })
      .mockRejectedValueOnce({
        code: 'functions/failed-precondition',
        details: { reason: 'window-closed', deadline: Date.UTC(2030, 5, 30, 16) },
      })
      .mockRejectedValueOnce({ code: 'functions/failed-precondition', message: 'You are already a judge' });
    const { user, onRegistered } = renderForm(send);
    await user.click(screen.getByRole('radio', { name: '初创组' }));
    await fillTeam(user);

    await submit(user);
    expect(await screen.findByText(/网络中断或服务器暂时无法访问/)).toBeInTheDocument();
    expect(screen.getByLabelText('团队名称')).toHaveValue('  青藜团队 ');
    expect(screen.getByRole('button', { name: '提交报名' })).toBeEnabled();

    await submit(user);
    expect(await screen.findByText('服务器未接受部分信息，请按提示修改后再次提交。')).toBeInTheDocument();
    expect(screen.getByLabelText('手机号')).toHaveAccessibleDescription(
      expect.stringContaining('请输入有效的中国大陆手机号'),
    );

    await submit(user);
    expect(await screen.findByText('报名已于 2030年7月1日 00:00（北京时间）截止，报名未提交。')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '返回赛事详情' })).toHaveAttribute('href', '/explore/xining-2022');

    await submit(user);
    expect(await screen.findByText(/这个账号已是本赛事的评委或组织方/)).toBeInTheDocument();
    expect(onRegistered).not.toHaveBeenCalled();
  });

  it('speaks English', async () => {
    await setTestLanguage('en');
    const { user } = renderForm();
    await user.click(screen.getByRole('radio', { name: 'Growth' }));
    await user.type(screen.getByLabelText('Mobile number'), '999');
    await user.type(screen.getByLabelText('Unified social credit code (统一社会信用代码)'), 'ABC');
    await user.click(screen.getByRole('button', { name: 'Register' }));
    expect(
      await screen.findByText('Enter a valid mainland China mobile number (11 digits starting with 1)'),
    ).toBeInTheDocument();
    expect(screen.getByText('The unified social credit code must be 18 characters long')).toBeInTheDocument();
  });
});
