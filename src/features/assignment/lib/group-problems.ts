import type { AssignProblem } from '../api/assign-error';

/** Problems that say the same thing about several entries, said once with their entries. */
export type ProblemLine =
  | {
      code: 'too-few-judges';
      entries: { entryId: string; entryCode?: string }[];
      trackId?: string;
      allowed: number;
      needed: number;
    }
  | { code: 'too-many-locked'; entries: { entryId: string; entryCode?: string }[]; locked: number; needed: number }
  | Exclude<AssignProblem, { code: 'too-few-judges' | 'too-many-locked' }>;

/**
 * Groups per-entry problems with the same numbers (k = 8 with 7 judges gives
 * one problem per entry, all alike), in the order the server listed them.
 */
export function groupProblems(problems: AssignProblem[]): ProblemLine[] {
  const lines: ProblemLine[] = [];
  const byKey = new Map<string, { entries: { entryId: string; entryCode?: string }[] }>();
  for (const p of problems) {
    if (p.code !== 'too-few-judges' && p.code !== 'too-many-locked') {
      lines.push(p);
      continue;
    }
    const key =
      p.code === 'too-few-judges'
        ? JSON.stringify([p.code, p.trackId ?? '', p.allowed, p.needed])
        : JSON.stringify([p.code, p.locked, p.needed]);
    const entry = { entryId: p.entryId, entryCode: p.entryCode };
    const line = byKey.get(key);
    if (line) {
      line.entries.push(entry);
      continue;
    }
    const { entryId: _id, entryCode: _code, ...rest } = p;
    const created = { ...rest, entries: [entry] };
    byKey.set(key, created);
    lines.push(created);
  }
  return lines;
}
