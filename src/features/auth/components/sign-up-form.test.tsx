import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useSessionStore } from '@/lib/auth/session-store';
import { renderWithRouter, setTestLanguage } from '@/lib/test/render';
import { signUp } from '../api/sign-up';
import { SignUpForm } from './sign-up-form';

vi.mock('../api/sign-up', () => ({ signUp: vi.fn() }));

async function fill(user: ReturnType<typeof renderWithRouter>['user'], password = 'longenough') {
  await user.type(screen.getByLabelText('姓名'), '李四');
  await user.type(screen.getByLabelText('邮箱'), 'li@example.com');
  await user.type(screen.getByLabelText('密码'), password);
  await user.type(screen.getByLabelText('确认密码'), password);
}

describe('SignUpForm', () => {
  beforeEach(async () => {
    await setTestLanguage('zh-CN');
    vi.mocked(signUp).mockReset();
  });

  it('validates every field', async () => {
    const { user } = renderWithRouter(<SignUpForm />);
    await user.type(screen.getByLabelText('密码'), 'short');
    await user.type(screen.getByLabelText('确认密码'), 'other');
    await user.click(screen.getByRole('button', { name: '注册' }));

    expect(await screen.findByText('请输入姓名')).toBeInTheDocument();
    expect(screen.getByText('请输入邮箱')).toBeInTheDocument();
    expect(screen.getByText('密码至少需要 8 位字符')).toBeInTheDocument();
    expect(signUp).not.toHaveBeenCalled();
  });

  it('starts with the email an invitation link passes', () => {
    renderWithRouter(<SignUpForm search="?next=%2Finvite%2Fc1%2Ftok&email=judge%40x.com" />);
    expect(screen.getByLabelText('邮箱')).toHaveValue('judge@x.com');
  });

  it('catches a mistyped confirmation', async () => {
    const { user } = renderWithRouter(<SignUpForm />);
    await user.type(screen.getByLabelText('姓名'), '李四');
    await user.type(screen.getByLabelText('邮箱'), 'li@example.com');
    await user.type(screen.getByLabelText('密码'), 'longenough');
    await user.type(screen.getByLabelText('确认密码'), 'longenougj');
    await user.click(screen.getByRole('button', { name: '注册' }));
    expect(await screen.findByText('两次输入的密码不一致')).toBeInTheDocument();
  });

  it('signs up in the current language and names the session', async () => {
    vi.mocked(signUp).mockResolvedValue({ uid: 'n1', email: 'li@example.com', displayName: '李四' });
    const { user } = renderWithRouter(<SignUpForm />);
    await fill(user);
    await user.click(screen.getByRole('button', { name: '注册' }));

    await vi.waitFor(() => expect(useSessionStore.getState().user?.displayName).toBe('李四'));
    expect(signUp).toHaveBeenCalledWith({
      displayName: '李四',
      email: 'li@example.com',
      password: 'longenough',
      locale: 'zh-CN',
    });
  });

  it('puts "email in use" on the email field', async () => {
    vi.mocked(signUp).mockRejectedValue({ code: 'auth/email-already-in-use' });
    const { user } = renderWithRouter(<SignUpForm />);
    await fill(user);
    await user.click(screen.getByRole('button', { name: '注册' }));
    expect(await screen.findByText('该邮箱已被注册，请直接登录。')).toBeInTheDocument();
    expect(screen.getByLabelText('邮箱')).toHaveAttribute('aria-invalid', 'true');
  });

  it('says what the account is for on the way to registering a team', async () => {
    renderWithRouter(<SignUpForm search="?next=%2Fexplore%2Fxining-2022%2Fregister" />);
    expect(screen.getByText('注册账号后即可为你的团队报名参赛，注册完成会回到报名表。')).toBeInTheDocument();
    expect(screen.queryByText('注册后，赛事组织方可将你添加为评委或参赛团队。')).not.toBeInTheDocument();
  });

  it('keeps the general subtitle otherwise', async () => {
    renderWithRouter(<SignUpForm search="?next=%2Fcompetitions" />);
    expect(screen.getByText('注册后，赛事组织方可将你添加为评委或参赛团队。')).toBeInTheDocument();
  });
});
