import { compareIds } from '../results';
import { DEFAULT_ROADSHOW_TIMING, type Stage, type StageTeam } from '../model';

/**
 * A round's stage as it starts: every team of the round (entries assigned
 * for it that are still submitted) in entry-number order, nobody on stage,
 * the default timing, judges labelled by number.
 */
export function newStage(roundId: string, teams: readonly StageTeam[], now: number): Stage {
  return {
    roundId,
    order: byCode(teams).map((t) => t.entryId),
    absent: [],
    draw: null,
    phase: 'idle',
    current: null,
    timer: null,
    revealed: [],
    showJudgeNames: false,
    timing: { ...DEFAULT_ROADSHOW_TIMING },
    revision: 1,
    updatedAt: now,
  };
}

/** Teams in entry-number order (code units, then id: the same on every machine). */
export function byCode<T extends Pick<StageTeam, 'entryId' | 'code'>>(teams: readonly T[]): T[] {
  return [...teams].sort((a, b) => compareIds(a.code, b.code) || compareIds(a.entryId, b.entryId));
}
