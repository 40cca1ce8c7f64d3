import { useEffect } from 'react';
import type { ScreenFeed } from '@/domain/model/stage';
import { pickLocalized } from '@/i18n';
import { ScreenLeaderboard } from './screen-leaderboard';
import { useScreenT } from './screen-language';
import { ScreenReveal } from './screen-reveal';
import { ScreenTeam } from './screen-team';
import { ScreenTimer } from './screen-timer';
import styles from './screen.module.css';

/** Rows of the leaderboard beside a team, and when it fills the screen between teams. */
const SIDE_ROWS = 10;
const FULL_ROWS = 10;

interface Props {
  feed: ScreenFeed;
  offline: boolean;
  clockOffsetMs: number;
}

/**
 * What the hall sees, by the stage's phase: before the first team a welcome;
 * a team on stage with its countdown (and "the judges are scoring"); the
 * reveal; between teams (and after the last) the standings so far, which
 * also sit beside every team once one was revealed.
 */
export function ScreenStage({ feed, offline, clockOffsetMs }: Props) {
  const { t, language } = useScreenT();
  const title = pickLocalized(language, feed.title, feed.titleEn);
  const roundName = pickLocalized(language, feed.roundName, feed.roundNameEn);
  const reveal = feed.phase === 'revealed' && feed.reveal ? feed.reveal : null;
  const team = feed.current;
  const board = feed.leaderboard;

  useEffect(() => {
    document.title = t('screen.documentTitle', { title });
  }, [t, title]);

  return (
    <>
      <header className={styles.header}>
        <h1 className={styles.competition}>{title}</h1>
        <p className={styles.round}>{roundName}</p>
      </header>
      {team ? (
        <div className={[styles.body, board.length > 0 ? styles.withBoard : ''].join(' ')}>
          <div className={styles.stage}>
            <ScreenTeam team={team} revealed={reveal !== null} />
            {reveal ? (
              <ScreenReveal key={reveal.entryId} reveal={reveal} />
            ) : (
              <>
                {feed.timer && <ScreenTimer timer={feed.timer} clockOffsetMs={clockOffsetMs} />}
                {feed.phase === 'scoring' && (
                  <p className={styles.scoring} data-testid="screen-scoring">
                    {t('screen.scoring')}
                  </p>
                )}
              </>
            )}
          </div>
          {board.length > 0 && (
            <ScreenLeaderboard
              standings={board}
              highlightCode={reveal?.code ?? null}
              maxRows={SIDE_ROWS}
              wide={false}
            />
          )}
        </div>
      ) : (
        <div className={styles.body}>
          {board.length > 0 ? (
            <ScreenLeaderboard standings={board} highlightCode={null} maxRows={FULL_ROWS} wide />
          ) : (
            <p className={styles.welcome}>{t('screen.notStarted')}</p>
          )}
        </div>
      )}
      {offline && (
        <p role="status" className={styles.offline} data-testid="screen-offline">
          {t('screen.offline')}
        </p>
      )}
    </>
  );
}
