import { useTranslation } from 'react-i18next';
import { TextField } from '@/components/ui/text-field';
import { K_MAX, K_MIN, parseK } from '../lib/plan-form';
import styles from './assignment.module.css';

/** k for one track: typed freely, checked (a whole number in 1..20) as it is typed. */
export function KField({ label, value, onChange }: { label: string; value: string; onChange: (k: string) => void }) {
  const { t } = useTranslation();
  const invalid = parseK(value) === null;
  return (
    <div className={styles.kField}>
      <TextField
        label={label}
        type="number"
        inputMode="numeric"
        min={K_MIN}
        max={K_MAX}
        step={1}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        hint={t('assignment.track.kHint')}
        error={invalid ? t('assignment.track.kInvalid') : undefined}
      />
    </div>
  );
}
