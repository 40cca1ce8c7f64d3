import { Controller, useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { nextId } from '@/domain/settings';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import type { TranslationKey } from '@/i18n/keys';
import { BeijingTimeField } from '../../fields/beijing-time-field';
import { CheckboxField } from '../../fields/checkbox-field';
import { SelectField } from '../../fields/select-field';
import { ItemActions } from '../item-actions';
import { SectionFrame } from '../section-frame';
import type { SectionProps } from '../section-props';
import { useSectionForm } from '../use-section-form';
import styles from '../settings.module.css';

const DEFAULT_PANEL = 5;

/** The rounds: names, kind, planned dates (Beijing time) and panel size; their rubrics are edited below. */
export function RoundsSection(props: SectionProps) {
  const { t } = useTranslation();
  const { form, saveState, onSubmit } = useSectionForm('rounds', props);
  const {
    control,
    register,
    getValues,
    formState: { errors, isDirty, submitCount },
  } = form;
  const { fields, append, move, remove } = useFieldArray({ control, name: 'rounds', keyName: 'key' });
  const message = (key: string | undefined) => (key ? t(key as TranslationKey) : undefined);
  const statusOf = (id: string) => props.competition.rounds.find((r) => r.id === id)?.status;

  const add = () =>
    append({
      id: nextId(
        'round',
        getValues('rounds').map((r) => r.id),
      ),
      name: '',
      nameEn: '',
      kind: 'online',
      opensAt: null,
      closesAt: null,
      judgesPerEntry: DEFAULT_PANEL,
    });

  return (
    <SectionFrame
      section="rounds"
      competition={props.competition}
      intro={t('setup.rounds.intro')}
      onSubmit={onSubmit}
      isDirty={isDirty}
      errors={errors}
      submitCount={submitCount}
      saveState={saveState}
    >
      {fields.length === 0 && <p className={styles.empty}>{t('setup.rounds.empty')}</p>}
      <ol className={styles.items}>
        {fields.map((field, i) => {
          const item = t('setup.rounds.item', { n: i + 1 });
          const e = errors.rounds?.[i];
          const status = statusOf(field.id);
          return (
            <li key={field.key} className={styles.item} data-testid="round-item">
              <div className={styles.itemHeader}>
                <span className={styles.itemTitle}>
                  {item}
                  {status && (
                    <span className={styles.itemNote}>
                      {' · '}
                      {t('setup.rounds.status', { status: t(`competition.roundStatus.${status}`) })}
                    </span>
                  )}
                </span>
                <ItemActions item={item} index={i} count={fields.length} onMove={move} onRemove={remove} />
              </div>
              <div className={styles.grid}>
                <TextField
                  label={t('setup.rounds.name')}
                  error={message(e?.name?.message ?? e?.id?.message)}
                  {...register(`rounds.${i}.name`)}
                />
                <TextField
                  label={t('setup.rounds.nameEn')}
                  error={message(e?.nameEn?.message)}
                  {...register(`rounds.${i}.nameEn`)}
                />
                <SelectField
                  label={t('setup.rounds.kind')}
                  options={(['online', 'roadshow'] as const).map((k) => ({
                    value: k,
                    label: t(`competition.roundKind.${k}`),
                  }))}
                  error={message(e?.kind?.message)}
                  {...register(`rounds.${i}.kind`)}
                />
                <Controller
                  control={control}
                  name={`rounds.${i}.judgesPerEntry`}
                  render={({ field: panel }) => (
                    <div className={styles.fieldset}>
                      {/* Every judge: no panel size to type. */}
                      {panel.value !== null && (
                        <TextField
                          ref={panel.ref}
                          label={t('setup.rounds.judgesPerEntry')}
                          type="number"
                          inputMode="numeric"
                          min={1}
                          step={1}
                          value={Number.isNaN(panel.value) ? '' : panel.value}
                          onChange={(ev) =>
                            panel.onChange(ev.target.value === '' ? Number.NaN : Number(ev.target.value))
                          }
                          onBlur={panel.onBlur}
                          error={message(e?.judgesPerEntry?.message)}
                        />
                      )}
                      <CheckboxField
                        label={t('setup.rounds.everyJudge')}
                        checked={panel.value === null}
                        onChange={(ev) => panel.onChange(ev.target.checked ? null : DEFAULT_PANEL)}
                      />
                    </div>
                  )}
                />
                {(['opensAt', 'closesAt'] as const).map((name) => (
                  <Controller
                    key={name}
                    control={control}
                    name={`rounds.${i}.${name}`}
                    render={({ field: time }) => (
                      <BeijingTimeField
                        ref={time.ref}
                        label={t(`setup.rounds.${name}`)}
                        name={time.name}
                        value={time.value}
                        onChange={time.onChange}
                        onBlur={time.onBlur}
                        error={message(e?.[name]?.message)}
                      />
                    )}
                  />
                ))}
              </div>
            </li>
          );
        })}
      </ol>
      {errors.rounds?.message && <p className={styles.error}>{message(errors.rounds.message)}</p>}
      {errors.rounds?.root?.message && <p className={styles.error}>{message(errors.rounds.root.message)}</p>}
      <Button variant="secondary" className={styles.add} onClick={add}>
        {t('setup.rounds.add')}
      </Button>
    </SectionFrame>
  );
}
