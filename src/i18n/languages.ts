export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'zh-CN';
/** localStorage key holding the chosen language (the detector's default; the e2e suite sets it). */
export const LANGUAGE_STORAGE_KEY = 'i18nextLng';

export const isLanguage = (value: unknown): value is Language => LANGUAGES.includes(value as Language);

export const toLanguage = (value: string | undefined): Language =>
  value?.toLowerCase().startsWith('en') ? 'en' : DEFAULT_LANGUAGE;

/** Picks the English text in English when there is one, else the Chinese. */
export const pickLocalized = (language: Language, zh: string, en: string): string =>
  language === 'en' && en ? en : zh;
