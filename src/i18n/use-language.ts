import { useTranslation } from 'react-i18next';
import { toLanguage, type Language } from './languages';

/** The current UI language and a way to change it (saved, sets <html lang>). */
export function useLanguage() {
  const { i18n } = useTranslation();
  const language: Language = toLanguage(i18n.resolvedLanguage ?? i18n.language);
  const setLanguage = (next: Language) => i18n.changeLanguage(next);
  return { language, setLanguage };
}
