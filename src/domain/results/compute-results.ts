import { analyze, type Analysis } from './analyze';
import { RESULTS_FORMAT, type ResultsV1 } from './types';
import { validateExport } from './validate-export';

export type ComputeOutcome = { ok: true; results: ResultsV1; analysis: Analysis } | { ok: false; problems: string[] };

/** The published results (format v1) of an analysis. */
export function resultsFromAnalysis(a: Analysis): ResultsV1 {
  return {
    format: RESULTS_FORMAT,
    competitionId: a.config.id,
    groups: a.groups.map((g) => ({
      track: g.track,
      entries: g.order.map((e) => ({
        entryId: e.id,
        rank: e.rank!,
        score: e.score!,
        sheets: e.sheets.length,
        award: e.award ? e.award.id : null,
      })),
    })),
    unranked: a.unranked.map((e) => ({
      entryId: e.id,
      reason: 'insufficient-sheets' as const,
      sheets: e.sheets.length,
    })),
  };
}

/**
 * Validates a parsed export and computes its results. The one entry point
 * shared by the Cloud Function, the organizer preview and the CLI. An export
 * with any problem is refused as a whole: `problems` lists every one of them.
 */
export function computeResults(input: unknown): ComputeOutcome {
  const v = validateExport(input);
  if (!v.ok) return v;
  const analysis = analyze(v.value);
  return { ok: true, results: resultsFromAnalysis(analysis), analysis };
}

/** Thrown by computeResultsOrThrow; `problems` holds one line per problem. */
export class ExportRefusedError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`export refused (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${problems.join('\n')}`);
    this.name = 'ExportRefusedError';
    this.problems = problems;
  }
}

/** computeResults for callers that prefer exceptions (e.g. a Cloud Function). */
export function computeResultsOrThrow(input: unknown): ResultsV1 {
  const out = computeResults(input);
  if (!out.ok) throw new ExportRefusedError(out.problems);
  return out.results;
}
