import type { ScreenStanding } from '@/domain/model/stage';
import { visibleStandings } from '../standings-view';
import { useScreenT } from './screen-language';
import styles from './screen.module.css';

interface Props {
  standings: ScreenStanding[];
  /** The team just revealed (highlighted, and shown even below the cut). */
  highlightCode: string | null;
  /** How many rows fit: the side panel shows fewer than the full-screen board. */
  maxRows: number;
  wide: boolean;
}

/** The round so far, as ranked by the results engine when the last team was revealed. */
export function ScreenLeaderboard({ standings, highlightCode, maxRows, wide }: Props) {
  const { t } = useScreenT();
  const { rows, hidden } = visibleStandings(standings, highlightCode, maxRows);
  return (
    <section
      className={[styles.board, wide ? styles.boardWide : ''].join(' ')}
      data-testid="screen-leaderboard"
      aria-labelledby="screen-board-heading"
    >
      <h2 id="screen-board-heading" className={styles.boardTitle}>
        {t('screen.leaderboard.title')}
      </h2>
      <table className={styles.boardTable}>
        {/* Fixed column widths: the title takes what is left and ends in … when long. */}
        <colgroup>
          <col className={styles.colRank} />
          <col />
          <col className={styles.colScore} />
        </colgroup>
        <thead className="visually-hidden">
          <tr>
            <th scope="col">{t('screen.leaderboard.rank')}</th>
            <th scope="col">{t('screen.leaderboard.team')}</th>
            <th scope="col">{t('screen.leaderboard.score')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((s) => (
            <tr
              key={s.code}
              className={s.code === highlightCode ? styles.boardHighlight : undefined}
              data-testid="screen-leaderboard-row"
            >
              <td className={styles.boardRank}>{s.rank}</td>
              <td className={styles.boardTeam}>
                <span className={styles.boardCode}>{s.code}</span>
                <span className={styles.boardName}>{s.title}</span>
              </td>
              <td className={styles.boardScore}>{s.score}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {hidden > 0 && <p className={styles.boardMore}>{t('screen.leaderboard.more', { count: hidden })}</p>}
    </section>
  );
}
