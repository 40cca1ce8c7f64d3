import 'i18next';
import type { zhCN } from './locales/zh-CN';

// Typed keys: t('auth.signIn.title') is checked against the Chinese file.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof zhCN };
    returnNull: false;
  }
}
