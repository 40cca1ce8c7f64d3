import { useTranslation } from 'react-i18next';
import type { AssignRoundResult } from '../api/assign-round';
import styles from './assignment.module.css';

/** The assignment in numbers: pairs, the load range, expertise matches, what stays and what moves. */
export function StatGrid({ result }: { result: AssignRoundResult }) {
  const { t } = useTranslation();
  const { stats } = result;
  const items: { label: string; value: string; note?: string; id: string }[] = [
    { id: 'pairs', label: t('assignment.stats.pairs'), value: String(stats.pairs) },
    {
      id: 'load',
      label: t('assignment.stats.load'),
      value: t('assignment.stats.loadRange', { min: stats.minLoad, max: stats.maxLoad }),
      note: t('assignment.stats.spread', { spread: stats.maxLoad - stats.minLoad }),
    },
    {
      id: 'tags',
      label: t('assignment.stats.tagMatches'),
      value: t('assignment.stats.tagMatchesValue', { count: stats.tagMatches, pairs: stats.pairs }),
    },
    { id: 'kept', label: t('assignment.stats.kept'), value: String(stats.kept) },
    { id: 'moved', label: t('assignment.stats.moved'), value: String(stats.moved) },
    { id: 'dropped', label: t('assignment.stats.dropped'), value: String(stats.dropped) },
    { id: 'added', label: t('assignment.stats.added'), value: String(result.added.length) },
    { id: 'removed', label: t('assignment.stats.removed'), value: String(result.removed.length) },
  ];
  return (
    <div className={styles.statsWrap}>
      <dl className={styles.stats}>
        {items.map((item) => (
          <div key={item.id} className={styles.stat} data-testid={`stat-${item.id}`}>
            <dt className={styles.statLabel}>{item.label}</dt>
            <dd className={styles.statValue}>
              {item.value}
              {item.note && <span className={styles.statNote}>{item.note}</span>}
            </dd>
          </div>
        ))}
      </dl>
      <p className={styles.muted}>{t('assignment.stats.note')}</p>
    </div>
  );
}
