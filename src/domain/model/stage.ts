// The live roadshow (路演, issue 11): the stage of a roadshow round, the
// scores revealed on it, and the big screen's feed. Every document here is
// written only by functions (the stage control's calls); who reads which is
// in firestore.rules and docs/roadshow.md. Times are epoch milliseconds once
// read (converters), taken from the server's clock when written.

/** Where the team on stage is in its slot. */
export type StagePhase =
  /** No team on stage yet (before the first, or after the last). */
  | 'idle'
  /** A team is on stage; its timers may run; judges cannot score yet. */
  | 'on-stage'
  /** Judges may score the team on stage (and only that team). */
  | 'scoring'
  /** Its scores are on the big screen; scoring is closed. */
  | 'revealed';

/** The two timed parts of a pitch; their durations are the round's (RoadshowTiming). */
export type TimerSegment = 'pitch' | 'qa';

/**
 * A countdown. While it runs, the time left is
 * `durationMs - elapsedMs - (now - startedAt)`; paused, `durationMs - elapsedMs`.
 * `startedAt` is the server's time of the last start, so every screen counts
 * from the same instant (up to its own clock's offset).
 */
export interface StageTimer {
  segment: TimerSegment;
  durationMs: number;
  /** Time run before the last start (accumulated over pauses). */
  elapsedMs: number;
  /** Running since (epoch ms, server time); null while paused or not started. */
  startedAt: number | null;
}

/** The seeded draw of the running order, recorded so anyone can re-check it (src/domain/roadshow/draw.ts). */
export interface StageDraw {
  seed: number;
  /** Entry ids in the order the draw started from (entry number order). */
  from: string[];
  /** The drawn order. */
  order: string[];
  at: number;
  by: string;
}

/** What judges' phones and the stage control know of the team on stage. */
export interface StageTeam {
  entryId: string;
  /** The entry number, e.g. "E-007". */
  code: string;
  title: string;
}

/**
 * `stages/{roundId}`: the stage of one roadshow round, as every device sees
 * it. Read: the competition's organizers and judges (a judge's phone follows
 * it). It holds no score.
 */
export interface Stage {
  roundId: string;
  /** The running order (entry ids); absent teams stay in it, marked. */
  order: string[];
  absent: string[];
  /** The last draw, or null when the order was set by hand. */
  draw: StageDraw | null;
  phase: StagePhase;
  current: StageTeam | null;
  timer: StageTimer | null;
  /** Entry ids already revealed (in reveal order). */
  revealed: string[];
  /** Label judges by name on the big screen instead of 评委 1 … N. */
  showJudgeNames: boolean;
  /** The round's pitch and question durations (set on the stage control). */
  timing: RoadshowTiming;
  /** Bumped by every change, so a device can tell a stale snapshot. */
  revision: number;
  updatedAt: number;
}

/** One judge's line in a reveal (no uid: the screen shows it). */
export interface RevealedSheet {
  /** 评委 1 … N: the engine's judge number in the round (stable for the whole round). */
  judgeNumber: number;
  /** The judge's name, only when the organizer chose to show names; otherwise null. */
  name: string | null;
  /** The sheet's weighted total, as the engine states it (two decimals, a string). */
  total: string;
  /** Struck out by the trimmed mean: the highest or the lowest. */
  struck: 'high' | 'low' | null;
}

/**
 * `reveals/{roundId}__{entryId}`: the scores of one team as revealed on
 * stage, computed by the results engine from the submitted sheets at that
 * moment; never changed once written (a second reveal returns it). Read:
 * organizers. The screen reads its copy in the screen feed.
 */
export interface Reveal {
  roundId: string;
  entryId: string;
  code: string;
  title: string;
  sheets: RevealedSheet[];
  /** The engine's final score to two decimals (a string, as published). */
  score: string;
  /** The engine's aggregation method at the time (e.g. 'trimmed-mean'). */
  method: string;
  /** Judges assigned who had not submitted when it was revealed (the organizer chose not to wait). */
  missing: number;
  revealedAt: number;
  revealedBy: string;
}

/** A line of the big screen's leaderboard (the round so far, by the engine). */
export interface ScreenStanding {
  rank: number;
  code: string;
  title: string;
  score: string;
}

/**
 * `screens/{token}` (top level): everything the big screen shows, copied by
 * the stage control's functions. The token is random (>= 128 bits) and is
 * the only key: whoever holds the screen link reads this one document
 * (get, never list), signed out; a new link deletes the old document.
 * It carries no organizer right and nothing unrevealed. The organizers find
 * the current token in `stageScreens/{roundId}` ({ token, createdAt }).
 */
export interface ScreenFeed {
  competitionId: string;
  roundId: string;
  title: string;
  titleEn: string;
  roundName: string;
  roundNameEn: string;
  phase: StagePhase;
  current: StageTeam | null;
  timer: StageTimer | null;
  /** The current team's reveal once revealed (null before). */
  reveal: Reveal | null;
  leaderboard: ScreenStanding[];
  updatedAt: number;
}

/** A roadshow round's timing (seconds), set on its stage control. */
export interface RoadshowTiming {
  pitchSeconds: number;
  qaSeconds: number;
}

export const DEFAULT_ROADSHOW_TIMING: RoadshowTiming = { pitchSeconds: 8 * 60, qaSeconds: 5 * 60 };
