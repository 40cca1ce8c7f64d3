import type { Criterion } from '../model';

export type ScoreProblem =
  | { kind: 'unknown-criterion'; criterionId: string }
  | { kind: 'missing'; criterionId: string }
  | { kind: 'not-a-number'; criterionId: string }
  | { kind: 'out-of-range'; criterionId: string; max: number }
  | { kind: 'off-step'; criterionId: string; step: number };

/**
 * Whether `value` is a whole number of steps. Scores and steps are decimals
 * such as 7.5 and 0.5, so the quotient is compared with a tolerance far below
 * any step a rubric uses (0.1 × 3 is 0.30000000000000004 in binary).
 */
export function isOnStep(value: number, step: number): boolean {
  if (!(step > 0)) return true;
  const steps = value / step;
  return Math.abs(steps - Math.round(steps)) < 1e-9;
}

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
    } else if (!isOnStep(value, c.step)) {
      problems.push({ kind: 'off-step', criterionId: c.id, step: c.step });
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
    case 'off-step':
      return `scores.${p.criterionId}: must be a multiple of ${p.step}`;
  }
}
