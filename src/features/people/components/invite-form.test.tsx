import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithRouter, setTestLanguage } from '@/lib/test/render';
import { createInvitations } from '../api/people-callables';
import { InviteForm } from './invite-form';

// The feature's own api module, not Firebase.
vi.mock('../api/people-callables', () => ({ createInvitations: vi.fn() }));

const callableError = (code: string, details: unknown) => Object.assign(new Error(code), { code, details });

describe('InviteForm', () => {
  beforeEach(async () => {
    await setTestLanguage('zh-CN');
    vi.mocked(createInvitations).mockReset();
  });

  it('checks every pasted line and sends only the good ones, with the role and expiry chosen', async () => {
    const onCreated = vi.fn();
    const result = { invitations: [{ token: 't1', name: '张三', email: 'zhang@x.com' }], skipped: [] };
    vi.mocked(createInvitations).mockResolvedValue(result);
    const { user } = renderWithRouter(<InviteForm competitionId="c1" isOwner onCreated={onCreated} />);
    expect(screen.getByRole('button', { name: '生成 0 个邀请链接' })).toBeDisabled();

    await user.click(screen.getByRole('radio', { name: /^组织方/ }));
    await user.clear(screen.getByRole('spinbutton', { name: '链接有效期（天）' }));
    await user.type(screen.getByRole('spinbutton', { name: '链接有效期（天）' }), '30');
    await user.type(screen.getByLabelText('受邀人员'), '张三, Zhang@X.com{enter}李四 li@{enter}zhang@x.com');

    const preview = screen.getByTestId('people-preview');
    expect(within(preview).getAllByRole('listitem')).toHaveLength(3);
    expect(within(preview).getByText('第 2 行 · 邮箱：请输入有效的邮箱地址')).toBeInTheDocument();
    expect(within(preview).getByText('第 3 行 · 邮箱：与前面的行邮箱重复')).toBeInTheDocument();
    expect(screen.getByText('共 3 行：1 行可发送，2 行有问题（不会发送）')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '生成 1 个邀请链接' }));
    expect(createInvitations).toHaveBeenCalledWith({
      competitionId: 'c1',
      role: 'organizer',
      people: [{ name: '张三', email: 'zhang@x.com' }],
      expiresInDays: 30,
    });
    expect(onCreated).toHaveBeenCalledWith(result);
  });

  it('offers judges only to an organizer who is not the owner', async () => {
    vi.mocked(createInvitations).mockResolvedValue({ invitations: [], skipped: [] });
    const { user } = renderWithRouter(<InviteForm competitionId="c1" isOwner={false} onCreated={vi.fn()} />);
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
    expect(screen.getByText('只有赛事所有者可以邀请组织方。')).toBeInTheDocument();
    await user.type(screen.getByLabelText('受邀人员'), 'a@x.com');
    await user.click(screen.getByRole('button', { name: '生成 1 个邀请链接' }));
    expect(vi.mocked(createInvitations).mock.calls[0]?.[0].role).toBe('judge');
  });

  it("puts the server's field refusals on their lines and says what to do", async () => {
    vi.mocked(createInvitations).mockRejectedValue(
      callableError('functions/invalid-argument', {
        fields: [{ path: 'people.1.email', message: 'validation.emailInvalid' }],
      }),
    );
    const { user } = renderWithRouter(<InviteForm competitionId="c1" isOwner onCreated={vi.fn()} />);
    await user.type(screen.getByLabelText('受邀人员'), 'a@x.com{enter}b@x.com');
    await user.click(screen.getByRole('button', { name: '生成 2 个邀请链接' }));
    expect(await screen.findByText('部分人员的信息不符合要求，请按提示修改后重新发送。')).toBeInTheDocument();
    expect(screen.getByText('第 2 行 · 邮箱：请输入有效的邮箱地址')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '生成 1 个邀请链接' })).toBeEnabled();
  });

  it('translates a refusal and a network failure', async () => {
    vi.mocked(createInvitations).mockRejectedValueOnce(
      callableError('functions/permission-denied', { reason: 'owner-only' }),
    );
    vi.mocked(createInvitations).mockRejectedValueOnce(callableError('functions/unavailable', undefined));
    const { user } = renderWithRouter(<InviteForm competitionId="c1" isOwner onCreated={vi.fn()} />);
    await user.type(screen.getByLabelText('受邀人员'), 'a@x.com');
    await user.click(screen.getByRole('button', { name: '生成 1 个邀请链接' }));
    expect(await screen.findByText('只有赛事所有者可以执行此操作。')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '生成 1 个邀请链接' }));
    expect(await screen.findByText('网络连接异常，操作没有完成。请检查网络后重试。')).toBeInTheDocument();
  });
});
