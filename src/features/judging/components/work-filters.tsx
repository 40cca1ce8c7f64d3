import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Track } from '@/domain/model';
import { TextField } from '@/components/ui/text-field';
import { pickLocalized } from '@/i18n/languages';
import { useLanguage } from '@/i18n/use-language';
import { WORK_STATUSES, type WorkFilter, type WorkStatus } from '../utils/work-rows';
import { statusKey } from './status-badge';
import styles from './judge-home.module.css';

interface WorkFiltersProps {
  filter: WorkFilter;
  /** How many rows have each status, for the options' counts. */
  counts: Record<WorkStatus, number>;
  tracks: readonly Track[];
  onStatus: (status: WorkFilter['status']) => void;
  onTrack: (trackId: string) => void;
  onQuery: (query: string) => void;
}

/** Search by code or title, status and track: native controls, the phone's own pickers. */
export function WorkFilters({ filter, counts, tracks, onStatus, onTrack, onQuery }: WorkFiltersProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const statusId = useId();
  const trackId = useId();
  const open = counts['not-started'] + counts.draft + counts.submitted;

  return (
    <div className={styles.filters} role="search" aria-label={t('judging.filters.label')}>
      <div className={styles.search}>
        <TextField
          type="search"
          label={t('judging.filters.search')}
          placeholder={t('judging.filters.searchPlaceholder')}
          value={filter.query}
          onChange={(e) => onQuery(e.target.value)}
          autoComplete="off"
          enterKeyHint="search"
        />
      </div>
      <div className={styles.picker}>
        <label className={styles.pickerLabel} htmlFor={statusId}>
          {t('judging.filters.status')}
        </label>
        <select
          id={statusId}
          className={styles.select}
          value={filter.status}
          onChange={(e) => onStatus(e.target.value as WorkFilter['status'])}
        >
          <option value="all">{t('judging.filters.allStatuses', { count: open })}</option>
          {WORK_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t('judging.filters.statusOption', { status: t(statusKey[status]), count: counts[status] })}
            </option>
          ))}
        </select>
      </div>
      {tracks.length > 1 && (
        <div className={styles.picker}>
          <label className={styles.pickerLabel} htmlFor={trackId}>
            {t('judging.filters.track')}
          </label>
          <select id={trackId} className={styles.select} value={filter.track} onChange={(e) => onTrack(e.target.value)}>
            <option value="all">{t('judging.filters.allTracks')}</option>
            {tracks.map((track) => (
              <option key={track.id} value={track.id}>
                {pickLocalized(language, track.name, track.nameEn)}
              </option>
            ))}
          </select>
        </div>
      )}
    </div>
  );
}
