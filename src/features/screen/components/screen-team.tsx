import type { StageTeam } from '@/domain/model/stage';
import { useScreenT } from './screen-language';
import styles from './screen.module.css';

/** The team on stage: what is happening, its entry number and its project's title. */
export function ScreenTeam({ team, revealed }: { team: StageTeam; revealed: boolean }) {
  const { t } = useScreenT();
  return (
    <div className={[styles.team, revealed ? styles.teamCompact : ''].join(' ')} data-testid="screen-team">
      <p className={styles.teamCode}>
        <span className={styles.phase}>{revealed ? t('screen.revealed') : t('screen.onStage')}</span>
        <span>{t('screen.teamCode', { code: team.code })}</span>
      </p>
      <h2 className={styles.teamTitle}>{team.title}</h2>
    </div>
  );
}
