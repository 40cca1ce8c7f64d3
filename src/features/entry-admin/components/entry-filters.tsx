import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntryStatus, Track } from '@/domain/model';
import { TextField } from '@/components/ui/text-field';
import { pickLocalized } from '@/i18n/languages';
import { useLanguage } from '@/i18n/use-language';
import { ENTRY_STATUSES, type EntryFilter } from '../lib/entry-rows';
import styles from './entry-admin.module.css';

interface EntryFiltersProps {
  filter: EntryFilter;
  counts: Record<EntryStatus, number>;
  total: number;
  tracks: readonly Track[];
  onStatus: (status: string) => void;
  onTrack: (trackId: string) => void;
  onQuery: (query: string) => void;
}

/** Search, status and track: native controls, the phone's own pickers. */
export function EntryFilters({ filter, counts, total, tracks, onStatus, onTrack, onQuery }: EntryFiltersProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const statusId = useId();
  const trackId = useId();
  return (
    <div className={styles.filters} role="search" aria-label={t('entryAdmin.filters.label')}>
      <div className={styles.search}>
        <TextField
          type="search"
          label={t('entryAdmin.filters.search')}
          placeholder={t('entryAdmin.filters.searchPlaceholder')}
          value={filter.query}
          onChange={(e) => onQuery(e.target.value)}
          autoComplete="off"
          enterKeyHint="search"
        />
      </div>
      <div className={styles.picker}>
        <label className={styles.pickerLabel} htmlFor={statusId}>
          {t('entryAdmin.filters.status')}
        </label>
        <select
          id={statusId}
          className={styles.select}
          value={filter.status}
          onChange={(e) => onStatus(e.target.value)}
        >
          <option value="all">{t('entryAdmin.filters.allStatuses', { count: total })}</option>
          {ENTRY_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t('entryAdmin.filters.statusOption', { status: t(`competition.entryStatus.${s}`), count: counts[s] })}
            </option>
          ))}
        </select>
      </div>
      {tracks.length > 1 && (
        <div className={styles.picker}>
          <label className={styles.pickerLabel} htmlFor={trackId}>
            {t('entryAdmin.filters.track')}
          </label>
          <select id={trackId} className={styles.select} value={filter.track} onChange={(e) => onTrack(e.target.value)}>
            <option value="all">{t('entryAdmin.filters.allTracks')}</option>
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
