// What the scoring form holds (scores as typed, comments) and how it becomes
// a sheet: pure functions, shared by the form, the autosave and the submit.
import type { Criterion, ScoreSheet } from '@/domain/model';
import { sheetTotalFn } from '@/domain/results/sheet-total';
import { validateScores, type ScoreProblem } from '@/domain/scoring';

export interface SheetValues {
  /** Criterion id → the text in its input ('' when blank). */
  scores: Record<string, string>;
  comments: Record<string, string>;
  comment: string;
}

export interface SheetContent {
  scores: Record<string, number>;
  comments: Record<string, string>;
  comment: string;
}

/** A comment per criterion and the overall comment: long enough for a paragraph, short enough for the rules. */
export const CRITERION_COMMENT_MAX = 1000;
export const OVERALL_COMMENT_MAX = 2000;

export type ParsedScore =
  | { kind: 'empty' }
  | { kind: 'ok'; value: number }
  | { kind: 'invalid'; problem: Exclude<ScoreProblem['kind'], 'unknown-criterion' | 'missing'> };

/**
 * Reads what a judge typed: a plain decimal ("7", "7.5", also "7,5" or
 * full-width digits from a Chinese keyboard), then checks it against the
 * criterion exactly as the server does (range and step).
 */
export function parseScore(text: string, criterion: Criterion): ParsedScore {
  const normalised = text
    .trim()
    .replace(/[０-９．，]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(',', '.');
  if (normalised === '') return { kind: 'empty' };
  if (!/^(\d+\.?\d*|\.\d+)$/.test(normalised)) return { kind: 'invalid', problem: 'not-a-number' };
  const value = Number(normalised);
  const [problem] = validateScores([criterion], { [criterion.id]: value }, { complete: false });
  if (problem && problem.kind !== 'unknown-criterion' && problem.kind !== 'missing') {
    return { kind: 'invalid', problem: problem.kind };
  }
  return { kind: 'ok', value };
}

const blank = (): SheetContent => ({ scores: {}, comments: {}, comment: '' });

/** The form's values for a stored sheet (null: not started). */
export function toValues(sheet: Pick<ScoreSheet, 'scores' | 'comments' | 'comment'> | null): SheetValues {
  const content = sheet ?? blank();
  return {
    scores: Object.fromEntries(Object.entries(content.scores).map(([id, v]) => [id, String(v)])),
    comments: { ...content.comments },
    comment: content.comment,
  };
}

/** The stored content of a sheet, limited to the round's criteria. */
export function sheetContent(
  criteria: readonly Criterion[],
  sheet: Pick<ScoreSheet, 'scores' | 'comments' | 'comment'> | null,
): SheetContent {
  if (!sheet) return blank();
  const ids = new Set(criteria.map((c) => c.id));
  const keep = <T>(map: Record<string, T>) => Object.fromEntries(Object.entries(map).filter(([id]) => ids.has(id)));
  return { scores: keep(sheet.scores), comments: keep(sheet.comments), comment: sheet.comment };
}

/**
 * What can be saved of the form: the valid scores, and for an invalid input
 * the value last saved (the draft keeps it until the input is fixed); blank
 * comments are left out. `invalid` lists the criteria whose input is wrong.
 */
export function savableContent(
  criteria: readonly Criterion[],
  values: SheetValues,
  lastSaved: SheetContent,
): { content: SheetContent; invalid: string[] } {
  const scores: Record<string, number> = {};
  const comments: Record<string, string> = {};
  const invalid: string[] = [];
  for (const c of criteria) {
    const parsed = parseScore(values.scores[c.id] ?? '', c);
    if (parsed.kind === 'ok') scores[c.id] = parsed.value;
    else if (parsed.kind === 'invalid') {
      invalid.push(c.id);
      const previous = lastSaved.scores[c.id];
      if (previous !== undefined) scores[c.id] = previous;
    }
    const comment = (values.comments[c.id] ?? '').slice(0, CRITERION_COMMENT_MAX);
    if (comment.trim() !== '') comments[c.id] = comment;
  }
  return { content: { scores, comments, comment: values.comment.slice(0, OVERALL_COMMENT_MAX) }, invalid };
}

/** A stable key of a sheet's content (key order does not matter), to compare saves with snapshots. */
export function contentKey(content: SheetContent): string {
  const sorted = <T>(map: Record<string, T>) => Object.entries(map).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify([sorted(content.scores), sorted(content.comments), content.comment]);
}

/**
 * The running weighted total as the results engine computes a sheet's total
 * (src/domain/results/sheet-total.ts), blank criteria counting 0 until scored.
 */
export function runningTotal(criteria: readonly Criterion[], scores: Readonly<Record<string, number>>): number {
  if (criteria.length === 0) return 0;
  return sheetTotalFn(criteria)(criteria.map((c) => scores[c.id] ?? 0));
}

/** Each criterion's problem for a submit: missing or invalid input, in rubric order. */
export function submitProblems(
  criteria: readonly Criterion[],
  values: SheetValues,
): { criterionId: string; kind: ScoreProblem['kind'] }[] {
  const scores: Record<string, unknown> = {};
  for (const c of criteria) {
    const parsed = parseScore(values.scores[c.id] ?? '', c);
    if (parsed.kind === 'ok') scores[c.id] = parsed.value;
    else if (parsed.kind === 'invalid') scores[c.id] = Number.NaN;
  }
  // The engine's own check, complete: what the server would refuse.
  const problems = validateScores(criteria, scores, { complete: true });
  return problems.map((p) => {
    const parsed = parseScore(
      values.scores[p.criterionId] ?? '',
      criteria.find((c) => c.id === p.criterionId)!,
    );
    return { criterionId: p.criterionId, kind: parsed.kind === 'invalid' ? parsed.problem : p.kind };
  });
}
