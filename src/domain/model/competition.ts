// Documents as the app sees them: dates as epoch milliseconds. The mapping
// to and from Firestore lives in src/lib/firebase/converters.ts.

export type CompetitionStatus = 'draft' | 'registration' | 'review' | 'final' | 'closed';
export type Visibility = 'public' | 'private';

export interface Track {
  id: string;
  name: string;
  nameEn: string;
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

export interface Competition {
  id: string;
  title: string;
  titleEn: string;
  status: CompetitionStatus;
  visibility: Visibility;
  blind: boolean;
  submissionDeadline: number;
  tracks: Track[];
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
