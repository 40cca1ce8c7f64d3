export type EntryStatus = 'draft' | 'submitted' | 'withdrawn' | 'disqualified';
export type EntryStage = 'idea' | 'prototype' | 'revenue' | '';
/** An answer to one of the competition's own questions (a file answer is a Storage path). */
export type EntryAnswer = string | number;

/** What judges may read: the project, never the team's identity. */
export interface Entry {
  id: string;
  code: string;
  trackId: string;
  title: string;
  field: string;
  summary: string;
  problem: string;
  solution: string;
  stage: EntryStage;
  financing: string;
  /** Question id → answer, for the competition's entryForm.questions. */
  answers: Record<string, EntryAnswer>;
  status: EntryStatus;
  deckPath: string | null;
  /**
   * Incremented by every save of the team's form; the rules accept a save only
   * as the next revision, so a second tab's stale save is refused, not merged.
   */
  revision: number;
  createdAt: number;
  updatedAt: number;
  submittedAt: number | null;
}

export interface TeamMember {
  name: string;
  role: string;
}

/** Who the team is; hidden from judges for blind review. */
export interface EntryIdentity {
  entryId: string;
  teamName: string;
  organization: string;
  contactName: string;
  contactPhone: string;
  contactEmail: string;
  members: TeamMember[];
  /** 统一社会信用代码 of the organization, for tracks that require a company; else ''. */
  creditCode: string;
  ownerUids: string[];
}

/** The text fields of an entry's content, in form order; with `answers`, all a team may write. */
export const ENTRY_TEXT_FIELDS = ['title', 'field', 'summary', 'problem', 'solution', 'stage', 'financing'] as const;
export type EntryTextField = (typeof ENTRY_TEXT_FIELDS)[number];
/** What a team writes of its entry (the rest is the server's: status, deck, revision, times). */
export type EntryContentOf = Pick<Entry, EntryTextField | 'answers'>;

/** An entry's content alone: what the form edits and the submission checks. */
export function entryContentOf(entry: EntryContentOf): EntryContentOf {
  const { title, field, summary, problem, solution, stage, financing, answers } = entry;
  return { title, field, summary, problem, solution, stage, financing, answers };
}

/** A new entry as registration creates it: a draft with blank content, no deck, revision 0. */
export const blankEntry = (code: string, trackId: string) =>
  ({
    code,
    trackId,
    title: '',
    field: '',
    summary: '',
    problem: '',
    solution: '',
    stage: '',
    financing: '',
    answers: {},
    status: 'draft',
    deckPath: null,
    revision: 0,
  }) satisfies Omit<Entry, 'id' | 'createdAt' | 'updatedAt' | 'submittedAt'>;
