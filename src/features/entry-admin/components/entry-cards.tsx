import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/lib/paths';
import { useListVirtualizer } from '../hooks/use-list-virtualizer';
import type { AdminRow } from '../lib/entry-rows';
import { EntryStatusBadge } from './entry-status-badge';
import styles from './entry-admin.module.css';

interface EntryCardsProps {
  cid: string;
  rows: readonly AdminRow[];
  trackName: (trackId: string) => string;
}

/** Phones: one card per entry, only those near the screen in the DOM. */
export function EntryCards({ cid, rows, trackName }: EntryCardsProps) {
  const { t } = useTranslation();
  const { start, items, measure, before, after } = useListVirtualizer<HTMLUListElement>(rows.length, 112);
  return (
    <ul
      ref={start}
      className={styles.cards}
      aria-label={t('entryAdmin.list')}
      style={{ paddingTop: before, paddingBottom: after }}
    >
      {items.map((item) => {
        const { entry, identity } = rows[item.index]!;
        const who = [identity?.teamName, identity?.organization].filter(Boolean).join(' · ');
        return (
          <li
            key={entry.id}
            ref={measure}
            data-index={item.index}
            className={styles.cardItem}
            data-testid="entry-row"
            data-status={entry.status}
            data-track={entry.trackId}
          >
            <Link className={styles.cardLink} to={paths.organizerEntry(cid, entry.id)}>
              <span className={styles.cardTop}>
                <span className={styles.code}>{entry.code}</span>
                <EntryStatusBadge status={entry.status} />
              </span>
              <span className={styles.cardTitle}>{entry.title || t('entryAdmin.untitled')}</span>
              <span className={styles.cardMeta}>
                {trackName(entry.trackId)}
                {who && ` · ${who}`}
              </span>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
