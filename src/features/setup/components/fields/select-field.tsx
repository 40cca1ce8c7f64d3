import type { Ref, SelectHTMLAttributes } from 'react';
import { FieldShell, type FieldShellProps } from './field-shell';
import styles from './fields.module.css';

type SelectFieldProps = FieldShellProps &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> & {
    options: readonly { value: string; label: string }[];
    ref?: Ref<HTMLSelectElement>;
  };

/** A labelled native select: the phone's own picker. */
export function SelectField({ label, error, hint, options, ref, ...rest }: SelectFieldProps) {
  return (
    <FieldShell label={label} error={error} hint={hint}>
      {({ id, describedBy, invalid }) => (
        <select
          ref={ref}
          id={id}
          className={styles.control}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          {...rest}
        >
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}
