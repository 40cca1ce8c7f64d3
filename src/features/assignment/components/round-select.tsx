import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Round } from '@/domain/model';
import { pickLocalized } from '@/i18n/languages';
import { useLanguage } from '@/i18n/use-language';
import styles from './assignment.module.css';

/** A native select: the phone's own picker, accessible as is. */
export function RoundSelect({
  rounds,
  value,
  onChange,
}: {
  rounds: Round[];
  value: string;
  onChange: (roundId: string) => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const id = useId();
  return (
    <div className={styles.picker}>
      <label className={styles.legend} htmlFor={id}>
        {t('assignment.round')}
      </label>
      <select id={id} className={styles.select} value={value} onChange={(e) => onChange(e.target.value)}>
        {rounds.map((round) => (
          <option key={round.id} value={round.id}>
            {pickLocalized(language, round.name, round.nameEn)} · {t(`competition.roundStatus.${round.status}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
