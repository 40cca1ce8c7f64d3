import { useEffect, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { i18n } from '@/i18n';
import { useSessionStore } from '@/lib/auth/session-store';
import { watchAuthState } from '@/features/auth/api/watch-auth';

/** Follows Firebase Auth into the session store for the app's lifetime. */
function AuthListener() {
  const setUser = useSessionStore((s) => s.setUser);
  useEffect(() => watchAuthState(setUser), [setUser]);
  return null;
}

export function AppProvider({ children }: { children: ReactNode }) {
  return (
    <I18nextProvider i18n={i18n}>
      <AuthListener />
      {children}
    </I18nextProvider>
  );
}
