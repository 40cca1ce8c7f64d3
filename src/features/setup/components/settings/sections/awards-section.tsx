import { useFieldArray, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { nextId } from '@/domain/settings';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import type { TranslationKey } from '@/i18n/keys';
import { pickLocalized } from '@/i18n/languages';
import { useLanguage } from '@/i18n/use-language';
import { SelectField } from '../../fields/select-field';
import { ItemActions } from '../item-actions';
import { SectionFrame } from '../section-frame';
import type { SectionProps } from '../section-props';
import { useSectionForm } from '../use-section-form';
import styles from '../settings.module.css';

/** Ranking scope and the prize tiers (per track when ranked per track). */
export function AwardsSection(props: SectionProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { form, saveState, onSubmit } = useSectionForm('awards', props);
  const {
    control,
    register,
    getValues,
    setValue,
    formState: { errors, isDirty, submitCount },
  } = form;
  const { fields, append, move, remove } = useFieldArray({ control, name: 'awards', keyName: 'key' });
  const scope = useWatch({ control, name: 'scope' });
  const message = (key: string | undefined) => (key ? t(key as TranslationKey) : undefined);
  // The saved tracks: the awards schema checks tiers against them.
  const { tracks } = props.competition;
  const trackOptions = [
    { value: '', label: t('setup.awards.chooseTrack') },
    ...tracks.map((tr) => ({ value: tr.id, label: pickLocalized(language, tr.name, tr.nameEn) })),
  ];

  // A tier names a track exactly when prizes are per track: switching the scope fixes every tier.
  const onScope = (next: string) => {
    getValues('awards').forEach((a, i) => {
      const track = next === 'track' ? (a.track ?? tracks[0]?.id ?? null) : null;
      if (track !== a.track) setValue(`awards.${i}.track`, track, { shouldDirty: true });
    });
  };

  const add = () =>
    append({
      id: nextId(
        'prize',
        getValues('awards').map((a) => a.id),
      ),
      label: '',
      labelEn: '',
      count: 1,
      track: scope === 'track' ? (tracks[0]?.id ?? null) : null,
    });

  return (
    <SectionFrame
      section="awards"
      competition={props.competition}
      onSubmit={onSubmit}
      isDirty={isDirty}
      errors={errors}
      submitCount={submitCount}
      saveState={saveState}
    >
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t('setup.awards.scope')}</legend>
        {(['overall', 'track'] as const).map((v) => (
          <label key={v} className={styles.radio}>
            <input type="radio" value={v} {...register('scope', { onChange: (ev) => onScope(ev.target.value) })} />
            <span>{t(`setup.awards.${v}`)}</span>
          </label>
        ))}
        {errors.scope?.message && <p className={styles.error}>{message(errors.scope.message)}</p>}
      </fieldset>
      {fields.length === 0 && <p className={styles.empty}>{t('setup.awards.empty')}</p>}
      <ol className={styles.items}>
        {fields.map((field, i) => {
          const item = t('setup.awards.item', { n: i + 1 });
          const e = errors.awards?.[i];
          return (
            <li key={field.key} className={styles.item} data-testid="award-item">
              <div className={styles.itemHeader}>
                <span className={styles.itemTitle}>{item}</span>
                <ItemActions item={item} index={i} count={fields.length} onMove={move} onRemove={remove} />
              </div>
              <div className={styles.grid}>
                <TextField
                  label={t('setup.awards.label')}
                  error={message(e?.label?.message ?? e?.id?.message)}
                  {...register(`awards.${i}.label`)}
                />
                <TextField
                  label={t('setup.awards.labelEn')}
                  error={message(e?.labelEn?.message)}
                  {...register(`awards.${i}.labelEn`)}
                />
                <TextField
                  label={t('setup.awards.count')}
                  type="number"
                  inputMode="numeric"
                  min={1}
                  step={1}
                  error={message(e?.count?.message)}
                  {...register(`awards.${i}.count`, { valueAsNumber: true })}
                />
                {scope === 'track' && (
                  <SelectField
                    label={t('setup.awards.trackLabel')}
                    hint={t('setup.awards.newTracksHint')}
                    options={trackOptions}
                    error={message(e?.track?.message)}
                    {...register(`awards.${i}.track`, { setValueAs: (v: string | null) => (v ? v : null) })}
                  />
                )}
              </div>
            </li>
          );
        })}
      </ol>
      {errors.awards?.message && <p className={styles.error}>{message(errors.awards.message)}</p>}
      {errors.awards?.root?.message && <p className={styles.error}>{message(errors.awards.root.message)}</p>}
      <Button variant="secondary" className={styles.add} onClick={add}>
        {t('setup.awards.add')}
      </Button>
    </SectionFrame>
  );
}
