// Settings that are allowed but probably wrong: the page shows them beside
// the section, and the function returns them with a save, so the organizer
// decides knowingly.
import type { Competition } from '../model';

export type SettingsWarning =
  /** Trimming `trim` at each end of a round's panel of `judgesPerEntry` leaves no sheet. */
  | { code: 'trim-drops-all'; roundId: string; trim: number; judgesPerEntry: number }
  /** An entry needs more sheets than the round's panel gives it: none would be ranked. */
  | { code: 'min-sheets-above-panel'; roundId: string; minSheets: number; judgesPerEntry: number }
  /** More prizes than entries (in `trackId`, or overall when null). */
  | { code: 'awards-exceed-entries'; trackId: string | null; prizes: number; entries: number }
  /** A round has no criteria yet: it cannot open. */
  | { code: 'rubric-empty'; roundId: string };

export interface SettingsFacts {
  /** Competing (registered, not withdrawn or disqualified) entries per track id. */
  entriesByTrack: Readonly<Record<string, number>>;
}

type WarnedSettings = Pick<Competition, 'rounds' | 'aggregation' | 'ranking' | 'awards' | 'tracks'>;

export function settingsWarnings(c: WarnedSettings, facts: SettingsFacts): SettingsWarning[] {
  const warnings: SettingsWarning[] = [];
  const { method, trim, minSheets } = c.aggregation;
  for (const round of c.rounds) {
    if (round.rubric.criteria.length === 0) warnings.push({ code: 'rubric-empty', roundId: round.id });
    const k = round.judgesPerEntry;
    if (k === null) continue;
    if (method === 'trimmed-mean' && 2 * trim >= k)
      warnings.push({ code: 'trim-drops-all', roundId: round.id, trim, judgesPerEntry: k });
    if (minSheets > k)
      warnings.push({ code: 'min-sheets-above-panel', roundId: round.id, minSheets, judgesPerEntry: k });
  }

  // Without entries yet there is nothing to compare the prizes with.
  const total = Object.values(facts.entriesByTrack).reduce((a, b) => a + b, 0);
  if (total > 0) {
    if (c.ranking.scope === 'overall') {
      const prizes = c.awards.reduce((n, a) => n + a.count, 0);
      if (prizes > total) warnings.push({ code: 'awards-exceed-entries', trackId: null, prizes, entries: total });
    } else {
      for (const track of c.tracks) {
        const prizes = c.awards.filter((a) => a.track === track.id).reduce((n, a) => n + a.count, 0);
        const entries = facts.entriesByTrack[track.id] ?? 0;
        if (prizes > entries) warnings.push({ code: 'awards-exceed-entries', trackId: track.id, prizes, entries });
      }
    }
  }
  return warnings;
}
