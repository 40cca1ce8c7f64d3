import { useId } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Track } from '@/domain/model';
import { pickLocalized } from '@/i18n/languages';
import { useLanguage } from '@/i18n/use-language';
import styles from './registration.module.css';

interface TrackChoiceProps {
  tracks: readonly Track[];
  field: UseFormRegisterReturn<'trackId'>;
  /** Already translated. */
  error?: string;
}

/**
 * The tracks as radio cards: the whole card is the click target; each radio
 * is named by the track's name and described by what the track asks for.
 */
export function TrackChoice({ tracks, field, error }: TrackChoiceProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <fieldset className={styles.section}>
      <legend className={styles.legend}>{t('registration.track.legend')}</legend>
      <div className={styles.trackOptions}>
        {tracks.map((track) => {
          const nameId = `${id}-${track.id}-name`;
          const descId = `${id}-${track.id}-desc`;
          return (
            <label key={track.id} className={styles.trackOption}>
              <input
                type="radio"
                value={track.id}
                aria-labelledby={nameId}
                aria-describedby={[descId, error ? errorId : ''].filter(Boolean).join(' ')}
                aria-invalid={error ? true : undefined}
                {...field}
              />
              <span className={styles.trackText}>
                <span id={nameId} className={styles.trackName}>
                  {pickLocalized(language, track.name, track.nameEn)}
                </span>
                <span id={descId} className={styles.hint}>
                  {track.requiresCompany ? t('registration.track.company') : t('registration.track.noCompany')}
                </span>
              </span>
            </label>
          );
        })}
      </div>
      {error && (
        <p id={errorId} className={styles.error} role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
