import type { EntryQuestion } from '../registration/entry-question';

// Documents as the app sees them: dates as epoch milliseconds. The mapping
// to and from Firestore lives in src/lib/firebase/converters.ts.

export type CompetitionStatus = 'draft' | 'registration' | 'review' | 'final' | 'closed';
export type Visibility = 'public' | 'private';

export interface Track {
  id: string;
  name: string;
  nameEn: string;
  /** One capital letter: entries of this track are numbered `E-017`, `T-005`. */
  codePrefix: string;
  /** Teams register a company (name and unified social credit code): 企业组. */
  requiresCompany: boolean;
}

export interface Criterion {
  id: string;
  name: string;
  nameEn: string;
  weight: number;
  max: number;
}

export type RoundKind = 'online' | 'roadshow';
export type RoundStatus = 'pending' | 'open' | 'closed';

export interface Round {
  id: string;
  name: string;
  nameEn: string;
  kind: RoundKind;
  status: RoundStatus;
}

export interface AggregationSettings {
  method: 'mean' | 'median' | 'trimmed-mean';
  trim: number;
  normalization: 'none' | 'zscore';
  minSheets: number;
}

export interface AwardTier {
  id: string;
  label: string;
  labelEn: string;
  count: number;
  track: string | null;
}

/** The competition's own questions on the entry form (src/domain/registration). */
export interface EntryForm {
  questions: EntryQuestion[];
}

export interface Competition {
  id: string;
  title: string;
  titleEn: string;
  /** Who runs it (主办单位), in both languages. */
  organizerName: string;
  organizerNameEn: string;
  /** The rules teams read before registering: plain text with line breaks, never HTML. */
  rulesText: string;
  status: CompetitionStatus;
  visibility: Visibility;
  blind: boolean;
  /** Registration and submission are open from this moment to the deadline. */
  submissionOpensAt: number;
  submissionDeadline: number;
  tracks: Track[];
  entryForm: EntryForm;
  rubric: { criteria: Criterion[] };
  /** Equal to rubric.criteria ids; rules cannot map over a list. */
  criterionIds: string[];
  rounds: Round[];
  /** Ids of the rounds whose status is open; rules cannot filter a list. */
  openRoundIds: string[];
  aggregation: AggregationSettings;
  ranking: { scope: 'overall' | 'track' };
  awards: AwardTier[];
  createdAt: number;
  updatedAt: number;
}
