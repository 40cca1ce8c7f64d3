import type { Entry, SheetReopening } from '@/domain/model';
import type { RoundWork } from '../api/judge-work';

export type WorkStatus = 'not-started' | 'draft' | 'submitted' | 'recused';
export const WORK_STATUSES: readonly WorkStatus[] = ['not-started', 'draft', 'submitted', 'recused'];

/**
 * An entry as the list shows it: read; not readable (any more, e.g. after a
 * recusal); its read failed (the network); or still on its way.
 */
export type EntryState =
  { kind: 'loaded'; entry: Entry } | { kind: 'unavailable' } | { kind: 'failed' } | { kind: 'loading' };

export interface WorkRow {
  entryId: string;
  status: WorkStatus;
  entry: EntryState;
  /** An organizer reopened the sheet for this reason; the row says so until it is submitted again. */
  reopened: SheetReopening | null;
}

/**
 * The entries of a round the judge has, or had, to score: the assigned ones,
 * and those they recused from (whose assignment went to another judge). A
 * sheet left without an assignment otherwise (its entry withdrawn) is no
 * longer part of the judge's work.
 */
export function workEntryIds(work: RoundWork): string[] {
  const recused = Object.keys(work.sheetStatus).filter((id) => work.sheetStatus[id] === 'recused');
  return [...new Set([...work.assignedEntryIds, ...recused])];
}

export function workRows(work: RoundWork, entryState: (entryId: string) => EntryState): WorkRow[] {
  return workEntryIds(work)
    .map((entryId): WorkRow => ({
      entryId,
      status: work.sheetStatus[entryId] ?? 'not-started',
      entry: entryState(entryId),
      reopened: work.reopened?.[entryId] ?? null,
    }))
    .sort(byCode);
}

// Entry codes in their natural order (E-2 before E-10); entries not read yet
// at the end, by id, so rows do not jump about more than they must.
const codeOf = (row: WorkRow) => (row.entry.kind === 'loaded' ? row.entry.entry.code : null);
function byCode(a: WorkRow, b: WorkRow): number {
  const ca = codeOf(a);
  const cb = codeOf(b);
  if (ca !== null && cb !== null)
    return ca.localeCompare(cb, 'en', { numeric: true }) || a.entryId.localeCompare(b.entryId);
  if (ca !== null) return -1;
  if (cb !== null) return 1;
  return a.entryId.localeCompare(b.entryId);
}

/**
 * "7 / 22 scored": submitted sheets over the entries the judge is to score.
 * A recused entry is no longer theirs, so it counts in neither.
 */
export function workProgress(rows: readonly WorkRow[]): { submitted: number; total: number } {
  const mine = rows.filter((r) => r.status !== 'recused');
  return { submitted: mine.filter((r) => r.status === 'submitted').length, total: mine.length };
}

export interface WorkFilter {
  /** 'all' leaves recused entries out: they have left the judge's list. */
  status: WorkStatus | 'all';
  track: string | 'all';
  query: string;
}

export const NO_FILTER: WorkFilter = { status: 'all', track: 'all', query: '' };

// "e001", "E-001" and "E 001" all find E-001.
const compact = (s: string) => s.toLowerCase().replace(/[\s\-_]/g, '');

/**
 * The rows that pass the filter. Track and search need the entry: while a
 * filter on them is set, rows not read yet are left out (the list says how
 * many are still loading).
 */
export function filterRows(rows: readonly WorkRow[], filter: WorkFilter): WorkRow[] {
  const query = filter.query.trim().toLowerCase();
  return rows.filter((row) => {
    if (filter.status === 'all' ? row.status === 'recused' : row.status !== filter.status) return false;
    if (filter.track === 'all' && !query) return true;
    if (row.entry.kind !== 'loaded') return false;
    const { entry } = row.entry;
    if (filter.track !== 'all' && entry.trackId !== filter.track) return false;
    if (!query) return true;
    return (
      entry.title.toLowerCase().includes(query) ||
      entry.code.toLowerCase().includes(query) ||
      (compact(query) !== '' && compact(entry.code).includes(compact(query)))
    );
  });
}

export interface PageOf<T> {
  items: T[];
  /** 1-based, clamped to the pages there are. */
  page: number;
  pageCount: number;
}

export function pageOf<T>(items: readonly T[], page: number, size: number): PageOf<T> {
  const pageCount = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(1, Math.trunc(page) || 1), pageCount);
  return { items: items.slice((current - 1) * size, current * size), page: current, pageCount };
}
