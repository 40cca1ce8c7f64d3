// The judge key (评委对照表): which judge hides behind which pseudonym in the
// exports. Confidential: the published files name judges only by letter;
// this table is for the organizers' own records.
import { safeCell, type Cell } from './spreadsheet-safe';

export const JUDGE_KEY_COLUMNS = ['代号', '评委', '邮箱'] as const;

export interface JudgeKeyRow {
  pseudonym: string;
  name: string;
  email: string;
}

/**
 * Rows in pseudonym order (A, B, …, Z, AA: shorter first), from
 * `private/judgePseudonyms.byUid` and the judges' member documents; a judge
 * no longer a member still has a row, named by uid.
 */
export function judgeKeyRows(
  byUid: Readonly<Record<string, string>>,
  people: ReadonlyMap<string, { displayName: string; email: string }>,
): JudgeKeyRow[] {
  return Object.entries(byUid)
    .map(([uid, pseudonym]) => ({
      pseudonym,
      name: people.get(uid)?.displayName || uid,
      email: people.get(uid)?.email ?? '',
    }))
    .sort((a, b) => a.pseudonym.length - b.pseudonym.length || (a.pseudonym < b.pseudonym ? -1 : 1));
}

export function judgeKeyTable(rows: readonly JudgeKeyRow[]): Cell[][] {
  return [[...JUDGE_KEY_COLUMNS], ...rows.map((r) => [r.pseudonym, r.name, r.email].map(safeCell))];
}
