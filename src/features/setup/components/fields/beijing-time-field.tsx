import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldShell } from './field-shell';
import { fromBeijingInput, toBeijingInput } from './beijing-time';
import styles from './fields.module.css';

interface BeijingTimeFieldProps {
  label: string;
  value: number | null;
  /** Epoch millis; null when emptied; NaN for a value the input could not read. */
  onChange: (value: number | null) => void;
  onBlur?: () => void;
  error?: string;
  name?: string;
  ref?: Ref<HTMLInputElement>;
}

/**
 * A date and time typed and shown in Beijing time (the competition's clock),
 * whatever zone the device is in; the form holds epoch millis.
 */
export function BeijingTimeField({ label, value, onChange, onBlur, error, name, ref }: BeijingTimeFieldProps) {
  const { t } = useTranslation();
  return (
    <FieldShell
      label={
        <>
          {label} <span className={styles.zone}>{t('setup.schedule.zoneNote')}</span>
        </>
      }
      error={error}
    >
      {({ id, describedBy, invalid }) => (
        <input
          ref={ref}
          id={id}
          name={name}
          type="datetime-local"
          className={styles.control}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          value={toBeijingInput(value)}
          onChange={(e) => onChange(fromBeijingInput(e.target.value))}
          onBlur={onBlur}
        />
      )}
    </FieldShell>
  );
}
