import { useTranslation } from 'react-i18next';
import type { NavItem } from '@/components/layout/app-shell';
import { useSessionStore } from '@/lib/auth/session-store';
import { paths } from '@/lib/paths';

/**
 * The navigation outside any competition: the user's competitions and the
 * public list for everyone; signed out, the public list and sign-in.
 */
export function useGlobalNav(): NavItem[] {
  const { t } = useTranslation();
  const status = useSessionStore((s) => s.status);
  const explore = { to: paths.explore, label: t('nav.explore') };
  if (status === 'signed-in') return [{ to: paths.competitions, label: t('nav.competitions') }, explore];
  if (status === 'signed-out') return [explore, { to: paths.signIn(), label: t('nav.signIn') }];
  return [explore];
}
