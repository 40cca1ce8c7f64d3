import type { InputHTMLAttributes, Ref } from 'react';
import styles from './fields.module.css';

type CheckboxFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'type'> & {
  label: string;
  ref?: Ref<HTMLInputElement>;
};

/** A checkbox with its label beside it, the whole line clickable. */
export function CheckboxField({ label, ref, ...rest }: CheckboxFieldProps) {
  return (
    <label className={styles.check}>
      <input ref={ref} type="checkbox" {...rest} />
      <span>{label}</span>
    </label>
  );
}
