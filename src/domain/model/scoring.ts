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
  comment: string;
  updatedAt: number;
  submittedAt: number | null;
}

export interface AuditEvent {
  id: string;
  type: string;
  actorUid: string;
  at: number;
  subject: { kind: string; id: string };
  data: Record<string, unknown>;
}
