import { get, useFormContext, useWatch, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { TranslationKey } from '@/i18n/keys';
import { describedBy, fieldId, FieldShell, RequiredMarker } from './field-shell';
import type { EntryFormValues } from './form-values';
import styles from './entry-form.module.css';

type Name = FieldPath<EntryFormValues>;

/** The translated error of a form path (errors hold validation.* keys). */
export function useFieldError(name: Name): string | undefined {
  const { t } = useTranslation();
  const {
    formState: { errors },
  } = useFormContext<EntryFormValues>();
  const key = (get(errors, name) as { message?: string } | undefined)?.message;
  return key ? t(key as TranslationKey) : undefined;
}

interface TextControlProps {
  name: Name;
  label: string;
  required: boolean;
  max: number;
  multiline?: boolean;
  hint?: string;
  rows?: number;
}

/** A single- or multi-line text with a character counter; the limit itself is the schema's. */
export function TextControl({ name, label, required, max, multiline = false, hint, rows = 5 }: TextControlProps) {
  const { register, control } = useFormContext<EntryFormValues>();
  const value: unknown = useWatch({ control, name });
  const error = useFieldError(name);
  const id = fieldId(name);
  const count = { value: typeof value === 'string' ? value.trim().length : 0, max };
  const common = {
    id,
    className: styles.input,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(id, { hint, count, error }),
    ...register(name),
  };
  return (
    <FieldShell id={id} label={label} required={required} hint={hint} count={count} error={error}>
      {multiline ? <textarea rows={rows} {...common} /> : <input type="text" {...common} />}
    </FieldShell>
  );
}

interface NumberControlProps {
  name: Name;
  label: string;
  required: boolean;
  min?: number;
  max?: number;
}

/** A number: an emptied input is no answer (undefined), never '' or NaN. */
export function NumberControl({ name, label, required, min, max }: NumberControlProps) {
  const { t } = useTranslation();
  const { register } = useFormContext<EntryFormValues>();
  const error = useFieldError(name);
  const id = fieldId(name);
  const hint =
    min !== undefined && max !== undefined
      ? t('entry.fields.numberHint', { min, max })
      : min !== undefined
        ? t('entry.fields.numberMin', { min })
        : max !== undefined
          ? t('entry.fields.numberMax', { max })
          : undefined;
  return (
    <FieldShell id={id} label={label} required={required} hint={hint} error={error}>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        min={min}
        max={max}
        step="any"
        className={styles.input}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, { hint, error })}
        {...register(name, { setValueAs: toNumberAnswer })}
      />
    </FieldShell>
  );
}

/** What a number input holds, as an answer: '' (or what the browser cannot read as a number) is none. */
export function toNumberAnswer(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isNaN(value) ? undefined : value;
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const n = Number(value);
  return Number.isNaN(n) ? undefined : n;
}

interface ChoiceControlProps {
  name: Name;
  label: string;
  required: boolean;
  options: { value: string; label: string }[];
}

/** Radio buttons in a named group; the group carries the field's id (for focusing it). */
export function ChoiceControl({ name, label, required, options }: ChoiceControlProps) {
  const { register } = useFormContext<EntryFormValues>();
  const error = useFieldError(name);
  const id = fieldId(name);
  return (
    <div className={styles.field}>
      <fieldset
        id={id}
        className={styles.choices}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, { error })}
        tabIndex={-1}
      >
        <legend className={styles.label}>
          {label}
          <RequiredMarker required={required} />
        </legend>
        {options.map((o) => (
          <label key={o.value} className={styles.choice}>
            <input type="radio" value={o.value} {...register(name)} />
            <span>{o.label}</span>
          </label>
        ))}
      </fieldset>
      {error && (
        <p id={`${id}-error`} className={styles.error} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
