import { useId, type ReactNode } from 'react';
import styles from './fields.module.css';

export interface FieldShellProps {
  label: ReactNode;
  /** Already translated. */
  error?: string;
  hint?: string;
}

/** Label, hint and error around one control, tied to it by ids (the control gets them from `children`). */
export function FieldShell({
  label,
  error,
  hint,
  children,
}: FieldShellProps & {
  children: (ids: { id: string; describedBy: string | undefined; invalid: true | undefined }) => ReactNode;
}) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={styles.field}>
      <label className={styles.label} htmlFor={id}>
        {label}
      </label>
      {children({ id, describedBy, invalid: error ? true : undefined })}
      {hint && (
        <p id={hintId} className={styles.hint}>
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className={styles.error} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
