import { collection, getCount, query, where, type Query } from 'firebase/firestore/lite';
import type { Competition } from '@/domain/model';
import { db } from '@/lib/firebase/firestore';

export interface RoundProgress {
  roundId: string;
  /** Sheets with status `submitted` in the round. */
  submitted: number;
  /** Judge–entry pairs assigned for the round: one sheet each is expected. */
  expected: number;
}

export interface CompetitionStats {
  totalEntries: number;
  entriesByTrack: Record<string, number>;
  judges: number;
  progress: RoundProgress[];
}

const count = async (q: Query) => (await getCount(q)).data().count;

/**
 * The organizer's numbers, all as server-side counts (no document is
 * downloaded). Queries, all under `competitions/{cid}`:
 * - entries; entries where trackId == t, for each track
 * - members where role == 'judge'
 * - per open round r: sheets where roundId == r and status == 'submitted';
 *   assignments where roundIds array-contains r
 */
export async function getCompetitionStats(competition: Competition): Promise<CompetitionStats> {
  const base = (name: string) => collection(db, 'competitions', competition.id, name);
  const entries = base('entries');
  const openRounds = competition.rounds.filter((r) => competition.openRoundIds.includes(r.id));

  const [totalEntries, trackCounts, judges, progress] = await Promise.all([
    count(entries),
    Promise.all(competition.tracks.map((t) => count(query(entries, where('trackId', '==', t.id))))),
    count(query(base('members'), where('role', '==', 'judge'))),
    Promise.all(
      openRounds.map(async (round) => {
        const [submitted, expected] = await Promise.all([
          count(query(base('sheets'), where('roundId', '==', round.id), where('status', '==', 'submitted'))),
          count(query(base('assignments'), where('roundIds', 'array-contains', round.id))),
        ]);
        return { roundId: round.id, submitted, expected };
      }),
    ),
  ]);

  const entriesByTrack = Object.fromEntries(competition.tracks.map((t, i) => [t.id, trackCounts[i] ?? 0]));
  return { totalEntries, entriesByTrack, judges, progress };
}
