import type { SheetReopening } from './results-docs';

export interface Assignment {
  id: string;
  judgeUid: string;
  entryId: string;
  roundIds: string[];
  assignedAt: number;
}

export type SheetStatus = 'draft' | 'submitted' | 'recused';

export interface ScoreSheet {
  id: string;
  roundId: string;
  judgeUid: string;
  entryId: string;
  status: SheetStatus;
  scores: Record<string, number>;
  /** A comment per criterion (criterion id → text). */
  comments: Record<string, string>;
  /** The overall comment. */
  comment: string;
  /** Every save is the next revision, so a device that missed a save cannot overwrite it. */
  revision: number;
  updatedAt: number;
  submittedAt: number | null;
  /**
   * Set when an organizer reopened the sheet (reopenSheet), with their
   * reason, which the judge's home shows; cleared (null) when it is
   * submitted again. null on a sheet never reopened (also when absent).
   */
  reopened: SheetReopening | null;
}

export interface AuditEvent {
  id: string;
  type: string;
  actorUid: string;
  at: number;
  subject: { kind: string; id: string };
  data: Record<string, unknown>;
}
