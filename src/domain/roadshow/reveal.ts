import type { Reveal, RevealedSheet, ScreenStanding, StageTeam } from '../model';
import { publishedScore } from '../publication/build-published-version';
import type { Analysis, ResultsV1 } from '../results';

export interface RevealInput {
  roundId: string;
  /** The team on stage. */
  team: StageTeam;
  /**
   * The engine's analysis of the round limited to the revealed entries
   * (this one and the ones revealed before), judges by uid.
   */
  analysis: Analysis;
  /** The round's judge numbers by uid (judgeNumbers). */
  numbers: ReadonlyMap<string, number>;
  /** Judges' names by uid when the organizer shows names; null to label by number only. */
  names: ReadonlyMap<string, string> | null;
  /** Assigned judges who had not submitted (the organizer chose not to wait). */
  missing: number;
  now: number;
  uid: string;
}

/**
 * Which counted sheets the trimmed mean struck: the engine drops the `trim`
 * lowest and highest values (equal values in judge order, as aggregate()
 * sorts them), so a dropped sheet in the lower half of that order is a low
 * one. Other methods strike nothing on screen (a median is not "the highest
 * and the lowest struck out").
 */
function struckOf(values: readonly number[], used: readonly boolean[], method: string): ('high' | 'low' | null)[] {
  const struck = values.map((): 'high' | 'low' | null => null);
  if (method !== 'trimmed-mean') return struck;
  const order = values.map((_, i) => i).sort((a, b) => values[a]! - values[b]! || a - b);
  order.forEach((i, k) => {
    if (!used[i]) struck[i] = k < values.length / 2 ? 'low' : 'high';
  });
  return struck;
}

/**
 * The team's reveal, as the engine computed it: each counted sheet's total,
 * the sheets the trimmed mean struck, and the score, both to two decimals
 * exactly as results are published (publishedScore), so the reveal on stage
 * and the round's published results can never differ in how they round.
 * Null when the engine did not rank the entry (fewer sheets than the
 * minimum: the callable checks that first).
 */
export function buildReveal(input: RevealInput): Reveal | null {
  const { analysis, team } = input;
  const e = analysis.byId.get(team.entryId);
  if (!e || !e.ranked || e.score === null) return null;
  const struck = struckOf(e.values, e.used, analysis.config.method);
  const sheets: RevealedSheet[] = e.sheets.map((s, i) => ({
    judgeNumber: input.numbers.get(s.judgeId) ?? 0,
    name: input.names?.get(s.judgeId) ?? null,
    total: publishedScore(e.totals[i]!),
    struck: struck[i]!,
  }));
  sheets.sort((a, b) => a.judgeNumber - b.judgeNumber);
  return {
    roundId: input.roundId,
    entryId: team.entryId,
    code: team.code,
    title: team.title,
    sheets,
    score: publishedScore(e.score),
    method: analysis.config.method,
    missing: input.missing,
    revealedAt: input.now,
    revealedBy: input.uid,
  };
}

/**
 * The big screen's leaderboard: the engine's ranking of the revealed
 * entries, rank order. Under a per-track ranking the groups follow each
 * other, each with its own ranks.
 */
export function leaderboardOf(results: ResultsV1, teams: ReadonlyMap<string, StageTeam>): ScreenStanding[] {
  return results.groups.flatMap((g) =>
    g.entries.map((e) => {
      const team = teams.get(e.entryId);
      return { rank: e.rank, code: team?.code ?? e.entryId, title: team?.title ?? '', score: publishedScore(e.score) };
    }),
  );
}
