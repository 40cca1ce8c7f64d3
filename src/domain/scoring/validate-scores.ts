import type { Criterion } from '../model';

export type ScoreProblem =
  | { kind: 'unknown-criterion'; criterionId: string }
  | { kind: 'missing'; criterionId: string }
  | { kind: 'not-a-number'; criterionId: string }
  | { kind: 'out-of-range'; criterionId: string; max: number };

/**
 * Checks a sheet's scores against the rubric. With `complete`, every criterion
 * must be scored (a submitted sheet); without, gaps are allowed (a draft).
 * Returns every problem, in rubric order, so a form can mark each field.
 */
export function validateScores(
  criteria: readonly Criterion[],
  scores: Readonly<Record<string, unknown>>,
  { complete }: { complete: boolean },
): ScoreProblem[] {
  const problems: ScoreProblem[] = [];
  const known = new Set(criteria.map((c) => c.id));
  for (const id of Object.keys(scores)) {
    if (!known.has(id)) problems.push({ kind: 'unknown-criterion', criterionId: id });
  }
  for (const c of criteria) {
    const value = scores[c.id];
    if (value === undefined || value === null) {
      if (complete) problems.push({ kind: 'missing', criterionId: c.id });
    } else if (typeof value !== 'number' || !Number.isFinite(value)) {
      problems.push({ kind: 'not-a-number', criterionId: c.id });
    } else if (value < 0 || value > c.max) {
      problems.push({ kind: 'out-of-range', criterionId: c.id, max: c.max });
    }
  }
  return problems;
}

/** One English line per problem, for logs and function errors. */
export function describeScoreProblem(p: ScoreProblem): string {
  switch (p.kind) {
    case 'unknown-criterion':
      return `scores.${p.criterionId}: not a criterion of this rubric`;
    case 'missing':
      return `scores.${p.criterionId}: missing`;
    case 'not-a-number':
      return `scores.${p.criterionId}: not a number`;
    case 'out-of-range':
      return `scores.${p.criterionId}: must be between 0 and ${p.max}`;
  }
}
