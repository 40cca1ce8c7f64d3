export type EntryStatus = 'draft' | 'submitted' | 'withdrawn' | 'disqualified';

/** What judges may read: the project, never the team's identity. */
export interface Entry {
  id: string;
  code: string;
  trackId: string;
  title: string;
  field: string;
  summary: string;
  status: EntryStatus;
  deckPath: string | null;
  createdAt: number;
  updatedAt: number;
  submittedAt: number | null;
}

/** Who the team is; hidden from judges for blind review. */
export interface EntryIdentity {
  entryId: string;
  teamName: string;
  organization: string;
  contactName: string;
  contactPhone: string;
  contactEmail: string;
  ownerUids: string[];
}
