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
  addedAt: number;
}

export interface UserProfile {
  uid: string;
  displayName: string;
  email: string;
  locale: 'zh-CN' | 'en';
  createdAt: number;
}
