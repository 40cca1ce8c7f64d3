import type { Role } from '@/domain/model';

const withNext = (page: string, next?: string | null) =>
  next && next !== '/' ? `${page}?next=${encodeURIComponent(next)}` : page;

/** Every URL the app links to, built in one place. */
export const paths = {
  root: '/',
  signIn: (next?: string | null) => withNext('/sign-in', next),
  signUp: (next?: string | null) => withNext('/sign-up', next),
  resetPassword: '/reset-password',
  competitions: '/competitions',
  competition: (cid: string) => `/c/${encodeURIComponent(cid)}`,
  roleHome: (cid: string, role: Role) => `/c/${encodeURIComponent(cid)}/${role}`,
  /** A team's entry: its form, deck and submission. */
  teamEntry: (cid: string, eid: string) => `/c/${encodeURIComponent(cid)}/team/entries/${encodeURIComponent(eid)}`,
  /** The printable receipt of a submitted entry. */
  teamReceipt: (cid: string, eid: string) =>
    `/c/${encodeURIComponent(cid)}/team/entries/${encodeURIComponent(eid)}/receipt`,
  organizerResults: (cid: string) => `/c/${encodeURIComponent(cid)}/organizer/results`,
  /** The organizer's assignment of judges to a round's entries. */
  organizerAssignment: (cid: string) => `/c/${encodeURIComponent(cid)}/organizer/assignment`,
  /** A judge's scoring screen for one entry in one round. */
  judgeEntry: (cid: string, rid: string, eid: string) =>
    `/c/${encodeURIComponent(cid)}/judge/rounds/${encodeURIComponent(rid)}/entries/${encodeURIComponent(eid)}`,
  /** Public competitions, open to anyone (signed out too). */
  explore: '/explore',
  exploreCompetition: (cid: string) => `/explore/${encodeURIComponent(cid)}`,
  register: (cid: string) => `/explore/${encodeURIComponent(cid)}/register`,
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
