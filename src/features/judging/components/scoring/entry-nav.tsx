import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { buttonClass } from '@/components/ui/button';
import { paths } from '@/lib/paths';
import type { Neighbours } from '../../hooks/use-sheet-neighbours';
import styles from './scoring.module.css';

/** Previous / next of the judge's entries without going back to the list. */
export function EntryNav({ cid, roundId, neighbours }: { cid: string; roundId: string; neighbours: Neighbours }) {
  const { t } = useTranslation();
  const { previous, next, position, total } = neighbours;
  return (
    <nav className={styles.nav} aria-label={t('scoring.nav.label')}>
      <Link className={buttonClass('ghost')} to={paths.roleHome(cid, 'judge')}>
        {t('scoring.backToList')}
      </Link>
      {/* Kept together: on a phone they wrap as one row below the link back. */}
      <div className={styles.navGroup}>
        {previous && (
          <Link className={buttonClass('secondary')} to={paths.judgeEntry(cid, roundId, previous.entryId)} rel="prev">
            {t('scoring.nav.previous')}
          </Link>
        )}
        {position > 0 && <span className={styles.muted}>{t('scoring.nav.position', { position, total })}</span>}
        {next && (
          <Link className={buttonClass('secondary')} to={paths.judgeEntry(cid, roundId, next.entryId)} rel="next">
            {t('scoring.nav.next')}
          </Link>
        )}
      </div>
    </nav>
  );
}
