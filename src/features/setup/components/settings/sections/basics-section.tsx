import { useTranslation } from 'react-i18next';
import { TextField } from '@/components/ui/text-field';
import type { TranslationKey } from '@/i18n/keys';
import { TextAreaField } from '../../fields/text-area-field';
import { SectionFrame } from '../section-frame';
import type { SectionProps } from '../section-props';
import { useSectionForm } from '../use-section-form';
import styles from '../settings.module.css';

/** Titles, organizer, description and rules (plain text, zh and en), visibility. */
export function BasicsSection(props: SectionProps) {
  const { t } = useTranslation();
  const { form, saveState, onSubmit } = useSectionForm('basics', props);
  const {
    register,
    formState: { errors, isDirty, submitCount },
  } = form;
  const message = (key: string | undefined) => (key ? t(key as TranslationKey) : undefined);
  const text = (name: 'title' | 'titleEn' | 'organizerName' | 'organizerNameEn') => (
    <TextField label={t(`setup.basics.${name}`)} error={message(errors[name]?.message)} {...register(name)} />
  );
  const area = (name: 'description' | 'descriptionEn' | 'rulesText' | 'rulesTextEn') => (
    <div className={styles.wide}>
      <TextAreaField
        label={t(`setup.basics.${name}`)}
        hint={t('setup.basics.textHint')}
        rows={name.startsWith('rules') ? 8 : 4}
        error={message(errors[name]?.message)}
        {...register(name)}
      />
    </div>
  );

  return (
    <SectionFrame
      section="basics"
      competition={props.competition}
      onSubmit={onSubmit}
      isDirty={isDirty}
      errors={errors}
      submitCount={submitCount}
      saveState={saveState}
    >
      <div className={styles.grid}>
        {text('title')}
        {text('titleEn')}
        {text('organizerName')}
        {text('organizerNameEn')}
        {area('description')}
        {area('descriptionEn')}
        {area('rulesText')}
        {area('rulesTextEn')}
        <fieldset className={`${styles.fieldset} ${styles.wide}`}>
          <legend className={styles.legend}>{t('setup.basics.visibility')}</legend>
          {(['public', 'private'] as const).map((v) => (
            <label key={v} className={styles.radio}>
              <input type="radio" value={v} {...register('visibility')} />
              <span>{t(`setup.basics.${v}`)}</span>
            </label>
          ))}
        </fieldset>
      </div>
    </SectionFrame>
  );
}
