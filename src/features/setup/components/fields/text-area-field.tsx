import type { Ref, TextareaHTMLAttributes } from 'react';
import { FieldShell, type FieldShellProps } from './field-shell';
import styles from './fields.module.css';

type TextAreaFieldProps = FieldShellProps &
  Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> & { ref?: Ref<HTMLTextAreaElement> };

/** A labelled multi-line text box (plain text; line breaks kept). */
export function TextAreaField({ label, error, hint, ref, ...rest }: TextAreaFieldProps) {
  return (
    <FieldShell label={label} error={error} hint={hint}>
      {({ id, describedBy, invalid }) => (
        <textarea
          ref={ref}
          id={id}
          className={styles.control}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          rows={4}
          {...rest}
        />
      )}
    </FieldShell>
  );
}
