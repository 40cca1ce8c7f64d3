// The documents of watching, publishing and objecting (issue 10). Each is
// written only by functions; who reads which is in firestore.rules and
// docs/data-model.md. Times are epoch milliseconds once read (converters).

// The progress documents are recomputed from the stored sheets and
// assignments by Firestore triggers (functions/src/progress-*.ts), never
// incremented: `asOf` is the time the counts were read at, and a recompute
// read earlier never overwrites one read later, so they converge to the truth
// whatever order the triggers run in. A document missing means nothing to
// count yet (all zero).

/** `roundProgress/{roundId}`: one round's judging at a glance. */
export interface RoundProgress {
  roundId: string;
  /** Judge–entry pairs assigned for the round (assignments whose roundIds hold it). */
  assigned: number;
  /** Sheets of the round by status. */
  submitted: number;
  drafts: number;
  recused: number;
  /** When these counts were read (epoch ms). */
  asOf: number;
}

/**
 * `entryProgress/{roundId}__{entryId}`: one entry's sheets in one round, so
 * the dashboard can query only the entries short of the minimum.
 */
export interface EntryProgress {
  roundId: string;
  entryId: string;
  /** Judges assigned to it for the round (a judge who recused is no longer assigned). */
  assigned: number;
  submitted: number;
  recused: number;
  /** Submitted sheets it needs: max(1, aggregation.minSheets) when counted (src/domain/progress). */
  minimum: number;
  /** submitted < minimum. */
  belowMinimum: boolean;
  asOf: number;
}

/** `judgeProgress/{roundId}__{judgeUid}`: one judge's progress in one round. */
export interface JudgeProgress {
  roundId: string;
  judgeUid: string;
  assigned: number;
  submitted: number;
  drafts: number;
  recused: number;
  /** The last time one of the judge's sheets of the round was written, or null. */
  lastActivityAt: number | null;
  asOf: number;
}

/** A sheet an organizer reopened: what the judge is told on their home until they submit again. */
export interface SheetReopening {
  reason: string;
  at: number;
}

/** `objections/{objectionId}`: a team's objection (异议) to a version under public notice. */
export type ObjectionStatus = 'open' | 'upheld' | 'dismissed';
export interface Objection {
  id: string;
  versionId: string;
  version: number;
  teamUid: string;
  /** The objecting team's entries (codes for the organizer's list). */
  entryIds: string[];
  entryCodes: string[];
  reason: string;
  raisedAt: number;
  status: ObjectionStatus;
  /** The organizer's answer, which the team sees; '' while open. */
  answer: string;
  answeredAt: number | null;
  answeredBy: string | null;
}

/** `feedback/{entryId}`: the judges' written comments a team sees after publication, never who wrote them. */
export interface TeamFeedback {
  entryId: string;
  versionId: string;
  /** One item per submitted sheet, in an order that does not reveal the judge. */
  sheets: Array<{ criteria: Record<string, string>; overall: string }>;
}

/** `advancements/{toRoundId}`: which entries went on from the round before, and how that was decided. */
export interface Advancement {
  toRoundId: string;
  fromRoundId: string;
  scope: 'overall' | 'track';
  /** The N asked for (per track under track scope). */
  n: number;
  entryIds: string[];
  /** Entries tied at the cut line (all advance unless listed in `excludedTiedEntryIds`). */
  tiedAtCut: string[];
  excludedTiedEntryIds: string[];
  exportSha256: string;
  /** When the computation the cut was taken from was made (epoch ms). */
  computedAt: number;
  /**
   * The target round's pairs: a roadshow round gets every judge × every
   * advanced entry; another kind is assigned later by assignRound (added 0).
   * In both, pairs of entries no longer advanced leave the round.
   */
  assignments: AdvancementAssignments;
  at: number;
  by: string;
}

/** What an advancement did to the target round's assignments. */
export interface AdvancementAssignments {
  /** Pairs that now list the round and did not before. */
  added: number;
  /** Pairs of entries no longer advanced, taken out of the round (they had no sheet in it). */
  removed: number;
  /** Pairs of entries no longer advanced kept because a sheet exists in the round. */
  keptWithSheet: number;
  /** Pairs a conflict forbids (the judge's declared conflicts, or a shared organization). */
  skipped: Array<{ judgeUid: string; entryId: string; reason: 'conflict' | 'organization' }>;
}
