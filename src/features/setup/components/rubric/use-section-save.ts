// Saving one section of the settings page: the form's parsed values go to
// updateCompetitionSettings; what comes back lands where the organizer looks
// (field refusals on their fields, a business refusal in words, warnings).
import { useEffect, useState } from 'react';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import type { SettingsWarning } from '@/domain/settings';
import { toSettingsError } from '../../api/settings-error';
import type { SaveSectionResult } from '../../api/save-section';

export type SaveProblem =
  | { kind: 'invalid' }
  | { kind: 'server-fields' }
  | { kind: 'refused'; reason: string }
  | { kind: 'network' | 'permission' | 'not-found' | 'unknown' };

export type SaveState =
  | { status: 'idle' }
  | { status: 'saving' }
  | { status: 'saved'; warnings: SettingsWarning[] }
  | { status: 'failed'; problem: SaveProblem };

interface SectionSaveOptions<T extends FieldValues, P> {
  form: UseFormReturn<T, unknown, P>;
  /** Sends the parsed values (what the schema made of the form). */
  save: (values: P) => Promise<SaveSectionResult>;
  /** The form's values after a save: the parsed values, as the competition now holds them. */
  toFormValues: (values: P) => T;
  /** A business refusal the section handles itself (returns true), e.g. 'rubric-locked'. */
  onRefused?: (reason: string, details: Record<string, unknown>) => boolean;
  onSaved?: () => void;
}

export function useSectionSave<T extends FieldValues, P>({
  form,
  save,
  toFormValues,
  onRefused,
  onSaved,
}: SectionSaveOptions<T, P>) {
  const [state, setState] = useState<SaveState>({ status: 'idle' });
  // Reset once the submit is over (react-hook-form finishes its own submit
  // bookkeeping after the handler, which would undo a reset made inside it).
  const [saved, setSaved] = useState<{ values: T } | null>(null);
  useEffect(() => {
    if (saved) form.reset(saved.values);
  }, [saved, form]);

  const submit = form.handleSubmit(
    async (values) => {
      setState({ status: 'saving' });
      try {
        const { warnings } = await save(values);
        // The saved values become the form's new starting point (not dirty).
        setSaved({ values: toFormValues(values) });
        setState({ status: 'saved', warnings });
        onSaved?.();
      } catch (error) {
        const read = toSettingsError(error);
        if (read.kind === 'fields') {
          read.fields.forEach((f, i) =>
            form.setError(f.path as Path<T>, { type: 'server', message: f.message }, { shouldFocus: i === 0 }),
          );
          setState({ status: 'failed', problem: { kind: 'server-fields' } });
        } else if (read.kind === 'refused') {
          const handled = onRefused?.(read.reason, read.details) ?? false;
          setState(
            handled ? { status: 'idle' } : { status: 'failed', problem: { kind: 'refused', reason: read.reason } },
          );
        } else {
          setState({ status: 'failed', problem: { kind: read.kind } });
        }
      }
    },
    () => setState({ status: 'failed', problem: { kind: 'invalid' } }),
  );

  const discard = () => {
    form.reset();
    setState({ status: 'idle' });
  };

  return { state, submit, discard };
}
