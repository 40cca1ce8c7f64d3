import { Controller, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TextField } from '@/components/ui/text-field';
import type { TranslationKey } from '@/i18n/keys';
import { CheckboxField } from '../../fields/checkbox-field';
import { SelectField } from '../../fields/select-field';
import { SectionFrame } from '../section-frame';
import type { SectionProps } from '../section-props';
import { useSectionForm } from '../use-section-form';
import styles from '../settings.module.css';

const METHODS = ['mean', 'median', 'trimmed-mean'] as const;

/** How a round's sheets become an entry's score, blind review, and feedback to teams. */
export function ScoringSection(props: SectionProps) {
  const { t } = useTranslation();
  const { form, saveState, onSubmit } = useSectionForm('scoring', props);
  const {
    control,
    register,
    formState: { errors, isDirty, submitCount },
  } = form;
  const method = useWatch({ control, name: 'aggregation.method' });
  const message = (key: string | undefined) => (key ? t(key as TranslationKey) : undefined);
  const e = errors.aggregation;

  return (
    <SectionFrame
      section="scoring"
      competition={props.competition}
      onSubmit={onSubmit}
      isDirty={isDirty}
      errors={errors}
      submitCount={submitCount}
      saveState={saveState}
    >
      <div className={styles.grid}>
        <SelectField
          label={t('setup.scoring.method')}
          options={METHODS.map((m) => ({ value: m, label: t(`setup.scoring.methods.${m}`) }))}
          error={message(e?.method?.message)}
          {...register('aggregation.method')}
        />
        {method === 'trimmed-mean' && (
          <TextField
            label={t('setup.scoring.trim')}
            type="number"
            inputMode="numeric"
            min={1}
            step={1}
            error={message(e?.trim?.message)}
            {...register('aggregation.trim', { valueAsNumber: true })}
          />
        )}
        <TextField
          label={t('setup.scoring.minSheets')}
          hint={t('setup.scoring.minSheetsHint')}
          type="number"
          inputMode="numeric"
          min={1}
          step={1}
          error={message(e?.minSheets?.message)}
          {...register('aggregation.minSheets', { valueAsNumber: true })}
        />
        <div className={styles.wide}>
          <Controller
            control={control}
            name="aggregation.normalization"
            render={({ field }) => (
              <CheckboxField
                ref={field.ref}
                label={t('setup.scoring.zscore')}
                checked={field.value === 'zscore'}
                onChange={(ev) => field.onChange(ev.target.checked ? 'zscore' : 'none')}
                onBlur={field.onBlur}
              />
            )}
          />
          <CheckboxField label={t('setup.scoring.blind')} {...register('blind')} />
          <CheckboxField label={t('setup.scoring.feedbackToTeams')} {...register('feedbackToTeams')} />
        </div>
      </div>
    </SectionFrame>
  );
}
