import { screen } from '@testing-library/react';
import { useTranslation } from 'react-i18next';
import { beforeEach, describe, expect, it } from 'vitest';
import { LANGUAGE_STORAGE_KEY } from '@/i18n';
import { renderWithRouter, setTestLanguage } from '@/lib/test/render';
import { LanguageSwitcher } from './language-switcher';

function Greeting() {
  const { t } = useTranslation();
  return <h1>{t('auth.signIn.title')}</h1>;
}

describe('LanguageSwitcher', () => {
  beforeEach(async () => {
    await setTestLanguage('zh-CN');
  });

  it('starts in Chinese with <html lang="zh-CN">', () => {
    renderWithRouter(<LanguageSwitcher />);
    expect(screen.getByRole('button', { name: '中文' })).toHaveAttribute('aria-pressed', 'true');
    expect(document.documentElement.lang).toBe('zh-CN');
  });

  it('switches the text to English, saves the choice and sets <html lang>', async () => {
    const { user } = renderWithRouter(
      <>
        <Greeting />
        <LanguageSwitcher />
      </>,
    );
    expect(screen.getByRole('heading', { name: '登录' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'English' }));

    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Language' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(document.documentElement.lang).toBe('en');

    await user.click(screen.getByRole('button', { name: '中文' }));
    expect(await screen.findByRole('heading', { name: '登录' })).toBeInTheDocument();
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('zh-CN');
    expect(document.documentElement.lang).toBe('zh-CN');
  });
});
