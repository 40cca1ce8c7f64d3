import { createContext, useContext } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_LANGUAGE, type Language } from '@/i18n';

/** The screen's own language (?lang=), which may differ from the app's saved one. */
export const ScreenLanguage = createContext<Language>(DEFAULT_LANGUAGE);

/** t in the screen's language. */
export function useScreenT() {
  const language = useContext(ScreenLanguage);
  return { ...useTranslation(undefined, { lng: language }), language };
}
