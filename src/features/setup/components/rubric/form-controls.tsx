// The controls both editors (rubric, extra questions) build their rows from:
// each is bound to the surrounding react-hook-form by its path and shows that
// path's error, translated (errors hold validation.* keys, from the schema or
// from the server's field refusals).
import { useId, type ReactNode } from 'react';
import { get, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { TranslationKey } from '@/i18n/keys';
import { toOptionalNumber, toRequiredNumber } from './numbers';
import styles from './editor.module.css';

/** The translated error at a form path, if any. */
export function useErrorText(name: string): string | undefined {
  const { t } = useTranslation();
  const {
    formState: { errors },
  } = useFormContext();
  const found = get(errors, name) as { message?: unknown; root?: { message?: unknown } } | undefined;
  const key = found?.message ?? found?.root?.message;
  return typeof key === 'string' && key ? t(key as TranslationKey) : undefined;
}

const describedBy = (id: string, hint: unknown, error: unknown) =>
  [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

interface ShellProps {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  className?: string;
  children: ReactNode;
}

function Shell({ id, label, hint, error, className, children }: ShellProps) {
  return (
    <div className={[styles.field, className].filter(Boolean).join(' ')}>
      <label className={styles.label} htmlFor={id}>
        {label}
      </label>
      {children}
      {hint && (
        <p id={`${id}-hint`} className={styles.hint}>
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className={styles.error} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

interface ControlProps {
  /** The form path, e.g. 'criteria.2.step'. */
  name: string;
  label: string;
  hint?: string;
  /** Extra class for the field's box (grid placement). */
  className?: string;
}

/** A single- or multi-line text (multi-line keeps line breaks: plain text, shown with pre-line). */
export function TextControl({
  name,
  label,
  hint,
  className,
  multiline = false,
}: ControlProps & { multiline?: boolean }) {
  const { register } = useFormContext();
  const error = useErrorText(name);
  const id = useId();
  const common = {
    id,
    className: styles.input,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(id, hint, error),
    ...register(name),
  };
  return (
    <Shell id={id} label={label} hint={hint} error={error} className={className}>
      {multiline ? <textarea rows={3} {...common} /> : <input type="text" {...common} />}
    </Shell>
  );
}

/**
 * A number. `optional`: an emptied input is no value (undefined); otherwise
 * it is NaN, which the schema refuses as 'validation.numberInvalid'.
 */
export function NumberControl({
  name,
  label,
  hint,
  className,
  optional = false,
}: ControlProps & { optional?: boolean }) {
  const { register } = useFormContext();
  const error = useErrorText(name);
  const id = useId();
  return (
    <Shell id={id} label={label} hint={hint} error={error} className={className}>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        step="any"
        className={styles.input}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        {...register(name, { setValueAs: optional ? toOptionalNumber : toRequiredNumber })}
      />
    </Shell>
  );
}

/** A native select: the phone's own picker. */
export function SelectControl({
  name,
  label,
  hint,
  className,
  options,
  onValueChange,
}: ControlProps & { options: { value: string; label: string }[]; onValueChange?: (value: string) => void }) {
  const { register } = useFormContext();
  const error = useErrorText(name);
  const id = useId();
  return (
    <Shell id={id} label={label} hint={hint} error={error} className={className}>
      <select
        id={id}
        className={styles.input}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        {...register(name, { onChange: (e: { target: { value: string } }) => onValueChange?.(e.target.value) })}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Shell>
  );
}

/** A yes/no box with its label beside it. */
export function CheckboxControl({ name, label, className }: Omit<ControlProps, 'hint'>) {
  const { register } = useFormContext();
  const error = useErrorText(name);
  const id = useId();
  return (
    <div className={[styles.field, className].filter(Boolean).join(' ')}>
      <label className={styles.checkbox} htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, undefined, error)}
          {...register(name)}
        />
        <span>{label}</span>
      </label>
      {error && (
        <p id={`${id}-error`} className={styles.error} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/** The error of a list itself (too many items, no options), not of one field in it. */
export function ListError({ name }: { name: string }) {
  const error = useErrorText(name);
  if (!error) return null;
  return (
    <p className={styles.error} role="alert">
      {error}
    </p>
  );
}
