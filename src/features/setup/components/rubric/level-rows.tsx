import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { LIMITS } from '@/domain/settings';
import { NumberControl, TextControl } from './form-controls';
import { newLevel, type RubricFormValues } from './rubric-values';
import styles from './editor.module.css';

/** A criterion's level guide: bands of scores with what they look like. */
export function LevelRows({ criterion, locked }: { criterion: number; locked: boolean }) {
  const { t } = useTranslation();
  const { control, getValues } = useFormContext<RubricFormValues>();
  const name = `criteria.${criterion}.levels` as const;
  const { fields, append, remove } = useFieldArray({ control, name });
  const max = useWatch({ control, name: `criteria.${criterion}.max` });
  const add = () => append(newLevel(getValues(name) ?? [], Number(max)));

  return (
    <div className={styles.group}>
      <div className={styles.groupHeader}>
        <h4 className={styles.subTitle}>{t('rubricEditor.levels.title')}</h4>
        <p className={styles.hint}>{t('rubricEditor.levels.hint')}</p>
      </div>
      {fields.length === 0 ? (
        <p className={styles.muted}>{t('rubricEditor.levels.none')}</p>
      ) : (
        <ol className={styles.subList}>
          {fields.map((field, i) => (
            <li key={field.id} className={styles.subRow} data-testid="level-row">
              <div className={styles.rowHeader}>
                <h5 className={styles.subTitle}>{t('rubricEditor.levels.heading', { n: i + 1 })}</h5>
                {!locked && (
                  <Button
                    variant="ghost"
                    className={[styles.toolButton, styles.danger].join(' ')}
                    onClick={() => remove(i)}
                  >
                    {t('rubricEditor.levels.remove', { n: i + 1 })}
                  </Button>
                )}
              </div>
              <div className={[styles.grid, styles.levelGrid].join(' ')}>
                <div className={styles.pairNumbers}>
                  <NumberControl name={`${name}.${i}.min`} label={t('rubricEditor.levels.min')} />
                  <NumberControl name={`${name}.${i}.max`} label={t('rubricEditor.levels.max')} />
                </div>
                <TextControl name={`${name}.${i}.text`} label={t('rubricEditor.levels.text')} />
                <TextControl name={`${name}.${i}.textEn`} label={t('rubricEditor.levels.textEn')} />
              </div>
            </li>
          ))}
        </ol>
      )}
      {!locked && fields.length < LIMITS.levels && (
        <div className={styles.addRow}>
          <Button variant="secondary" onClick={add}>
            {t('rubricEditor.levels.add')}
          </Button>
        </div>
      )}
    </div>
  );
}
