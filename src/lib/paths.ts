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
  /** Create a competition (from the preset, blank, or a copy of an earlier one). */
  competitionNew: '/competitions/new',
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
  /** The competition's settings; `section` scrolls to one of them (e.g. 'rubric'). */
  organizerSettings: (cid: string, section?: string) =>
    `/c/${encodeURIComponent(cid)}/organizer/settings${section ? `#${encodeURIComponent(section)}` : ''}`,
  /** Organizers and judges, their invitations and progress. */
  organizerPeople: (cid: string) => `/c/${encodeURIComponent(cid)}/organizer/people`,
  /** Every registered entry, with identities (organizers only). */
  organizerEntries: (cid: string) => `/c/${encodeURIComponent(cid)}/organizer/entries`,
  organizerEntry: (cid: string, eid: string) =>
    `/c/${encodeURIComponent(cid)}/organizer/entries/${encodeURIComponent(eid)}`,
  /** The live progress of judging, per round (organizers). */
  organizerDashboard: (cid: string) => `/c/${encodeURIComponent(cid)}/organizer/dashboard`,
  /** Judges' statistics and score distributions, and the entries judges disagree on. */
  organizerFairness: (cid: string) => `/c/${encodeURIComponent(cid)}/organizer/fairness`,
  /** Publish a computation as a version, corrections, public notice, exports and certificates. */
  organizerPublish: (cid: string) => `/c/${encodeURIComponent(cid)}/organizer/publish`,
  /** Objections (异议) raised during a version's public notice, and their answers. */
  organizerObjections: (cid: string) => `/c/${encodeURIComponent(cid)}/organizer/objections`,
  /** Advance a round's top entries to the next round. */
  organizerAdvance: (cid: string) => `/c/${encodeURIComponent(cid)}/organizer/advance`,
  /** The competition's audit trail (who did what and when). */
  organizerAudit: (cid: string) => `/c/${encodeURIComponent(cid)}/organizer/audit`,
  /** The stage control of a roadshow round (organizers, on a laptop beside the stage). */
  organizerStage: (cid: string, rid?: string) =>
    `/c/${encodeURIComponent(cid)}/organizer/stage${rid ? `?round=${encodeURIComponent(rid)}` : ''}`,
  /** A judge's phone following a roadshow round's stage (the QR code on the stage control). */
  judgeStage: (cid: string, rid: string) => `/c/${encodeURIComponent(cid)}/judge/stage/${encodeURIComponent(rid)}`,
  /** The big screen of a roadshow: read-only, signed out, by its revocable token. */
  screen: (token: string) => `/screen/${encodeURIComponent(token)}`,
  /** The public results page (its own small entry, results.html, outside the SPA; short link for QR codes). */
  publicResults: (cid: string) => `/r/${encodeURIComponent(cid)}`,
  /** An invitation link: whoever holds it sees it; only the invited email accepts it. */
  invitation: (cid: string, token: string) => `/invite/${encodeURIComponent(cid)}/${encodeURIComponent(token)}`,
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
