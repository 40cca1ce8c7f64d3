import { useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { nextId } from '@/domain/settings';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import type { TranslationKey } from '@/i18n/keys';
import { CheckboxField } from '../../fields/checkbox-field';
import { ItemActions } from '../item-actions';
import { SectionFrame } from '../section-frame';
import type { SectionProps } from '../section-props';
import { useSectionForm } from '../use-section-form';
import styles from '../settings.module.css';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** The tracks teams choose from: names, entry code letter, whether a company registers. */
export function TracksSection(props: SectionProps) {
  const { t } = useTranslation();
  const { form, saveState, onSubmit } = useSectionForm('tracks', props);
  const {
    control,
    register,
    getValues,
    formState: { errors, isDirty, submitCount },
  } = form;
  // keyName: the items have an `id` of their own, which must not be replaced by the list's keys.
  const { fields, append, move, remove } = useFieldArray({ control, name: 'tracks', keyName: 'key' });
  const message = (key: string | undefined) => (key ? t(key as TranslationKey) : undefined);

  const add = () => {
    const tracks = getValues('tracks');
    const letter = [...LETTERS].find((l) => !tracks.some((x) => x.codePrefix === l)) ?? '';
    append({
      id: nextId(
        'track',
        tracks.map((x) => x.id),
      ),
      name: '',
      nameEn: '',
      codePrefix: letter,
      requiresCompany: false,
    });
  };

  return (
    <SectionFrame
      section="tracks"
      competition={props.competition}
      intro={t('setup.tracks.intro')}
      onSubmit={onSubmit}
      isDirty={isDirty}
      errors={errors}
      submitCount={submitCount}
      saveState={saveState}
    >
      {fields.length === 0 && <p className={styles.empty}>{t('setup.tracks.empty')}</p>}
      <ol className={styles.items}>
        {fields.map((field, i) => {
          const item = t('setup.tracks.item', { n: i + 1 });
          const e = errors.tracks?.[i];
          return (
            <li key={field.key} className={styles.item} data-testid="track-item">
              <div className={styles.itemHeader}>
                <span className={styles.itemTitle}>{item}</span>
                <ItemActions item={item} index={i} count={fields.length} onMove={move} onRemove={remove} />
              </div>
              <div className={styles.grid}>
                <TextField
                  label={t('setup.tracks.name')}
                  error={message(e?.name?.message)}
                  {...register(`tracks.${i}.name`)}
                />
                <TextField
                  label={t('setup.tracks.nameEn')}
                  error={message(e?.nameEn?.message)}
                  {...register(`tracks.${i}.nameEn`)}
                />
                <TextField
                  label={t('setup.tracks.codePrefix')}
                  hint={t('setup.tracks.codePrefixHint')}
                  maxLength={1}
                  autoCapitalize="characters"
                  autoComplete="off"
                  spellCheck={false}
                  error={message(e?.codePrefix?.message ?? e?.id?.message)}
                  {...register(`tracks.${i}.codePrefix`, { setValueAs: (v: string) => v.trim().toUpperCase() })}
                />
                <CheckboxField label={t('setup.tracks.requiresCompany')} {...register(`tracks.${i}.requiresCompany`)} />
              </div>
            </li>
          );
        })}
      </ol>
      {errors.tracks?.message && <p className={styles.error}>{message(errors.tracks.message)}</p>}
      {errors.tracks?.root?.message && <p className={styles.error}>{message(errors.tracks.root.message)}</p>}
      <Button variant="secondary" className={styles.add} onClick={add}>
        {t('setup.tracks.add')}
      </Button>
    </SectionFrame>
  );
}
