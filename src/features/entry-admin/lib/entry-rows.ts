// The organizer's list of entries, joined with who the teams are, filtered and
// searched on the device: all of a competition's entries (3,000 at most) are
// read once, so a filter change never costs a query.
import type { Entry, EntryIdentity, EntryStatus } from '@/domain/model';

export const ENTRY_STATUSES: readonly EntryStatus[] = ['draft', 'submitted', 'withdrawn', 'disqualified'];

export interface AdminRow {
  entry: Entry;
  /** null until the identity is read (or if the entry has none). */
  identity: EntryIdentity | null;
  /** Everything a search matches against, lower-case, built once per row. */
  haystack: string;
  /** The code without dashes or spaces, lower-case: "e001" finds E-001. */
  compactCode: string;
}

export interface EntryFilter {
  status: EntryStatus | 'all';
  track: string | 'all';
  query: string;
}

export const NO_FILTER: EntryFilter = { status: 'all', track: 'all', query: '' };

const compact = (s: string) => s.toLowerCase().replace(/[\s\-_]/g, '');

const byCode = (a: AdminRow, b: AdminRow) =>
  a.entry.code.localeCompare(b.entry.code, 'en', { numeric: true }) || a.entry.id.localeCompare(b.entry.id);

/** One row per entry, in code order (E-2 before E-10), each with its identity when there is one. */
export function joinRows(entries: readonly Entry[], identities: ReadonlyMap<string, EntryIdentity>): AdminRow[] {
  return entries
    .map((entry) => {
      const identity = identities.get(entry.id) ?? null;
      const parts = [entry.code, entry.title];
      if (identity) {
        parts.push(
          identity.teamName,
          identity.organization,
          identity.contactName,
          identity.contactPhone,
          identity.contactEmail,
        );
      }
      return { entry, identity, haystack: parts.join('\n').toLowerCase(), compactCode: compact(entry.code) };
    })
    .sort(byCode);
}

/** The rows that pass the filter: status, track, and a search in code, title, team, organization and contact. */
export function filterRows(rows: readonly AdminRow[], filter: EntryFilter): AdminRow[] {
  const query = filter.query.trim().toLowerCase();
  const compactQuery = compact(query);
  if (filter.status === 'all' && filter.track === 'all' && !query) return rows.slice();
  return rows.filter(
    (row) =>
      (filter.status === 'all' || row.entry.status === filter.status) &&
      (filter.track === 'all' || row.entry.trackId === filter.track) &&
      (!query || row.haystack.includes(query) || (compactQuery !== '' && row.compactCode.includes(compactQuery))),
  );
}

/** How many rows have each status. */
export function countByStatus(rows: readonly AdminRow[]): Record<EntryStatus, number> {
  const counts: Record<EntryStatus, number> = { draft: 0, submitted: 0, withdrawn: 0, disqualified: 0 };
  for (const row of rows) counts[row.entry.status] += 1;
  return counts;
}

export const isEntryStatus = (value: unknown): value is EntryStatus => ENTRY_STATUSES.includes(value as EntryStatus);
