import type { AssignWarning } from '../api/assign-warnings';

type EntryRef = { entryId: string; entryCode?: string };

/** Warnings that say the same thing about one judge and several entries, said once with their entries. */
export type WarningLine =
  | { code: 'locked-out-of-pool'; judgeUid: string; trackId: string; entries: EntryRef[] }
  | { code: 'locked-not-competing'; judgeUid: string; entries: EntryRef[] }
  | { code: 'locked-forbidden'; judgeUid: string; reason: 'conflict' | 'organization'; entries: EntryRef[] }
  | Extract<AssignWarning, { code: 'other' }>;

type PairWarning = Exclude<AssignWarning, { code: 'other' }>;

/** The warning without its entry: what the grouped line says. */
function lineOf(w: PairWarning): Exclude<WarningLine, { code: 'other' }> {
  switch (w.code) {
    case 'locked-out-of-pool':
      return { code: w.code, judgeUid: w.judgeUid, trackId: w.trackId, entries: [] };
    case 'locked-not-competing':
      return { code: w.code, judgeUid: w.judgeUid, entries: [] };
    case 'locked-forbidden':
      return { code: w.code, judgeUid: w.judgeUid, reason: w.reason, entries: [] };
  }
}

/**
 * Groups a judge's warnings of the same kind (a judge taken out of a track's
 * pool after scoring several of its entries gives one warning per entry), in
 * the order the server listed them.
 */
export function groupWarnings(warnings: AssignWarning[]): WarningLine[] {
  const lines: WarningLine[] = [];
  const byKey = new Map<string, { entries: EntryRef[] }>();
  for (const w of warnings) {
    if (w.code === 'other') {
      lines.push(w);
      continue;
    }
    const candidate = lineOf(w);
    const key = JSON.stringify(candidate);
    const line = byKey.get(key) ?? candidate;
    if (line === candidate) {
      byKey.set(key, candidate);
      lines.push(candidate);
    }
    line.entries.push('entryCode' in w ? { entryId: w.entryId, entryCode: w.entryCode } : { entryId: w.entryId });
  }
  return lines;
}
