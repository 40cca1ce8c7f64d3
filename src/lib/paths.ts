import type { Role } from '@/domain/model';

/** Every URL the app links to, built in one place. */
export const paths = {
  root: '/',
  signIn: (next?: string | null) => (next && next !== '/' ? `/sign-in?next=${encodeURIComponent(next)}` : '/sign-in'),
  signUp: '/sign-up',
  resetPassword: '/reset-password',
  competitions: '/competitions',
  competition: (cid: string) => `/c/${encodeURIComponent(cid)}`,
  roleHome: (cid: string, role: Role) => `/c/${encodeURIComponent(cid)}/${role}`,
  organizerResults: (cid: string) => `/c/${encodeURIComponent(cid)}/organizer/results`,
} as const;

/**
 * The `next` parameter after sign-in, accepted only as a path on this site
 * (a full URL there would make the sign-in page an open redirect).
 */
export function safeNext(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) {
    return '/';
  }
  return value;
}
