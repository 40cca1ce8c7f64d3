import { useTranslation } from 'react-i18next';
import type { TranslationKey } from '@/i18n/keys';

/** Translates a stored message key (form errors hold keys, not text). */
export function useMessage() {
  const { t } = useTranslation();
  return (key: string | undefined): string | undefined => (key ? t(key as TranslationKey) : undefined);
}
