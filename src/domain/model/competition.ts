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

/** One band of a criterion's level guide, e.g. 9–10: "国际领先". */
export interface CriterionLevel {
  min: number;
  max: number;
  text: string;
  textEn: string;
}

export interface Criterion {
  id: string;
  name: string;
  nameEn: string;
  weight: number;
  max: number;
  /** Scores are multiples of the step (e.g. 0.5), between 0 and max. */
  step: number;
  description: string;
  descriptionEn: string;
  /** The level guide judges score against, highest band first. */
  levels: CriterionLevel[];
}

export interface Rubric {
  criteria: Criterion[];
}

export type RoundKind = 'online' | 'roadshow';
export type RoundStatus = 'pending' | 'open' | 'closed';

export interface Round {
  id: string;
  name: string;
  nameEn: string;
  kind: RoundKind;
  /** Set only by the status steps (changeCompetitionStatus), never by the settings form. */
  status: RoundStatus;
  /** When judging is planned to open and close (epoch ms; null: not set). Shown in Beijing time. */
  opensAt: number | null;
  closesAt: number | null;
  /** Judges per entry the assignment page proposes; null: every judge scores every entry (a roadshow). */
  judgesPerEntry: number | null;
  /** Each round scores against its own rubric (review and roadshow differ). */
  rubric: Rubric;
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
  /** What the competition is about, shown on its public page: plain text with line breaks, never HTML. */
  description: string;
  descriptionEn: string;
  /** The rules teams read before registering: plain text with line breaks, never HTML. */
  rulesText: string;
  rulesTextEn: string;
  /** The user who created it: the only one who adds or removes organizers, or hands the ownership on. */
  ownerUid: string;
  status: CompetitionStatus;
  visibility: Visibility;
  blind: boolean;
  /** Whether teams see the judges' written feedback (comments) once results are published. */
  feedbackToTeams: boolean;
  /** Registration and submission are open from this moment to the deadline. */
  submissionOpensAt: number;
  submissionDeadline: number;
  tracks: Track[];
  entryForm: EntryForm;
  rounds: Round[];
  /** Round id → the ids of that round's rubric criteria; rules cannot map over a list. */
  roundCriterionIds: Record<string, string[]>;
  /** Ids of the rounds whose status is open; rules cannot filter a list. */
  openRoundIds: string[];
  aggregation: AggregationSettings;
  ranking: { scope: 'overall' | 'track' };
  awards: AwardTier[];
  createdAt: number;
  updatedAt: number;
}

/** The rubric a round scores against: empty for an unknown round. */
export function roundRubric(competition: Pick<Competition, 'rounds'>, roundId: string): Rubric {
  return competition.rounds.find((r) => r.id === roundId)?.rubric ?? { criteria: [] };
}

/** `roundCriterionIds` as the rules expect it, derived from the rounds. */
export function criterionIdsByRound(rounds: readonly Pick<Round, 'id' | 'rubric'>[]): Record<string, string[]> {
  return Object.fromEntries(rounds.map((r) => [r.id, r.rubric.criteria.map((c) => c.id)]));
}
