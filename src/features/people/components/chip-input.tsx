import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import styles from './people.module.css';

interface ChipInputProps {
  label: string;
  hint: string;
  values: string[];
  onChange: (values: string[]) => void;
  /** The rules' limits for the field: how many, how long each. */
  maxCount: number;
  maxLength: number;
}

/** A list of short texts: type and press Enter (or a comma) to add, a chip's × to remove. */
export function ChipInput({ label, hint, values, onChange, maxCount, maxLength }: ChipInputProps) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);

  const add = () => {
    const value = draft.replace(/[,，、]+$/, '').trim();
    if (!value) return setError(t('people.profile.chipEmpty'));
    if (value.length > maxLength) return setError(t('people.profile.chipTooLong', { max: maxLength }));
    if (values.includes(value)) return setError(t('people.profile.chipDuplicate', { value }));
    if (values.length >= maxCount) return setError(t('people.profile.chipTooMany', { max: maxCount }));
    onChange([...values, value]);
    setDraft('');
    setError(null);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' || event.key === ',' || event.key === '，') {
      event.preventDefault();
      add();
    }
  };

  return (
    <div className={styles.field}>
      <label className={styles.label} htmlFor={`${id}-input`}>
        {label}
      </label>
      <p id={`${id}-hint`} className={styles.hint}>
        {hint}
      </p>
      {values.length > 0 && (
        <ul className={styles.chips} aria-label={label}>
          {values.map((value) => (
            <li key={value} className={styles.chip}>
              <span>{value}</span>
              <button
                type="button"
                className={styles.chipRemove}
                aria-label={t('people.profile.removeChip', { value })}
                onClick={() => onChange(values.filter((v) => v !== value))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className={styles.inline}>
        <input
          id={`${id}-input`}
          className={styles.input}
          value={draft}
          maxLength={maxLength + 1}
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
          aria-invalid={error ? true : undefined}
          onChange={(e) => {
            setDraft(e.target.value);
            setError(null);
          }}
          onKeyDown={onKeyDown}
        />
        <Button variant="secondary" onClick={add}>
          {t('people.profile.add')}
        </Button>
      </div>
      {error && (
        <p id={`${id}-error`} className={styles.error} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
