import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { TranslationKey } from '@/i18n/keys';
import { BeijingTimeField } from '../../fields/beijing-time-field';
import { SectionFrame } from '../section-frame';
import type { SectionProps } from '../section-props';
import { useSectionForm } from '../use-section-form';
import styles from '../settings.module.css';

/** When teams may register and submit: two moments typed in Beijing time. */
export function ScheduleSection(props: SectionProps) {
  const { t } = useTranslation();
  const { form, saveState, onSubmit } = useSectionForm('schedule', props);
  const {
    control,
    formState: { errors, isDirty, submitCount },
  } = form;
  const message = (key: string | undefined) => (key ? t(key as TranslationKey) : undefined);

  return (
    <SectionFrame
      section="schedule"
      competition={props.competition}
      intro={t('setup.schedule.intro')}
      onSubmit={onSubmit}
      isDirty={isDirty}
      errors={errors}
      submitCount={submitCount}
      saveState={saveState}
    >
      <div className={styles.grid}>
        {(['submissionOpensAt', 'submissionDeadline'] as const).map((name) => (
          <Controller
            key={name}
            control={control}
            name={name}
            render={({ field }) => (
              <BeijingTimeField
                label={t(name === 'submissionOpensAt' ? 'setup.schedule.opensAt' : 'setup.schedule.deadline')}
                name={field.name}
                ref={field.ref}
                value={field.value}
                // Emptied: not a moment; the schema says so on the field.
                onChange={(v) => field.onChange(v ?? Number.NaN)}
                onBlur={field.onBlur}
                error={message(errors[name]?.message)}
              />
            )}
          />
        ))}
      </div>
    </SectionFrame>
  );
}
