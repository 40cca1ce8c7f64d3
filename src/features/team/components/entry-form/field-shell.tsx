import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import styles from './entry-form.module.css';

/** The element id of a form path: 'answers.team-size' → 'entry-answers-team-size' (see focusField). */
export const fieldId = (path: string) => `entry-${path.replace(/\./g, '-')}`;

/** The aria-describedby of a control: its hint, counter and error, those that are shown. */
export const describedBy = (id: string, parts: { hint?: unknown; count?: unknown; error?: unknown }) =>
  [parts.hint ? `${id}-hint` : '', parts.count ? `${id}-count` : '', parts.error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ') || undefined;

export function RequiredMarker({ required }: { required: boolean }) {
  const { t } = useTranslation();
  return (
    <span className={[styles.marker, required ? styles.markerRequired : ''].join(' ')}>
      {required ? `*${t('entry.required')}` : t('entry.optional')}
    </span>
  );
}

interface FieldShellProps {
  id: string;
  label: string;
  /** undefined: no marker (a field that is not filled in, such as the track). */
  required?: boolean;
  hint?: string;
  /** Characters typed and the limit, for texts. */
  count?: { value: number; max: number };
  /** Already translated. */
  error?: string;
  children: ReactNode;
}

/** Label, control, hint, character counter and error of one field. */
export function FieldShell({ id, label, required, hint, count, error, children }: FieldShellProps) {
  const { t } = useTranslation();
  return (
    <div className={styles.field}>
      <label className={styles.label} htmlFor={id}>
        {label}
        {required !== undefined && <RequiredMarker required={required} />}
      </label>
      {children}
      {(hint || count) && (
        <div className={styles.below}>
          {hint && <span id={`${id}-hint`}>{hint}</span>}
          {count && (
            <span id={`${id}-count`} className={[styles.counter, count.value > count.max ? styles.over : ''].join(' ')}>
              {t('entry.counter', { count: count.value, max: count.max })}
            </span>
          )}
        </div>
      )}
      {error && (
        <p id={`${id}-error`} className={styles.error} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
