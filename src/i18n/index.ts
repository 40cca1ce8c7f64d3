import i18n from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, LANGUAGES, LANGUAGE_STORAGE_KEY, toLanguage } from './languages';
import { zhCN } from './locales/zh-CN';

// Chinese, the default and the fallback, is bundled with the app; English is
// a chunk of its own, downloaded only when it is chosen, so the first page of
// the (mostly Chinese) users carries one language. `i18nReady` resolves once
// the starting language is loaded: main.tsx renders after it.
export const resources = { 'zh-CN': { translation: zhCN } } as const;
const loadLanguage = resourcesToBackend((language: string) =>
  language === 'en' ? import('./locales/en').then((m) => m.en) : Promise.resolve(zhCN),
);

const setHtmlLang = (language: string) => {
  if (typeof document !== 'undefined') document.documentElement.lang = toLanguage(language);
};
i18n.on('languageChanged', setHtmlLang);

// Only an explicit choice (saved in localStorage) changes the language: the
// competitions are Chinese, so an English browser still starts in Chinese.
export const i18nReady = i18n
  .use(LanguageDetector)
  .use(loadLanguage)
  .use(initReactI18next)
  .init({
    resources,
    partialBundledLanguages: true,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...LANGUAGES],
    load: 'currentOnly',
    detection: {
      order: ['localStorage'],
      lookupLocalStorage: LANGUAGE_STORAGE_KEY,
      caches: ['localStorage'],
    },
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
    showSupportNotice: false,
  });

export { i18n };
export * from './languages';
