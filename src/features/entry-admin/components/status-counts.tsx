import { useTranslation } from 'react-i18next';
import type { EntryStatus } from '@/domain/model';
import { formatNumber } from '@/lib/format/date';
import { useLanguage } from '@/i18n/use-language';
import { ENTRY_STATUSES, type EntryFilter } from '../lib/entry-rows';
import styles from './entry-admin.module.css';

interface StatusCountsProps {
  counts: Record<EntryStatus, number>;
  total: number;
  current: EntryFilter['status'];
  onStatus: (status: EntryFilter['status']) => void;
}

/** How many entries have each status; each figure is also a shortcut to that filter. */
export function StatusCounts({ counts, total, current, onStatus }: StatusCountsProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const items: { status: EntryFilter['status']; label: string; value: number }[] = [
    { status: 'all', label: t('entryAdmin.counts.all'), value: total },
    ...ENTRY_STATUSES.map((s) => ({ status: s, label: t(`competition.entryStatus.${s}`), value: counts[s] })),
  ];
  return (
    <ul className={styles.counts} aria-label={t('entryAdmin.counts.label')} data-testid="status-counts">
      {items.map((item) => (
        <li key={item.status}>
          <button
            type="button"
            className={styles.countButton}
            aria-pressed={current === item.status}
            onClick={() => onStatus(item.status)}
            data-status={item.status}
          >
            <span className={styles.countLabel}>{item.label}</span>
            <span className={styles.countValue}>{formatNumber(item.value, language)}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
