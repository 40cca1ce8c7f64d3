import { useState } from 'react';
import { get, useFieldArray, useFormContext, useFormState, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { LIMITS } from '@/domain/settings';
import { NumberControl, TextControl } from './form-controls';
import { newLevel, type RubricFormValues } from './rubric-values';
import styles from './editor.module.css';

/**
 * A criterion's level guide: bands of scores with what they look like.
 * Folded by default (five criteria of four bands make a long page); open
 * while a band has an error, so the error is seen.
 */
export function LevelRows({ criterion, locked }: { criterion: number; locked: boolean }) {
  const { t } = useTranslation();
  const { control, getValues } = useFormContext<RubricFormValues>();
  const name = `criteria.${criterion}.levels` as const;
  const { fields, append, remove } = useFieldArray({ control, name });
  const max = useWatch({ control, name: `criteria.${criterion}.max` });
  const { errors } = useFormState({ control, name });
  const [open, setOpen] = useState(false);
  const shown = open || get(errors, name) !== undefined;
  const add = () => append(newLevel(getValues(name) ?? [], Number(max)));

  return (
    <details
      className={styles.fold}
      data-testid="level-guide"
      open={shown}
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary className={styles.foldSummary}>{t('rubricEditor.levels.summary', { count: fields.length })}</summary>
      <div className={styles.group}>
        <p className={styles.hint}>{t('rubricEditor.levels.hint')}</p>
        {fields.length > 0 && (
          <ol className={styles.subList}>
            {fields.map((field, i) => (
              <li key={field.id} className={styles.subRow} data-testid="level-row">
                <div className={[styles.subLine, styles.levelLine].join(' ')}>
                  <h5 className={styles.subHeading}>{t('rubricEditor.levels.heading', { n: i + 1 })}</h5>
                  <NumberControl name={`${name}.${i}.min`} label={t('rubricEditor.levels.min')} />
                  <NumberControl name={`${name}.${i}.max`} label={t('rubricEditor.levels.max')} />
                  <TextControl
                    name={`${name}.${i}.text`}
                    label={t('rubricEditor.levels.text')}
                    className={styles.span}
                  />
                  <TextControl
                    name={`${name}.${i}.textEn`}
                    label={t('rubricEditor.levels.textEn')}
                    className={styles.span}
                  />
                  {!locked && (
                    <div className={styles.subTools}>
                      <Button
                        variant="ghost"
                        className={[styles.toolButton, styles.danger].join(' ')}
                        aria-label={t('rubricEditor.levels.removeLabel', { n: i + 1 })}
                        onClick={() => remove(i)}
                      >
                        {t('rubricEditor.levels.remove')}
                      </Button>
                    </div>
                  )}
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
    </details>
  );
}
