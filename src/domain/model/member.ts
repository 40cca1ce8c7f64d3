export type Role = 'organizer' | 'judge' | 'team';

export const ROLES: readonly Role[] = ['organizer', 'judge', 'team'];

export interface Member {
  uid: string;
  competitionId: string;
  role: Role;
  displayName: string;
  email: string;
  /** For teams: the entries they own. Empty for other roles. */
  entryIds: string[];
  /** For judges: fields of expertise, matched against entries' fields by the assignment engine. */
  tags: string[];
  /** For judges: where they work; an entry of the same organization is a conflict. */
  organizations: string[];
  /** For judges: entry ids they declared a conflict of interest with. */
  conflicts: string[];
  /** For judges: the tracks whose pool they are in (the assignment page's default pools); empty: every track. */
  trackIds: string[];
  addedAt: number;
}

export interface UserProfile {
  uid: string;
  displayName: string;
  email: string;
  locale: 'zh-CN' | 'en';
  createdAt: number;
}
