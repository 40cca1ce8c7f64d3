import { useLanguage } from '@/i18n/use-language';
import { useSessionStore } from '@/lib/auth/session-store';
import { signUp } from '../api/sign-up';
import type { SignUpValues } from '../api/schemas';

/**
 * Signs up in the current UI language. The auth listener fires before the
 * display name is set, so the session is refreshed once the account is named.
 */
export function useSignUp() {
  const { language } = useLanguage();
  const setUser = useSessionStore((s) => s.setUser);
  return async ({ displayName, email, password }: SignUpValues) => {
    const user = await signUp({ displayName, email, password, locale: language });
    setUser(user);
  };
}
