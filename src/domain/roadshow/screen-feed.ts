import type { Competition, Reveal, Round, ScreenFeed, ScreenStanding, Stage } from '../model';

export interface ScreenFeedInput {
  competition: Pick<Competition, 'id' | 'title' | 'titleEn'>;
  round: Pick<Round, 'id' | 'name' | 'nameEn'>;
  stage: Stage;
  /** The current team's reveal, when it has one. */
  reveal: Reveal | null;
  leaderboard: ScreenStanding[];
  now: number;
}

/**
 * What the big screen shows, from the stage and what has been revealed:
 * never a score before its reveal (the reveal is shown only while its team is
 * the revealed one on stage), never a judge's uid.
 */
export function buildScreenFeed(input: ScreenFeedInput): ScreenFeed {
  const { stage, reveal } = input;
  const shown =
    stage.phase === 'revealed' && reveal !== null && reveal.entryId === stage.current?.entryId ? reveal : null;
  return {
    competitionId: input.competition.id,
    roundId: input.round.id,
    title: input.competition.title,
    titleEn: input.competition.titleEn,
    roundName: input.round.name,
    roundNameEn: input.round.nameEn,
    phase: stage.phase,
    current: stage.current ? { ...stage.current } : null,
    timer: stage.timer ? { ...stage.timer } : null,
    reveal: shown,
    leaderboard: input.leaderboard,
    updatedAt: input.now,
  };
}
