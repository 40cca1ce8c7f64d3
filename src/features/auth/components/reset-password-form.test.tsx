import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithRouter, setTestLanguage } from '@/lib/test/render';
import { requestPasswordReset } from '../api/reset-password';
import { ResetPasswordForm } from './reset-password-form';

vi.mock('../api/reset-password', () => ({ requestPasswordReset: vi.fn() }));

describe('ResetPasswordForm', () => {
  beforeEach(async () => {
    await setTestLanguage('en');
    vi.mocked(requestPasswordReset).mockReset();
  });

  it('says a link was sent if the address exists, with the emulator hint in dev', async () => {
    vi.mocked(requestPasswordReset).mockResolvedValue();
    const { user } = renderWithRouter(<ResetPasswordForm showEmulatorHint />);
    await user.type(screen.getByLabelText('Email'), 'someone@example.com');
    await user.click(screen.getByRole('button', { name: 'Send reset link' }));

    expect(await screen.findByText(/If an account exists for that address/)).toBeInTheDocument();
    expect(screen.getByText(/printed in the Auth emulator log/)).toBeInTheDocument();
    expect(requestPasswordReset).toHaveBeenCalledWith('someone@example.com', 'en');
  });

  it('reports a network failure', async () => {
    vi.mocked(requestPasswordReset).mockRejectedValue({ code: 'auth/network-request-failed' });
    const { user } = renderWithRouter(<ResetPasswordForm />);
    await user.type(screen.getByLabelText('Email'), 'someone@example.com');
    await user.click(screen.getByRole('button', { name: 'Send reset link' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Network problem');
  });
});
