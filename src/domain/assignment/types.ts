/**
 * Types for judge assignment format v1 (the contract is
 * shared/spec/assignment-v1.md). Three layers:
 *  - `AssignmentInputV1`: the JSON an input file holds, as callers write it;
 *  - `ParsedInput`: the same data after validation, with `null` read as
 *    absent, organizations trimmed and previous pairs deduplicated and split
 *    into kept-able and dropped ones;
 *  - `AssignmentV1`: the output.
 */

export const INPUT_FORMAT = 'judging-assignment-input/v1';
export const OUTPUT_FORMAT = 'judging-assignment/v1';

// ---------------------------------------------------------------- input JSON

export interface EntryInput {
  id: string;
  organization?: string | null;
  tags?: string[] | null;
}

export interface JudgeInput {
  id: string;
  organizations?: string[] | null;
  tags?: string[] | null;
  conflicts?: string[] | null;
}

export interface PreviousPairInput {
  judgeId: string;
  entryId: string;
  locked?: boolean | null;
}

export interface AssignmentInputV1 {
  format: typeof INPUT_FORMAT;
  k: number;
  entries: EntryInput[];
  judges: JudgeInput[];
  previous?: PreviousPairInput[] | null;
}

// ---------------------------------------------------------------- parsed input

export interface ParsedEntry {
  id: string;
  /** Trimmed; '' when absent (an empty organization is shared with nobody). */
  organization: string;
  tags: string[];
}

export interface ParsedJudge {
  id: string;
  /** Trimmed, empty ones removed. */
  organizations: Set<string>;
  tags: Set<string>;
  conflicts: Set<string>;
}

/** A previous pair whose judge and entry are both in the input, by index. */
export interface PreviousPair {
  judge: number;
  entry: number;
  locked: boolean;
}

export interface ParsedInput {
  k: number;
  entries: ParsedEntry[];
  judges: ParsedJudge[];
  /** Distinct pairs, in order of first appearance in `previous`. */
  previous: PreviousPair[];
  /** Distinct previous pairs whose judge or entry left the input. */
  dropped: number;
  /** Lines about dropped locked pairs, in order of `previous`. */
  warnings: string[];
}

export type Parsed = { ok: true; value: ParsedInput } | { ok: false; problems: string[] };

// ---------------------------------------------------------------- output

export interface AssignedPair {
  judgeId: string;
  entryId: string;
}

export interface AssignmentStats {
  pairs: number;
  minLoad: number;
  maxLoad: number;
  kept: number;
  moved: number;
  dropped: number;
  tagMatches: number;
}

export interface AssignmentV1 {
  format: typeof OUTPUT_FORMAT;
  assignments: AssignedPair[];
  loads: Record<string, number>;
  stats: AssignmentStats;
  warnings: string[];
}

export type AssignOutcome = { ok: true; value: AssignmentV1 } | { ok: false; problems: string[] };
