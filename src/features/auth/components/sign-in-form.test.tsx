import { screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithRouter, setTestLanguage } from '@/lib/test/render';
import { signIn } from '../api/sign-in';
import { SignInForm } from './sign-in-form';

vi.mock('../api/sign-in', () => ({ signIn: vi.fn() }));

const signInMock = vi.mocked(signIn);

describe('SignInForm', () => {
  beforeEach(async () => {
    signInMock.mockReset();
    await setTestLanguage('zh-CN');
  });

  it('shows field errors in Chinese and does not submit', async () => {
    const { user } = renderWithRouter(<SignInForm />);
    await user.click(screen.getByRole('button', { name: '登录' }));

    expect(await screen.findByText('请输入邮箱')).toBeInTheDocument();
    expect(screen.getByText('请输入密码')).toBeInTheDocument();
    expect(screen.getByLabelText('邮箱')).toHaveAttribute('aria-invalid', 'true');
    expect(signInMock).not.toHaveBeenCalled();

    await user.type(screen.getByLabelText('邮箱'), 'not-an-email');
    await user.click(screen.getByRole('button', { name: '登录' }));
    expect(await screen.findByText('邮箱格式不正确')).toBeInTheDocument();
  });

  it('shows field errors in English', async () => {
    await setTestLanguage('en');
    const { user } = renderWithRouter(<SignInForm />);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByText('Enter your email')).toBeInTheDocument();
    expect(screen.getByText('Enter your password')).toBeInTheDocument();
    expect(screen.getByLabelText('Email')).toHaveAccessibleDescription('Enter your email');
  });

  it('signs in with the trimmed email, showing a pending button meanwhile', async () => {
    let finish = () => {};
    signInMock.mockReturnValue(new Promise<void>((resolve) => (finish = resolve)));
    const { user } = renderWithRouter(<SignInForm />);
    await user.type(screen.getByLabelText('邮箱'), '  judge1@demo.local ');
    await user.type(screen.getByLabelText('密码'), 'demo1234');
    await user.click(screen.getByRole('button', { name: '登录' }));

    const pending = await screen.findByRole('button', { name: '正在登录…' });
    expect(pending).toBeDisabled();
    expect(signInMock).toHaveBeenCalledWith('judge1@demo.local', 'demo1234');
    finish();
    expect(await screen.findByRole('button', { name: '登录' })).toBeEnabled();
  });

  it('translates a Firebase error code onto the field it concerns', async () => {
    signInMock.mockRejectedValue({ code: 'auth/wrong-password', message: 'Firebase: raw' });
    const { user } = renderWithRouter(<SignInForm />);
    await user.type(screen.getByLabelText('邮箱'), 'judge1@demo.local');
    await user.type(screen.getByLabelText('密码'), 'wrong');
    await user.click(screen.getByRole('button', { name: '登录' }));

    expect(await screen.findByText('密码不正确，请重试。')).toBeInTheDocument();
    expect(screen.queryByText(/Firebase/)).not.toBeInTheDocument();
  });

  it('shows form-level errors such as too many requests', async () => {
    signInMock.mockRejectedValue({ code: 'auth/too-many-requests' });
    const { user } = renderWithRouter(<SignInForm />);
    await user.type(screen.getByLabelText('邮箱'), 'judge1@demo.local');
    await user.type(screen.getByLabelText('密码'), 'x');
    await user.click(screen.getByRole('button', { name: '登录' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('尝试次数过多，请稍后再试。');
  });

  it('fills the form from a demo login', async () => {
    const { user } = renderWithRouter(<SignInForm showDemoLogins />);
    await user.click(screen.getByRole('button', { name: 'judge3' }));
    expect(screen.getByLabelText('邮箱')).toHaveValue('judge3@demo.local');
    expect(screen.getByLabelText('密码')).toHaveValue('demo1234');

    await user.selectOptions(screen.getByLabelText('参赛团队'), 'team76@demo.local');
    await waitFor(() => expect(screen.getByLabelText('邮箱')).toHaveValue('team76@demo.local'));
    expect(screen.getByRole('button', { name: 'organizer' })).toBeInTheDocument();
  });
});
