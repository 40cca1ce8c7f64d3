import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithRouter, setTestLanguage } from '@/lib/test/render';
import { AppShell } from './app-shell';

describe('AppShell', () => {
  beforeEach(async () => {
    await setTestLanguage('zh-CN');
  });

  it('shows the product, competition, navigation and account', async () => {
    const onSignOut = vi.fn();
    const { user } = renderWithRouter(
      <AppShell
        competitionTitle="西宁首届“相约高新区”创新创业大赛"
        navItems={[{ to: '/c/x/judge', label: '我的评审' }]}
        user={{ displayName: '王评委', email: 'judge1@demo.local' }}
        onSignOut={onSignOut}
      >
        <p>content</p>
      </AppShell>,
      { route: '/c/x/judge' },
    );

    expect(screen.getByRole('link', { name: '创赛评审' })).toHaveAttribute('href', '/');
    expect(screen.getByText('西宁首届“相约高新区”创新创业大赛')).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: '主导航' });
    expect(nav).toContainElement(screen.getByRole('link', { name: '我的评审' }));
    expect(screen.getByRole('link', { name: '我的评审' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('main')).toHaveTextContent('content');

    const menu = screen.getByRole('button', { name: '打开菜单' });
    expect(menu).toHaveAttribute('aria-expanded', 'false');
    await user.click(menu);
    expect(screen.getByRole('button', { name: '关闭菜单' })).toHaveAttribute('aria-expanded', 'true');

    await user.click(screen.getByRole('button', { name: '账户菜单 王评委' }));
    expect(screen.getByText('judge1@demo.local')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '退出登录' }));
    expect(onSignOut).toHaveBeenCalledOnce();
  });

  it('closes the account menu with Escape', async () => {
    const { user } = renderWithRouter(
      <AppShell user={{ displayName: '', email: 'a@b.c' }} onSignOut={vi.fn()}>
        <p />
      </AppShell>,
    );
    await user.click(screen.getByRole('button', { name: '账户菜单 a@b.c' }));
    expect(screen.getByRole('button', { name: '退出登录' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('button', { name: '退出登录' })).not.toBeInTheDocument();
  });
});
