import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { i18n, toLanguage, type Language } from '@/i18n';

/**
 * The screen's language: `?lang=en` / `?lang=zh` when the link says so
 * (a projector has no menu to change it), else the app's. The choice is not
 * saved: opening an English screen link on the organizer's laptop leaves the
 * rest of the app in its language. `ready` once that language is loaded
 * (English is a chunk of its own).
 */
export function useScreenLanguage(): { language: Language; ready: boolean } {
  const [params] = useSearchParams();
  const { i18n: current } = useTranslation();
  const asked = params.get('lang');
  const language = asked ? toLanguage(asked) : toLanguage(current.resolvedLanguage ?? current.language);
  const [loaded, setLoaded] = useState<Language | null>(() =>
    i18n.hasResourceBundle(language, 'translation') ? language : null,
  );
  useEffect(() => {
    let active = true;
    void i18n.loadLanguages(language).then(() => active && setLoaded(language));
    return () => {
      active = false;
    };
  }, [language]);
  return { language, ready: loaded === language || i18n.hasResourceBundle(language, 'translation') };
}
