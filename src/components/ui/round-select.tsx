import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Round } from '@/domain/model';
import { pickLocalized } from '@/i18n/languages';
import { useLanguage } from '@/i18n/use-language';
import styles from './round-select.module.css';

interface RoundSelectProps {
  /** The field's label, e.g. 评审轮次. */
  label: string;
  rounds: Round[];
  value: string;
  onChange: (roundId: string) => void;
}

/**
 * Picks one of a competition's rounds, each shown with its status. A native
 * select: the phone's own picker, accessible as is. Shared by the organizer's
 * round pages, with `useRoundParam` keeping the choice in the address.
 */
export function RoundSelect({ label, rounds, value, onChange }: RoundSelectProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const id = useId();
  return (
    <div className={styles.picker}>
      <label className={styles.label} htmlFor={id}>
        {label}
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
