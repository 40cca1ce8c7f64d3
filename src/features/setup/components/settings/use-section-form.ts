import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo, useState } from 'react';
import { useForm, type DefaultValues, type FieldValues, type Path, type Resolver } from 'react-hook-form';
import {
  sectionValues,
  settingsContext,
  settingsSchemas,
  type SectionValues,
  type SettingsSection,
  type SettingsWarning,
} from '@/domain/settings';
import { toSettingsError, type SettingsError } from '../../api/settings-error';
import type { SectionProps } from './section-props';
import { warningsFor } from './save-messages';

export type SaveState =
  | { status: 'idle' }
  | { status: 'saving' }
  | { status: 'saved'; warnings: SettingsWarning[] }
  | { status: 'failed'; error: SettingsError };

/**
 * One section's form: checked by the section's own schema (the one the
 * function parses again), starting from the stored competition and following
 * it while nothing is typed here; saved on its own. Server field refusals land
 * on their fields; anything else is kept in `saveState` for the card to say.
 */
export function useSectionForm<S extends SettingsSection>(section: S, { competition, save, onSaved }: SectionProps) {
  type Values = SectionValues<S> & FieldValues;
  const { tracks, rounds } = competition;
  const schema = useMemo(
    () => settingsSchemas(settingsContext({ tracks, rounds }))[section],
    [tracks, rounds, section],
  );
  const stored = useMemo(() => sectionValues(competition, section) as Values, [competition, section]);
  const form = useForm<Values, unknown, Values>({
    // The schema's input is the form's values; the resolver's generic types cannot see that.
    resolver: zodResolver(schema as never) as unknown as Resolver<Values, unknown, Values>,
    defaultValues: stored as DefaultValues<Values>,
  });
  const [saveState, setSaveState] = useState<SaveState>({ status: 'idle' });

  // Another section saved, or the status changed: take the stored values,
  // unless the organizer is editing here (their edits win until saved).
  useEffect(() => {
    // The card reads isDirty while rendering, so the form keeps it up to date.
    if (!form.formState.isDirty) form.reset(stored);
  }, [form, stored]);

  const submit = async (values: Values) => {
    setSaveState({ status: 'saving' });
    try {
      const result = await save(section, values);
      form.reset(values);
      setSaveState({ status: 'saved', warnings: warningsFor(section, result.warnings) });
      await onSaved();
    } catch (error) {
      const refusal = toSettingsError(error);
      if (refusal.kind === 'fields') {
        refusal.fields.forEach(({ path, message }, i) =>
          form.setError(path as Path<Values>, { type: 'server', message }, { shouldFocus: i === 0 }),
        );
      }
      setSaveState({ status: 'failed', error: refusal });
    }
  };

  return { form, saveState, onSubmit: form.handleSubmit(submit) };
}
