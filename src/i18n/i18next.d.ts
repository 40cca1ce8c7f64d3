import 'i18next';
import type { AllZhCN } from './locales/zh-CN';

// Typed keys: t('auth.signIn.title') is checked against the Chinese strings
// (the bundled ones and the organizers' pages' ones).
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: AllZhCN };
    returnNull: false;
  }
}
