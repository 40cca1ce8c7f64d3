import { describe, expect, it, vi } from 'vitest';
import { VALIDATION_KEYS } from '@/domain/registration';
import { en } from './locales/en';
import { organizerZhCN } from './locales/organizer.zh-CN';
import { zhCN as bundledZhCN } from './locales/zh-CN';
import { i18n } from './index';

function keys(node: unknown, prefix = ''): string[] {
  if (typeof node === 'string') return [prefix];
  return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1] ?? '').sort();
}

const get = (tree: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((node, k) => (node as Record<string, unknown>)[k], tree);

// Every Chinese string: bundled with the app, and the organizers' pages' ones.
const zhCN = { ...bundledZhCN, ...organizerZhCN };

describe('translations', () => {
  const zhKeys = keys(zhCN).sort();
  const enKeys = keys(en).sort();

  it('have the same keys in Chinese and English', () => {
    expect(enKeys).toEqual(zhKeys);
  });

  it('have no empty strings', () => {
    for (const key of zhKeys) {
      expect(get(zhCN, key), `zh-CN ${key}`).not.toBe('');
      expect(get(en, key), `en ${key}`).not.toBe('');
    }
  });

  it('translate every validation message the domain schemas can give', () => {
    // The schemas (shared with the functions) cannot import i18n: they give keys.
    for (const key of VALIDATION_KEYS) expect(zhKeys, key).toContain(key);
  });

  it('use the same placeholders in both languages', () => {
    for (const key of zhKeys) {
      expect(placeholders(get(en, key) as string), key).toEqual(placeholders(get(zhCN, key) as string));
    }
  });

  it('start in Chinese and fall back to it', async () => {
    expect(i18n.options.fallbackLng).toEqual(['zh-CN']);
    await i18n.loadLanguages('en');
    expect(i18n.getFixedT('zh-CN')('auth.signIn.submit')).toBe('登录');
    expect(i18n.getFixedT('en')('auth.signIn.submit')).toBe('Sign in');
  });
});

describe('language at start-up', () => {
  it('bundles only Chinese: English is loaded when it is chosen', async () => {
    localStorage.removeItem('i18nextLng');
    vi.resetModules();
    const fresh = await import('./index');
    expect(Object.keys(fresh.resources)).toEqual(['zh-CN']);
    expect(fresh.i18n.hasResourceBundle('en', 'translation')).toBe(false);
    await fresh.i18n.changeLanguage('en');
    expect(fresh.i18n.t('auth.signIn.submit')).toBe('Sign in');
    localStorage.removeItem('i18nextLng');
  });

  it('uses the language saved in localStorage', async () => {
    localStorage.setItem('i18nextLng', 'en');
    vi.resetModules();
    const fresh = await import('./index');
    await fresh.i18nReady;
    expect(fresh.i18n.language).toBe('en');
    expect(fresh.i18n.t('auth.signIn.submit')).toBe('Sign in');
    expect(document.documentElement.lang).toBe('en');
    localStorage.removeItem('i18nextLng');
  });

  it('starts in Chinese when nothing was saved, whatever the browser language', async () => {
    localStorage.removeItem('i18nextLng');
    vi.resetModules();
    const fresh = await import('./index');
    await fresh.i18nReady;
    expect(fresh.i18n.language).toBe('zh-CN');
    expect(document.documentElement.lang).toBe('zh-CN');
  });
});
